package org.jiceng.core.bulk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Writes sheets of text rows; streamed, so a large export keeps only a window of rows in memory.
 * The exports and the document renderer ({@code spreadsheet.XlsxDocumentRenderer}) both write
 * through it.
 */
public final class XlsxWriter implements AutoCloseable {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    private final XSSFCellStyle bold;

    public XlsxWriter() {
        bold = (XSSFCellStyle) workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    /** A new, empty sheet, for a writer that lays out its own rows. */
    public Sheet addSheet(String name) {
        return workbook.createSheet(name);
    }

    /** The workbook's bold style, for header rows. */
    public CellStyle bold() {
        return bold;
    }

    /** Adds a sheet with a bold header row; cells are written as text so values re-import unchanged. */
    XlsxWriter sheet(String name, List<String> header, Iterable<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            h.createCell(c).setCellValue(header.get(c));
            h.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v != null && !v.isEmpty()) {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook to {@code out} (the response) without a copy of it in memory. */
    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
