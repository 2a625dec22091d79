package org.jiceng.core.bulk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Writes sheets of text rows; streamed, so a large export keeps only a window of rows in memory. */
final class XlsxWriter implements AutoCloseable {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    private final XSSFCellStyle bold;

    XlsxWriter() {
        bold = (XSSFCellStyle) workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
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

    byte[] bytes() {
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
