package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    @Test
    void csvWithQuotesByteOrderMarkAndBlankLines() {
        String csv = "\uFEFF名称,备注\r\n\"A, B\",\"说\"\"好\"\"\"\n\n\"两\n行\",x\n";
        List<TableRow> rows = TableReader.readCsv(csv);
        assertEquals(2, rows.size());
        assertEquals("A, B", rows.get(0).cells().get("名称"));
        assertEquals("说\"好\"", rows.get(0).cells().get("备注"));
        assertEquals(2, rows.get(0).row());
        assertEquals("两\n行", rows.get(1).cells().get("名称"));
        assertEquals(4, rows.get(1).row(), "row numbers count the blank line");
    }

    @Test
    void exportedWorkbooksReadBackUnchanged() throws IOException {
        byte[] bytes;
        try (XlsxWriter w = new XlsxWriter()) {
            bytes = w.sheet("s", List.of("姓名", "身份证号"), List.of(List.of("张三", "44148119960402123X"), List.of("李四", ""))).bytes();
        }
        assertTrue(TableReader.isXlsx(bytes));
        List<TableRow> rows = TableReader.read(bytes);
        assertEquals(2, rows.size());
        assertEquals("44148119960402123X", rows.get(0).cells().get("身份证号"));
        assertEquals("", rows.get(1).cells().get("身份证号"));
        assertEquals(3, rows.get(1).row());
    }

    @Test
    void dateCellsReadAsIsoDatesWhateverTheirFormat() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("birthDate");
            Row row = sheet.createRow(1);
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            row.createCell(0).setCellValue(LocalDate.of(1990, 5, 1));
            row.getCell(0).setCellStyle(style);
            book.write(out);
            bytes = out.toByteArray();
        }
        assertEquals("1990-05-01", TableReader.read(bytes).get(0).cells().get("birthDate"));
    }

    @Test
    void csvBytesAreUtf8() throws IOException {
        List<TableRow> rows = TableReader.read("name\n峡江\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("峡江", rows.get(0).cells().get("name"));
    }

    @Test
    void theShareReadGrowsWithTheRowsSoAnImportCanTellHowFarItIs() throws IOException {
        StringBuilder csv = new StringBuilder("name,note\n");
        List<List<String>> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            csv.append("成员").append(i).append(",x\n");
            cells.add(List.of("成员" + i, "x"));
        }
        byte[] workbook;
        try (XlsxWriter w = new XlsxWriter()) {
            workbook = w.sheet("s", List.of("name", "note"), cells).bytes();
        }
        for (byte[] file : List.of(csv.toString().getBytes(StandardCharsets.UTF_8), workbook)) {
            java.nio.file.Path temp = java.nio.file.Files.createTempFile("jiceng-share", ".bin");
            try {
                java.nio.file.Files.write(temp, file);
                try (TableReader.Rows rows = TableReader.open(temp)) {
                    for (int i = 0; i < 10_000; i++) {
                        rows.next();
                    }
                    // half the rows read: about half of the file (the XLSX sheet's XML), as a progress bar wants it
                    double half = rows.shareRead();
                    assertTrue(half > 0.4 && half < 0.6, "half the rows, share read " + half);
                    rows.forEachRemaining(r -> {
                    });
                    assertEquals(1.0, rows.shareRead());
                }
            } finally {
                java.nio.file.Files.delete(temp);
            }
        }
    }
}
