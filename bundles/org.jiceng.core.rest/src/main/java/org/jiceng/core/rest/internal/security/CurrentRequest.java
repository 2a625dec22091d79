package org.jiceng.core.rest.internal.security;

import java.lang.reflect.Method;

import javax.servlet.http.HttpServletRequest;

import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * What CXF knows of the request under way, read from its current message. The filters take it from here rather
 * than through {@code @Context} fields: for a provider with such fields CXF builds every field's value at each
 * request (asking the context providers for the type first, by reflection) and sets it into the field's thread-local
 * proxy. Measured with JFR during member reads: 3.9 % of the server's samples for RequestGate's servlet request and
 * AuthorizationFilter's {@code ResourceInfo}.
 */
public final class CurrentRequest {
    /** CXF's key of the servlet request in a message ({@code AbstractHTTPDestination.HTTP_REQUEST}). */
    static final String SERVLET_REQUEST = "HTTP.REQUEST";

    private CurrentRequest() {
    }

    /** The client's address as the servlet container saw it, or null outside a request. */
    static String remoteAddress() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        return message != null && message.get(SERVLET_REQUEST) instanceof HttpServletRequest request ? request.getRemoteAddr() : null;
    }

    /**
     * Whether the request's path may hold the given text once decoded: false only when its raw path (as the client
     * sent it) holds neither the text nor an escape; true outside a request. A cheap test before asking CXF for the
     * decoded path or its segments, which it derives from the endpoint's address anew, parsing URIs (1.8 % of the
     * server's samples of a member read under load, JFR).
     */
    public static boolean pathMayHold(String text) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Object raw = message == null ? null : message.get(Message.REQUEST_URI);
        if (!(raw instanceof String path)) {
            return true;
        }
        return path.contains(text) || path.indexOf('%') >= 0;
    }

    /** The resource operation the request was matched to, or null before matching or when none matched. */
    static Matched operation() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        OperationResourceInfo operation = message == null || message.getExchange() == null
                ? null
                : message.getExchange().get(OperationResourceInfo.class);
        return operation == null ? null : new Matched(operation.getClassResourceInfo().getServiceClass(), operation.getMethodToInvoke());
    }

    /** A matched operation: the resource class and the method that answers (as {@code ResourceInfo} gives them). */
    record Matched(Class<?> resourceClass, Method method) {
    }
}
