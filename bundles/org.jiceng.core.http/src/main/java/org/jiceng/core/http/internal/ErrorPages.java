package org.jiceng.core.http.internal;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error pages (a 404 outside any application, an exception no application caught)
 * show the stack trace, the servlet name and the exception message by default. Pax Web creates
 * the server's and each context's error handler itself, and contexts come and go with bundles, so
 * the handlers are checked on every request: a few field reads.
 */
final class ErrorPages {
    private ErrorPages() {
    }

    static void hideInternals(Server server) {
        if (server == null) {
            return;
        }
        quiet(server.getErrorHandler());
        Handler[] contexts = server.getChildHandlersByClass(ContextHandler.class);
        if (contexts != null) {
            for (Handler context : contexts) {
                quiet(((ContextHandler) context).getErrorHandler());
            }
        }
    }

    private static void quiet(ErrorHandler handler) {
        if (handler != null && (handler.isShowStacks() || handler.isShowServlet() || handler.getShowMessageInTitle())) {
            handler.setShowStacks(false);
            handler.setShowServlet(false);
            handler.setShowMessageInTitle(false);
        }
    }
}
