package org.jiceng.core.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts as loaded into one PDF document, and what layout asks of them: which font
 * prints a character, how wide a text is, and printing a line that mixes both fonts.
 *
 * <p>CJK characters (and full-width punctuation) come from the CJK font, everything else from the
 * latin one; a character only the other font has is taken from that one.
 *
 * <p>Not thread-safe: one instance per document, like the {@link PDType0Font}s it wraps.
 */
final class Typeface {

    /** Printed instead of a character neither font has a glyph for (emoji, rare scripts). */
    static final String MISSING = "?";

    private final PDType0Font latin;
    private final PDType0Font cjk;
    /** Per code point, the font that prints it and its advance width in 1/1000 em; null if none. */
    private final Map<Integer, Glyph> glyphs = new HashMap<>();

    private record Glyph(PDType0Font font, float width) {
    }

    private Typeface(PDType0Font latin, PDType0Font cjk) {
        this.latin = latin;
        this.cjk = cjk;
    }

    /** Loads both fonts into {@code document}, each to be embedded as a subset of the glyphs used. */
    static Typeface load(PDDocument document, EmbeddedFont latin, EmbeddedFont cjk) throws IOException {
        return new Typeface(load(document, latin), load(document, cjk));
    }

    private static PDType0Font load(PDDocument document, EmbeddedFont font) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(font.bytes()), true);
    }

    /** The width of {@code text} at {@code size} points; {@code text} must be {@link #printable printable}. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            units += glyph(cp).width();
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    /**
     * {@code text} as the fonts can print it: line breaks normalised to {@code \n}, tabs as four
     * spaces, control characters and spaces the fonts lack as plain spaces, other characters
     * without a glyph as {@link #MISSING}. Null is empty.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length();) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (glyph(cp) != null) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isSpaceChar(cp) ? " " : MISSING);
            }
        }
        return out.toString();
    }

    /**
     * Shows {@code text} at the current text position of {@code content}, switching fonts between
     * runs of characters; {@code text} must be {@link #printable printable}.
     */
    void show(PDPageContentStream content, String text, float size) throws IOException {
        int start = 0;
        PDType0Font current = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            PDType0Font font = glyph(cp).font();
            if (font != current) {
                if (current != null) {
                    content.showText(text.substring(start, i));
                }
                content.setFont(font, size);
                current = font;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            content.showText(text.substring(start));
        }
    }

    private Glyph glyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, this::find);
    }

    private Glyph find(int codePoint) {
        PDType0Font preferred = LineBreaker.isCjk(codePoint) ? cjk : latin;
        PDType0Font other = preferred == cjk ? latin : cjk;
        String text = new String(Character.toChars(codePoint));
        for (PDType0Font font : new PDType0Font[]{preferred, other}) {
            try {
                // encode() fails for characters outside the font's cmap; glyph 0 is .notdef (a box)
                byte[] code = font.encode(text);
                if (font.codeToGID(toInt(code)) != 0) {
                    return new Glyph(font, font.getStringWidth(text));
                }
            } catch (IllegalArgumentException | IOException e) {
                // not in this font
            }
        }
        return null;
    }

    private static int toInt(byte[] code) {
        int value = 0;
        for (byte b : code) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }
}
