package org.jiceng.core.documents.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Stamps "第 n 页 / 共 m 页" centred in each page's footer, once the page count is known. */
final class PageNumbers {

    static final float SIZE = 9;
    private static final float BASELINE = PageFlow.BOTTOM - 40;

    private PageNumbers() {
    }

    static void stamp(PDDocument document, Typeface typeface) throws IOException {
        int total = document.getNumberOfPages();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            String text = label(n, total);
            float x = PageFlow.LEFT + (PageFlow.WIDTH - typeface.width(text, SIZE)) / 2;
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.newLineAtOffset(x, BASELINE);
                typeface.show(content, text, SIZE);
                content.endText();
            }
        }
    }

    static String label(int page, int total) {
        return "第 " + page + " 页 / 共 " + total + " 页";
    }
}
