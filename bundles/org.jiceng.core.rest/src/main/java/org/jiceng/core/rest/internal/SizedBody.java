package org.jiceng.core.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;

/**
 * A response body held back until it is complete, so that a small answer goes out with its {@code Content-Length}
 * in one write instead of as chunks (one for the body, one to end it), which costs Jetty a second write to the
 * socket and the client a chunked read; a body that grows past the limit is passed on as it comes (chunked, as
 * before), so a big list still streams in flat memory.
 */
final class SizedBody extends OutputStream {
    private final OutputStream entity;
    private final MultivaluedMap<String, Object> headers;
    private final int limit;
    private byte[] held = new byte[1024];
    private int count;
    private boolean streaming;

    SizedBody(OutputStream entity, MultivaluedMap<String, Object> headers, int limit) {
        this.entity = entity;
        this.headers = headers;
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (streaming) {
            entity.write(bytes, offset, length);
            return;
        }
        if (count + length > limit) {
            streaming = true;
            entity.write(held, 0, count);
            held = null;
            entity.write(bytes, offset, length);
            return;
        }
        if (count + length > held.length) {
            held = Arrays.copyOf(held, Math.min(limit, Math.max(held.length * 2, count + length)));
        }
        System.arraycopy(bytes, offset, held, count, length);
        count += length;
    }

    /** The body is held until {@link #finish()}: flushing part of it would commit the response without its length. */
    @Override
    public void flush() throws IOException {
        if (streaming) {
            entity.flush();
        }
    }

    /** Sends what was held, with its length, unless the body already streams. */
    void finish() throws IOException {
        if (!streaming) {
            headers.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(count));
            entity.write(held, 0, count);
        }
    }
}
