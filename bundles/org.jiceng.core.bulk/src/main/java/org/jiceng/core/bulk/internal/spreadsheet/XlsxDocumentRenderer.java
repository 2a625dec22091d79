package org.jiceng.core.bulk.internal.spreadsheet;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jiceng.core.bulk.internal.XlsxWriter;
import org.jiceng.document.Document;
import org.jiceng.document.Document.Block;
import org.jiceng.document.Document.Field;
import org.jiceng.document.Document.Fields;
import org.jiceng.document.Document.Heading;
import org.jiceng.document.Document.Paragraph;
import org.jiceng.document.Document.Signature;
import org.jiceng.document.Document.Table;
import org.jiceng.document.SpreadsheetRenderer;
import org.osgi.service.component.annotations.Component;

/**
 * Documents as XLSX workbooks (see {@link SpreadsheetRenderer} for the layout), written through the
 * exports' streaming {@link XlsxWriter}: rows beyond its window go to a temporary file, so a long
 * list never holds the whole sheet's cell objects in memory.
 */
@Component(service = SpreadsheetRenderer.class)
public class XlsxDocumentRenderer implements SpreadsheetRenderer {
    @Override
    public byte[] xlsx(Document document) {
        try (XlsxWriter workbook = new XlsxWriter()) {
            for (SheetPlan plan : SheetPlan.of(document)) {
                write(workbook.addSheet(plan.name()), document.title(), plan, workbook.bold());
            }
            return workbook.bytes();
        }
    }

    private static void write(Sheet sheet, String title, SheetPlan plan, CellStyle bold) {
        SheetWriter rows = new SheetWriter(sheet);
        rows.text(bold, title);
        plan.above().forEach(block -> text(rows, block, bold));
        if (plan.table() != null) {
            Table table = plan.table();
            if (!plan.above().isEmpty()) {
                rows.skip();
            }
            int header = rows.text(bold, table.headers().toArray(String[]::new));
            // Frozen below the header, so the column names stay in view while scrolling a long list.
            sheet.createFreezePane(0, header + 1);
            table.rows().forEach(rows::values);
            ColumnWidths.apply(sheet, table);
        }
        if (!plan.below().isEmpty()) {
            rows.skip();
            plan.below().forEach(block -> text(rows, block, bold));
        }
    }

    private static void text(SheetWriter rows, Block block, CellStyle bold) {
        if (block instanceof Heading h) {
            rows.text(bold, h.text());
        } else if (block instanceof Paragraph p) {
            // A cell does not wrap at the column edge: one row per line keeps the text readable.
            for (String line : (p.text() == null ? "" : p.text()).split("\\R", -1)) {
                rows.text(null, line);
            }
        } else if (block instanceof Fields fields) {
            for (Field f : fields.fields()) {
                rows.values(List.of(f.label() == null ? "" : f.label(), f.value() == null ? "" : f.value()));
            }
        } else if (block instanceof Signature s) {
            rows.text(null, s.issuer(), s.date());
        }
    }

    /** Appends rows to a sheet, top to bottom (a streaming sheet only grows downwards). */
    private static final class SheetWriter {
        private final Sheet sheet;
        private int next;

        SheetWriter(Sheet sheet) {
            this.sheet = sheet;
        }

        /** A row of text cells; returns its index. */
        int text(CellStyle style, String... texts) {
            Row row = sheet.createRow(next);
            for (int c = 0; c < texts.length; c++) {
                if (texts[c] != null && !texts[c].isEmpty()) {
                    row.createCell(c).setCellValue(texts[c]);
                    if (style != null) {
                        row.getCell(c).setCellStyle(style);
                    }
                }
            }
            return next++;
        }

        /** A row whose numeric texts become numbers (see {@link CellText}). */
        void values(List<String> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v == null || v.isEmpty()) {
                    continue;
                }
                Double number = CellText.number(v);
                if (number == null) {
                    row.createCell(c).setCellValue(v);
                } else {
                    row.createCell(c).setCellValue(number);
                }
            }
        }

        void skip() {
            next++;
        }
    }
}
