package org.jiceng.core.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.document.Document;

/** Lays out a document's title and blocks on a {@link PageFlow}, top to bottom. */
final class DocumentLayout {

    static final float TITLE = 18, HEADING = 14, BODY = 12;
    /** Line height as a multiple of the font size: 1.5 reads well for CJK running text. */
    private static final float LEADING = 1.5f;
    /** Labels of {@link Document.Fields} take at most this share of the width. */
    private static final float LABEL_SHARE = 0.4f;
    private static final float LABEL_GAP = 8;

    private final PageFlow flow;
    private final Typeface typeface;

    DocumentLayout(PageFlow flow) {
        this.flow = flow;
        this.typeface = flow.typeface();
    }

    void title(String title) throws IOException {
        flow.ensure(0);
        String text = typeface.printable(title);
        if (text.isBlank()) {
            return;
        }
        for (String line : breaker(TITLE).lines(text, PageFlow.WIDTH)) {
            float x = PageFlow.LEFT + (PageFlow.WIDTH - typeface.width(line, TITLE)) / 2;
            printLine(line, x, TITLE, true);
        }
        flow.down(TITLE);
    }

    void block(Document.Block block) throws IOException {
        if (block instanceof Document.Heading heading) {
            heading(heading);
        } else if (block instanceof Document.Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof Document.Fields fields) {
            fields(fields);
        } else if (block instanceof Document.Table table) {
            new TablePrinter(flow).print(table);
            flow.down(BODY * 0.75f);
        } else if (block instanceof Document.Signature signature) {
            signature(signature);
        } else {
            throw new IllegalArgumentException("Unknown block " + block);
        }
    }

    private void heading(Document.Heading heading) throws IOException {
        List<String> lines = breaker(HEADING).lines(typeface.printable(heading.text()), PageFlow.WIDTH);
        if (!flow.atPageTop()) {
            flow.down(HEADING * 0.5f);
        }
        // keep the heading with the first line of what follows it
        flow.ensure(lines.size() * HEADING * LEADING + BODY * LEADING);
        for (String line : lines) {
            printLine(line, PageFlow.LEFT, HEADING, true);
        }
        flow.down(HEADING * 0.25f);
    }

    private void paragraph(Document.Paragraph paragraph) throws IOException {
        for (String line : breaker(BODY).lines(typeface.printable(paragraph.text()), PageFlow.WIDTH)) {
            printLine(line, PageFlow.LEFT, BODY, false);
        }
        flow.down(BODY * 0.5f);
    }

    private void fields(Document.Fields fields) throws IOException {
        LineBreaker breaker = breaker(BODY);
        List<String> labels = new ArrayList<>();
        float labelWidth = 0;
        for (Document.Field field : fields.fields()) {
            String label = withColon(typeface.printable(field.label()));
            labels.add(label);
            for (String line : label.split("\n", -1)) {
                labelWidth = Math.max(labelWidth, typeface.width(line, BODY));
            }
        }
        labelWidth = Math.min(labelWidth, PageFlow.WIDTH * LABEL_SHARE);
        float valueX = PageFlow.LEFT + labelWidth + LABEL_GAP;
        float valueWidth = PageFlow.RIGHT - valueX;
        for (int i = 0; i < labels.size(); i++) {
            List<String> labelLines = breaker.lines(labels.get(i), labelWidth);
            List<String> valueLines = breaker.lines(typeface.printable(fields.fields().get(i).value()), valueWidth);
            int lines = Math.max(labelLines.size(), valueLines.size());
            for (int l = 0; l < lines; l++) {
                flow.ensure(BODY * LEADING);
                float baseline = baseline(BODY);
                if (l < labelLines.size()) {
                    flow.text(labelLines.get(l), PageFlow.LEFT, baseline, BODY, false);
                }
                if (l < valueLines.size()) {
                    flow.text(valueLines.get(l), valueX, baseline, BODY, false);
                }
                flow.down(BODY * LEADING);
            }
        }
        flow.down(BODY * 0.5f);
    }

    private void signature(Document.Signature signature) throws IOException {
        LineBreaker breaker = breaker(BODY);
        float maxWidth = PageFlow.WIDTH * 0.6f;
        List<String> lines = new ArrayList<>(breaker.lines(typeface.printable(signature.issuer()), maxWidth));
        lines.addAll(breaker.lines(typeface.printable(signature.date()), maxWidth));
        lines.removeIf(String::isBlank);
        float gap = BODY * LEADING * 2;
        flow.ensure(gap + lines.size() * BODY * LEADING); // issuer and date stay together
        if (!flow.atPageTop()) {
            flow.down(gap);
        }
        // each line right-aligned, the block set in by two characters as on a printed letter
        float right = PageFlow.RIGHT - 2 * BODY;
        for (String line : lines) {
            printLine(line, right - typeface.width(line, BODY), BODY, false);
        }
    }

    private void printLine(String line, float x, float size, boolean bold) throws IOException {
        flow.ensure(size * LEADING);
        flow.text(line, x, baseline(size), size, bold);
        flow.down(size * LEADING);
    }

    /** The baseline of a line whose top is at the cursor: half the extra leading above the glyphs. */
    private float baseline(float size) {
        return flow.y() - size * (LEADING - 1) / 2 - size * 0.88f;
    }

    private LineBreaker breaker(float size) {
        return new LineBreaker(text -> typeface.width(text, size));
    }

    private static String withColon(String label) {
        String trimmed = label.stripTrailing();
        if (trimmed.isEmpty() || trimmed.endsWith(":") || trimmed.endsWith("：")) {
            return trimmed;
        }
        return trimmed + "：";
    }
}
