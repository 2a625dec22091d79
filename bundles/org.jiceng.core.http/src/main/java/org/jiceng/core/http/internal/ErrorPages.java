package org.jiceng.core.http.internal;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Puts the problem+json error handlers in place of Jetty's HTML ones, on the server and on every
 * context. Pax Web creates the server's and each context's error handler itself, and contexts come
 * and go with bundles, so this is checked on every request: a few field reads once in place. A
 * context that maps error pages of its own keeps its handler, with stack traces, servlet names and
 * messages turned off.
 */
final class ErrorPages {
    private ErrorPages() {
    }

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(ErrorPages.class);

    /** Never fails the request that happens to install the handlers: at worst Jetty's own page stays a little longer. */
    static void install(Server server, String restBase) {
        try {
            installOrFail(server, restBase);
        } catch (RuntimeException e) {
            LOGGER.warn("Could not install the problem+json error handlers yet: {}", e.toString());
        }
    }

    private static void installOrFail(Server server, String restBase) {
        if (server == null || installed(server)) {
            return; // the common case: a few field reads, no lock
        }
        // Requests arrive concurrently while Pax Web starts; two of them replacing the same handler
        // at once made Jetty refuse the second (IllegalStateException: STARTED) and answer 500.
        synchronized (server) {
            if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                // Jetty 9.4 starts a handler added to a running server and then sets its server,
                // which a started handler refuses (IllegalStateException: STARTED): set it first.
                ProblemErrorHandler handler = new ProblemErrorHandler(restBase);
                handler.setServer(server);
                server.setErrorHandler(handler);
            }
            Handler[] contexts = server.getChildHandlersByClass(ContextHandler.class);
            if (contexts != null) {
                for (Handler handler : contexts) {
                    ContextHandler context = (ContextHandler) handler;
                    ErrorHandler current = context.getErrorHandler();
                    if (current instanceof ContextProblemErrorHandler) {
                        continue;
                    }
                    if (ContextProblemErrorHandler.mapsErrorPages(current)) {
                        quiet(current);
                    } else {
                        context.setErrorHandler(new ContextProblemErrorHandler(restBase));
                    }
                }
            }
        }
    }

    /** Whether the server and every context already have their handlers (or a quieted one of their own). */
    private static boolean installed(Server server) {
        if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            return false;
        }
        Handler[] contexts = server.getChildHandlersByClass(ContextHandler.class);
        if (contexts != null) {
            for (Handler handler : contexts) {
                ErrorHandler current = ((ContextHandler) handler).getErrorHandler();
                if (!(current instanceof ContextProblemErrorHandler) && !ContextProblemErrorHandler.mapsErrorPages(current)) {
                    return false;
                }
                if (current != null && !(current instanceof ContextProblemErrorHandler)
                        && (current.isShowStacks() || current.isShowServlet() || current.getShowMessageInTitle())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void quiet(ErrorHandler handler) {
        if (handler != null && (handler.isShowStacks() || handler.isShowServlet() || handler.getShowMessageInTitle())) {
            ProblemErrorHandler.quiet(handler);
        }
    }
}
