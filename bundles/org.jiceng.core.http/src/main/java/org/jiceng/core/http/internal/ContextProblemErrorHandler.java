package org.jiceng.core.http.internal;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

/**
 * A context's error handler writing problem+json (what a servlet sends with {@code sendError}, e.g.
 * a 405 of a default servlet, or an exception no application caught). It is of the class servlet
 * contexts expect, so it stands in for theirs; a context that maps error pages of its own keeps its
 * handler.
 */
final class ContextProblemErrorHandler extends ErrorPageErrorHandler {
    private final String restBase;

    ContextProblemErrorHandler(String restBase) {
        this.restBase = restBase;
        ProblemErrorHandler.quiet(this);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
            String message) throws IOException {
        ProblemErrorHandler.write(baseRequest, response, code, restBase);
    }

    static boolean mapsErrorPages(Object handler) {
        if (handler instanceof ErrorPageErrorHandler && !(handler instanceof ContextProblemErrorHandler)) {
            Map<String, String> pages = ((ErrorPageErrorHandler) handler).getErrorPages();
            return pages != null && !pages.isEmpty();
        }
        return false;
    }
}
