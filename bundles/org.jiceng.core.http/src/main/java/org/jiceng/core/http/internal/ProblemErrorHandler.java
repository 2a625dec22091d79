package org.jiceng.core.http.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server's error handler, writing problem+json instead of Jetty's HTML pages: what the HTTP
 * parser refuses before any request exists (400, 414 URI too long, 431 headers too large) and the
 * 404 for paths outside every context. Contexts get {@link ContextProblemErrorHandler}, which
 * writes the same; Jetty refuses an error-page mapper as the server's handler, hence two classes.
 */
final class ProblemErrorHandler extends ErrorHandler {
    /** Where the health servlets answer (bundle org.jiceng.core.health). */
    static final String HEALTH = "/health";
    private final String restBase;

    /** @param restBase the REST API's path (e.g. /api/v1) */
    ProblemErrorHandler(String restBase) {
        this.restBase = restBase;
        quiet(this);
    }

    static void quiet(ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowServlet(false);
        handler.setShowMessageInTitle(false);
    }

    /** Every method gets a body, not only GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
            String message) throws IOException {
        write(baseRequest, response, code, restBase);
    }

    /** What the parser refused: no request exists yet, only the status and the headers to send. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(Problems.bytes(status, null));
    }

    /**
     * Writes the problem for an error Jetty answers itself. Below the REST base such an error never
     * comes from the API (it writes its own problems): a 404 there means no application serves the
     * path yet, which is a 503 to retry, not a missing resource. The same below {@code /health}:
     * the liveness and readiness servlets are not registered yet (Pax Web is still making its
     * contexts), and a probe must read "not ready", never "no such thing".
     */
    static void write(Request baseRequest, HttpServletResponse response, int code, String restBase) throws IOException {
        int status = code;
        String path = baseRequest.getRequestURI();
        if (status == 404 && (under(restBase, path) || under(HEALTH, path))) {
            status = 503;
            response.setStatus(503);
            response.setHeader("Retry-After", String.valueOf(ApiHtmlGuard.RETRY_AFTER_SECONDS));
        }
        byte[] body = Problems.bytes(status, path);
        response.setContentType(Problems.MEDIA_TYPE);
        try {
            OutputStream out = response.getOutputStream();
            response.setContentLength(body.length);
            out.write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
        baseRequest.setHandled(true);
    }

    static boolean under(String base, String path) {
        return path != null && base != null && !base.isEmpty() && (path.equals(base) || path.startsWith(base + "/"));
    }
}
