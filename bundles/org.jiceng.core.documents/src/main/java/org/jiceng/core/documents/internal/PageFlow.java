package org.jiceng.core.documents.internal;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages filled top to bottom: a cursor that starts a new page when the next piece does not fit,
 * and the few drawing operations the blocks need. Coordinates are PDF points, origin bottom left.
 */
final class PageFlow implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    /** Margins of about 2.5 cm left and right, 2.7 cm top, 3 cm bottom (room for the page number). */
    static final float LEFT = 70, RIGHT = SIZE.getWidth() - 70, TOP = SIZE.getHeight() - 76, BOTTOM = 86;
    static final float WIDTH = RIGHT - LEFT;

    private final PDDocument document;
    private final Typeface typeface;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, Typeface typeface) {
        this.document = document;
        this.typeface = typeface;
    }

    Typeface typeface() {
        return typeface;
    }

    /** Where the next piece's top goes. */
    float y() {
        return y;
    }

    /** Whether anything was drawn on the current page yet. */
    boolean atPageTop() {
        return content != null && y == TOP;
    }

    /** Makes sure {@code height} points fit below the cursor, starting a new page if they do not. */
    void ensure(float height) throws IOException {
        if (content == null || (y - height < BOTTOM && !atPageTop())) {
            newPage();
        }
    }

    /** Moves the cursor down; a move past the bottom just ends at the next {@link #ensure}. */
    void down(float height) {
        y -= height;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Room left on the current page. */
    float remaining() {
        return y - BOTTOM;
    }

    /**
     * Prints one line with its baseline at {@code baseline}. Bold is drawn by stroking the glyph
     * outlines as well as filling them: the font has a single weight.
     */
    void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.035f);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(x, baseline);
        typeface.show(content, text, size);
        content.endText();
    }

    void line(float x1, float y1, float x2, float y2, float width) throws IOException {
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void fill(float x, float yBottom, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, yBottom, width, height);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
