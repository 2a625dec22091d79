package org.jiceng.core.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jiceng.document.Document;
import org.jiceng.document.DocumentRenderer;
import org.osgi.service.component.annotations.Component;

/**
 * Renders documents with Apache PDFBox: A4 portrait, the embedded fonts as subsets, page numbers
 * in the footer, the title in the document's metadata. Stateless (the font bytes are read once
 * and shared, see {@link EmbeddedFont}), so one instance serves concurrent requests.
 */
@Component(service = DocumentRenderer.class)
public final class PdfDocumentRenderer implements DocumentRenderer {

    static final String PRODUCER = "Jiceng";

    @Override
    public byte[] pdf(Document document) {
        Objects.requireNonNull(document, "document");
        try (PDDocument pdf = new PDDocument()) {
            Typeface typeface = Typeface.load(pdf, EmbeddedFont.LATIN, EmbeddedFont.CJK);
            try (PageFlow flow = new PageFlow(pdf, typeface)) {
                DocumentLayout layout = new DocumentLayout(flow);
                layout.title(document.title());
                for (Document.Block block : document.blocks()) {
                    layout.block(Objects.requireNonNull(block, "block"));
                }
            }
            PageNumbers.stamp(pdf, typeface);
            describe(pdf, typeface.printable(document.title()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render document \"" + document.title() + "\" as PDF", e);
        }
    }

    private static void describe(PDDocument pdf, String title) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        // viewers show the title instead of a file name such as "document (3).pdf"
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
