package org.jiceng.core.bulk.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, so that an import can tell how much of its file it has read
 * (the file is streamed: the rows it holds are known only at its end).
 */
final class CountingInputStream extends FilterInputStream {
    /** Written by the reading thread only; read by whoever asks how far it is. */
    private volatile long count;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    /** The share of {@code size} bytes read so far, 0 when the size is unknown. */
    double shareOf(long size) {
        return size <= 0 ? 0 : Math.min(1.0, count / (double) size);
    }
}
