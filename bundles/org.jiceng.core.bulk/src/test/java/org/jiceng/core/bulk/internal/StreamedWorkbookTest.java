package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StreamedWorkbookTest {

    @Test
    void aTableReadsBackAsWrittenByPoiAndByTheImport() throws IOException {
        List<List<String>> rows = List.of(List.of("张三", "0012", "a & b <c> \"d\""), List.of("李四", "", " 两端有空格 "),
                List.of("王五", "x\u0001y", "第一行\n第二行"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written;
        try (StreamedWorkbook xlsx = new StreamedWorkbook(out)) {
            written = xlsx.table("党员", List.of("姓名", "编号", "备注"), rows.iterator());
        }
        assertEquals(3, written);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet sheet = wb.getSheet("党员");
            assertEquals(3, sheet.getLastRowNum());
            Row header = sheet.getRow(0);
            assertEquals("姓名", header.getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");
            assertFalse(wb.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("0012", sheet.getRow(1).getCell(1).getStringCellValue(), "numbers stay text");
            assertEquals("a & b <c> \"d\"", sheet.getRow(1).getCell(2).getStringCellValue());
            assertNull(sheet.getRow(2).getCell(1), "an empty value is no cell");
            assertEquals(" 两端有空格 ", sheet.getRow(2).getCell(2).getStringCellValue(), "spaces at the ends are kept");
            assertEquals("xy", sheet.getRow(3).getCell(1).getStringCellValue(), "a control character XML cannot hold is left out");
            assertEquals("第一行\n第二行", sheet.getRow(3).getCell(2).getStringCellValue());
        }
        List<TableRow> imported = TableReader.read(out.toByteArray());
        assertEquals(3, imported.size());
        assertEquals("0012", imported.get(0).cells().get("编号"));
        assertEquals("王五", imported.get(2).cells().get("姓名"));
    }

    @Test
    void aTableLongerThanASheetContinuesOnTheNextWithItsHeader() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 7).mapToObj(i -> List.of("成员" + i, String.valueOf(i))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written;
        try (StreamedWorkbook xlsx = new StreamedWorkbook(out, 4)) {
            written = xlsx.table("一个很长很长的工作表名称用来检查截断是否正确处理", List.of("姓名", "序号"), rows.iterator());
        }
        assertEquals(7, written);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, wb.getNumberOfSheets(), "3 + 3 + 1 rows under a header each");
            List<String> names = new ArrayList<>();
            List<String> read = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                names.add(sheet.getSheetName());
                assertEquals("姓名", sheet.getRow(0).getCell(0).getStringCellValue());
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    read.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertEquals(rows.stream().map(r -> r.get(0)).toList(), read, "every row once, in order");
            assertTrue(names.get(1).endsWith(" (2)") && names.get(2).endsWith(" (3)"), names.toString());
            assertTrue(names.stream().allMatch(n -> n.length() <= 31), "Excel's limit for a sheet's name: " + names);
        }
    }

    @Test
    void rowsGoOutAsTheyAreWrittenNotAtTheEnd() throws IOException {
        CountingStream out = new CountingStream();
        long[] seenAfterRow = new long[1];
        var rows = IntStream.rangeClosed(1, 20_000).mapToObj(i -> {
            if (i == 20_000) {
                seenAfterRow[0] = out.count;
            }
            return List.of("成员" + i, "441481", "某某村党支部", "正式党员");
        }).iterator();
        try (StreamedWorkbook xlsx = new StreamedWorkbook(out)) {
            xlsx.table("党员", List.of("姓名", "行政区划", "党组织", "阶段"), rows);
        }
        assertTrue(seenAfterRow[0] > out.count / 2, "most of the file was sent before its last row was read: " + seenAfterRow[0]
                + " of " + out.count + " bytes");
    }

    @Test
    void columnLetters() {
        assertEquals("A", StreamedWorkbook.column(0));
        assertEquals("Z", StreamedWorkbook.column(25));
        assertEquals("AA", StreamedWorkbook.column(26));
        assertEquals("AZ", StreamedWorkbook.column(51));
        assertEquals("BA", StreamedWorkbook.column(52));
        assertEquals("XFD", StreamedWorkbook.column(16_383));
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
