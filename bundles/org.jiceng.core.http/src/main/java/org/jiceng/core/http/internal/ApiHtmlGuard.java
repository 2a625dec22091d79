package org.jiceng.core.http.internal;

import java.nio.ByteBuffer;

import org.eclipse.jetty.server.HttpOutput;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Nothing under the REST API's path is ever an HTML page. CXF's servlet writes two, bypassing every
 * JAX-RS mapper, while the whiteboard has no application at the path (before it is built, and while
 * it is rebuilt): its service list "No service was found." (status 200) for the base path itself,
 * and "No service was found." (404) for any path below it. This output interceptor sees the answer
 * before it is committed; an HTML answer is dropped and replaced with problem+json — 503 with
 * Retry-After for a path below the base (the API is not there yet), 404 for the base path (there is
 * no resource at it even when the API is up).
 */
final class ApiHtmlGuard implements HttpOutput.Interceptor {
    static final int RETRY_AFTER_SECONDS = 5;

    private final HttpOutput.Interceptor next;
    private final Response response;
    private final String path;
    private final boolean basePath;
    private Boolean html;

    ApiHtmlGuard(HttpOutput.Interceptor next, Response response, String path, boolean basePath) {
        this.next = next;
        this.response = response;
        this.path = path;
        this.basePath = basePath;
    }

    @Override
    public void write(ByteBuffer content, boolean last, Callback callback) {
        if (html == null) {
            String type = response.getContentType();
            html = !response.isCommitted() && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
        }
        if (!html) {
            next.write(content, last, callback);
            return;
        }
        content.position(content.limit()); // the HTML page is dropped
        if (!last) {
            callback.succeeded();
            return;
        }
        int status = basePath && response.getStatus() == 200 ? 404 : 503;
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        if (status == 503) {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        next.write(ByteBuffer.wrap(Problems.bytes(status, path)), true, callback);
    }

    @Override
    public HttpOutput.Interceptor getNextInterceptor() {
        return next;
    }

    @Override
    public boolean isOptimizedForDirectBuffers() {
        return false;
    }
}
