package org.jiceng.core.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.UriBuilder;

import org.jiceng.common.JicengException;
import org.jiceng.core.rest.internal.ModuleGate;
import org.jiceng.core.rest.internal.ProblemMapper;
import org.jiceng.security.Authenticator;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Channel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * The first thing every REST request meets: authenticates it (HTTP Basic through the JAAS realm,
 * or a bearer token), binds the caller for the request, then lets the module gate decide whether
 * a module path answers in its jurisdiction. One filter, so the order never depends on priorities.
 * For a caller bound to a jurisdiction, a list without a {@code jurisdiction} parameter is read
 * as a list of the caller's own subtree.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@PreMatching
public class RequestGate implements ContainerRequestFilter {
    /** What a client must send; both schemes are offered. */
    public static final String CHALLENGE = "Basic realm=\"jiceng\", charset=\"UTF-8\", Bearer realm=\"jiceng\"";

    /**
     * What a browser application that signs in by itself (the console) is offered: a Basic challenge
     * would make the browser open its own password dialog over the application's page.
     */
    public static final String SCRIPT_CHALLENGE = "Bearer realm=\"jiceng\"";

    /** The one document answered without credentials, relative to the API's base. */
    private static final String PUBLIC_DOCUMENT = "openapi.json";

    private final Authenticator authenticator;
    private final ModuleGate modules;

    @Activate
    public RequestGate(@Reference Authenticator authenticator, @Reference ModuleGate modules) {
        this.authenticator = authenticator;
        this.modules = modules;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CallerContext.clear();
        if (isPublic(request)) {
            return;
        }
        Caller caller;
        try {
            caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (JicengException e) { // wrong credentials (401), or a source throttled after failed logins (429)
            javax.ws.rs.core.Response refusal = ProblemMapper.answer(e, request.getUriInfo().getRequestUri().getPath());
            if (refusal.getStatus() == 401) {
                boolean script = "XMLHttpRequest".equalsIgnoreCase(request.getHeaderString("X-Requested-With"));
                refusal.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, script ? SCRIPT_CHALLENGE : CHALLENGE);
            }
            request.abortWith(refusal);
            return;
        }
        CallerContext.bind(caller); // released by CallerRelease when the response is written
        if (!caller.unrestricted() && HttpMethod.GET.equals(request.getMethod())
                && !request.getUriInfo().getQueryParameters().containsKey(AuthorizationFilter.JURISDICTION)) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .queryParam(AuthorizationFilter.JURISDICTION, caller.jurisdictionCode()).build());
        }
        modules.filter(request);
    }

    /** The API description is public: it says what exists, never what data there is. */
    static boolean isPublic(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !CurrentRequest.pathMayHold(PUBLIC_DOCUMENT)) {
            return false;
        }
        String path = request.getUriInfo().getPath();
        return PUBLIC_DOCUMENT.equals(path) || ("/" + PUBLIC_DOCUMENT).equals(path);
    }

    private Caller authenticate(String header) {
        if (header == null || header.isBlank()) {
            throw new org.jiceng.common.UnauthorizedException("Credentials required: HTTP Basic or a bearer token (POST /api/v1/auth/token)");
        }
        String address = CurrentRequest.remoteAddress();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).trim();
        if ("Bearer".equalsIgnoreCase(scheme)) {
            return authenticator.bearer(value, Channel.REST, address);
        }
        if ("Basic".equalsIgnoreCase(scheme)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new org.jiceng.common.UnauthorizedException("Malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new org.jiceng.common.UnauthorizedException("Malformed Basic credentials");
            }
            return authenticator.password(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), Channel.REST, address);
        }
        throw new org.jiceng.common.UnauthorizedException("Unsupported authorization scheme '" + scheme + "'");
    }
}
