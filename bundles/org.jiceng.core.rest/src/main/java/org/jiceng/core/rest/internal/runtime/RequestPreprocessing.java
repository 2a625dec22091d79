package org.jiceng.core.rest.internal.runtime;

import javax.ws.rs.core.UriInfo;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.impl.RequestPreprocessor;
import org.apache.cxf.jaxrs.provider.ServerProviderFactory;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;

/**
 * CXF's request preprocessing only where a request asks for it. Before matching a resource, CXF hands every
 * request to a {@link RequestPreprocessor}, which applies the query's {@code _type} (a media type instead of the
 * Accept header), {@code _ctype} (instead of Content-Type) and, when allowed, {@code _method} overrides, and the
 * path extension and language mappings (none in the whiteboard's applications). To look for them it parses the
 * query, builds the request's headers and decodes its path anew, for every request: 3.5 % of the server's samples
 * of a member read under load (JFR), and Jiceng's clients send none of them. The preprocessor set here does that
 * work only for a query that may hold an override; any other request goes on as the full one would have left it.
 * Installed by {@link ServerFeature}.
 */
final class RequestPreprocessing {
    private RequestPreprocessing() {
    }

    /** Replaces the server's preprocessor: JAXRSServerFactoryBean sets its own before it applies the features. */
    static void install(Server server) {
        Object factory = server.getEndpoint().get(ServerProviderFactory.class.getName());
        if (factory instanceof ServerProviderFactory providers) {
            providers.setRequestPreprocessor(new OverridesOnly());
        }
    }

    /** Preprocesses a request whose query may name an override, or when method overrides are allowed; no other. */
    static final class OverridesOnly extends RequestPreprocessor {
        /** CXF's contextual property that allows {@code _method} and the X-HTTP-Method-Override header. */
        static final String ALLOW_HTTP_METHOD_OVERRIDE = "org.apache.cxf.jaxrs.allow.http.method.override";

        @Override
        public String preprocess(Message message, UriInfo uriInfo) {
            if (mayOverride((String) message.get(Message.QUERY_STRING))
                    || MessageUtils.getContextualBoolean(message, ALLOW_HTTP_METHOD_OVERRIDE, false)) {
                return super.preprocess(message, uriInfo);
            }
            return null; // JAXRSInInterceptor does not use the path the full preprocessing returns
        }

        /** Whether a raw query may hold {@code _type}, {@code _ctype} or {@code _method}, their underscore encoded or not. */
        static boolean mayOverride(String query) {
            return query != null && (query.indexOf('_') >= 0 || query.contains("%5F") || query.contains("%5f"));
        }
    }
}
