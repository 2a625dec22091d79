package org.jiceng.core.http.internal;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpInput;
import org.eclipse.jetty.server.Request;

/**
 * Counts the body bytes an application reads, whatever their framing (chunked bodies announce no
 * length). Past the limit the 413 is sent at once, the reader gets an error instead of more data,
 * and whatever else arrives is discarded.
 */
final class BodyLimitInterceptor implements HttpInput.Interceptor {
    private final Request request;
    private final String path;
    private final long limit;
    private HttpInput.Content counted;
    private long received;
    private boolean exceeded;

    BodyLimitInterceptor(Request request, String path, long limit) {
        this.request = request;
        this.path = path;
        this.limit = limit;
    }

    @Override
    public HttpInput.Content readFrom(HttpInput.Content content) {
        if (exceeded) {
            content.skip(content.remaining());
            return content;
        }
        // Jetty offers the same chunk again until it is read up: count each chunk once.
        if (content != counted) {
            counted = content;
            received += content.remaining();
        }
        if (received > limit) {
            exceeded = true;
            content.skip(content.remaining());
            TooLarge.send(request, path, limit);
            throw new BadMessageException(413, "Request body larger than " + limit + " bytes");
        }
        return content;
    }
}
