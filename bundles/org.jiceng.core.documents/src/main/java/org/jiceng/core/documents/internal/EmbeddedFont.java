package org.jiceng.core.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A TrueType font packaged in this bundle (see {@code fonts/NOTICE.txt}): Roboto for latin text,
 * and Droid Sans Fallback, whose ~4 MB of outlines cover GB2312 and most of CJK Unified Ideographs
 * but no latin letters (Android pairs the two). Both are Apache License 2.0, from the Android Open
 * Source Project.
 *
 * <p>The file is read once, on first use, and its bytes are shared by every rendering: a
 * {@code PDType0Font} belongs to one {@code PDDocument} (it records the glyphs that document uses
 * for its subset), so each document parses the font again, but never re-reads the resource.
 */
final class EmbeddedFont {

    static final EmbeddedFont LATIN = new EmbeddedFont("fonts/Roboto-Regular.ttf");
    static final EmbeddedFont CJK = new EmbeddedFont("fonts/DroidSansFallback.ttf");

    private final String resource;
    private volatile byte[] bytes;

    EmbeddedFont(String resource) {
        this.resource = resource;
    }

    /** The font file; read on the first call, safe to call from any thread. */
    byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            synchronized (this) {
                loaded = bytes;
                if (loaded == null) {
                    loaded = read();
                    bytes = loaded;
                }
            }
        }
        return loaded;
    }

    private byte[] read() {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
