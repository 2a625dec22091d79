package org.jiceng.core.http.internal;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpInput;

/**
 * Counts the body bytes an application reads, whatever their framing (chunked bodies announce no
 * length). Past the limit the 413 is sent at once, the reader gets an error instead of more data,
 * and whatever else arrives is discarded.
 */
final class BodyLimitInterceptor implements HttpInput.Interceptor {
    private final long limit;
    private final Runnable refuse;
    private HttpInput.Content counted;
    private long received;
    private boolean exceeded;

    /** {@code refuse} sends the 413; it runs once, when the limit is crossed. */
    BodyLimitInterceptor(long limit, Runnable refuse) {
        this.limit = limit;
        this.refuse = refuse;
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
            refuse.run();
            throw new BadMessageException(413, "Request body larger than " + limit + " bytes");
        }
        return content;
    }
}
