package org.jiceng.core.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpInput;
import org.junit.jupiter.api.Test;

class BodyLimitInterceptorTest {
    private final AtomicInteger refusals = new AtomicInteger();
    private final BodyLimitInterceptor interceptor = new BodyLimitInterceptor(10, refusals::incrementAndGet);

    private static HttpInput.Content chunk(int size) {
        return new HttpInput.Content(ByteBuffer.wrap(new byte[size]));
    }

    @Test
    void chunksUpToTheLimitPassUntouched() {
        HttpInput.Content first = chunk(6);
        assertSame(first, interceptor.readFrom(first));
        HttpInput.Content second = chunk(4);
        assertSame(second, interceptor.readFrom(second));
        assertEquals(4, second.remaining());
        assertEquals(0, refusals.get());
    }

    @Test
    void aChunkOfferedAgainIsCountedOnce() {
        HttpInput.Content big = chunk(8);
        for (int i = 0; i < 5; i++) {
            // Jetty offers a partly read chunk again
            assertSame(big, interceptor.readFrom(big));
            big.skip(1);
        }
        assertEquals(0, refusals.get());
    }

    @Test
    void crossingTheLimitRefusesOnceAndDiscardsTheRest() {
        interceptor.readFrom(chunk(8));
        HttpInput.Content over = chunk(5);
        BadMessageException e = assertThrows(BadMessageException.class, () -> interceptor.readFrom(over));
        assertEquals(413, e.getCode());
        assertEquals(0, over.remaining(), "nothing of the refused chunk reaches the application");
        assertEquals(1, refusals.get());

        HttpInput.Content later = chunk(100);
        assertSame(later, interceptor.readFrom(later));
        assertEquals(0, later.remaining(), "later chunks are discarded");
        assertEquals(1, refusals.get(), "the 413 is sent once");
    }
}
