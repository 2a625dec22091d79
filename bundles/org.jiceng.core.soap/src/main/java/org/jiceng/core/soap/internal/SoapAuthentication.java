package org.jiceng.core.soap.internal;

import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.jiceng.common.JicengException;
import org.jiceng.common.UnauthorizedException;
import org.jiceng.security.Authenticator;
import org.jiceng.security.Caller;
import org.jiceng.security.Channel;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Authenticates every SOAP call before it is unmarshalled: a WS-Security UsernameToken with a
 * plain-text password (OASIS WSS 1.1 UsernameToken Profile, over HTTPS) or HTTP Basic, both
 * through the same {@link Authenticator} (the JAAS realm) as REST. The caller goes into the
 * exchange; {@link CallerBindingInvoker} binds it around the operation.
 */
final class SoapAuthentication extends AbstractSoapInterceptor {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final QName SECURITY = new QName(WSSE, "Security");
    static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    private final Authenticator authenticator;

    SoapAuthentication(Authenticator authenticator) {
        super(Phase.PRE_PROTOCOL);
        this.authenticator = authenticator;
    }

    /** The Security header is processed here, so mustUnderstand="1" is honoured. */
    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        String address = remoteAddress(message);
        Caller caller;
        try {
            Element token = usernameToken(message);
            if (token != null) {
                caller = fromUsernameToken(token, address);
            } else {
                AuthorizationPolicy basic = message.get(AuthorizationPolicy.class);
                if (basic == null || basic.getUserName() == null) {
                    throw new UnauthorizedException("Credentials required: a WS-Security UsernameToken (PasswordText) or HTTP Basic");
                }
                caller = authenticator.password(basic.getUserName(), basic.getPassword() == null ? new char[0] : basic.getPassword().toCharArray(),
                        Channel.SOAP, address);
            }
        } catch (JicengException e) { // wrong credentials, or a source throttled after failed logins
            throw new Fault(e);
        }
        message.getExchange().put(Caller.class, caller);
    }

    private Caller fromUsernameToken(Element token, String address) {
        Element username = child(token, "Username");
        Element password = child(token, "Password");
        if (username == null || password == null) {
            throw new UnauthorizedException("UsernameToken needs Username and Password");
        }
        String type = password.getAttribute("Type");
        if (!type.isEmpty() && !PASSWORD_TEXT.equals(type)) {
            throw new UnauthorizedException("Only PasswordText UsernameTokens are accepted (send them over HTTPS)");
        }
        return authenticator.password(username.getTextContent().trim(), password.getTextContent().toCharArray(), Channel.SOAP, address);
    }

    private static Element usernameToken(SoapMessage message) {
        Header header = message.getHeader(SECURITY);
        if (header == null || !(header.getObject() instanceof Element security)) {
            return null;
        }
        return child(security, "UsernameToken");
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSSE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String remoteAddress(SoapMessage message) {
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest r ? r.getRemoteAddr() : null;
    }
}
