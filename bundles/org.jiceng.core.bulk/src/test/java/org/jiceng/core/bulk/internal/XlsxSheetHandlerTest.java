package org.jiceng.core.bulk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The sheet reader gives every cell the text POI's own event handler gives it, for shared and inline strings alike. */
class XlsxSheetHandlerTest {

    @Test
    void sharedStringsNumbersDatesBooleansFormulasAndGapsReadAsPoiReadsThem() throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book);
            book.write(out);
            file = out.toByteArray();
        }
        List<List<String>> ours = ours(file);
        assertEquals(poi(file), ours);
        assertEquals(List.of("姓名", "出生日期", "人数", "比例", "在岗", "合计", "", "备注"), ours.get(0));
        assertEquals(List.of("张三", "1990-03-04", "12", "0.25", "TRUE", "张三（党员）", "", "第一行\n第二行"), ours.get(1));
    }

    @Test
    void inlineStringsOfAStreamedWorkbookReadAsPoiReadsThem() throws Exception {
        byte[] file;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book);
            book.write(out);
            book.dispose();
            file = out.toByteArray();
        }
        List<List<String>> ours = ours(file);
        assertEquals(poi(file), ours);
        assertEquals("第一行\n第二行", ours.get(1).get(7));
    }

    @Test
    void columnsAndEscapes() {
        assertEquals(0, XlsxSheetHandler.columnOf("A1"));
        assertEquals(25, XlsxSheetHandler.columnOf("Z9"));
        assertEquals(27, XlsxSheetHandler.columnOf("AB12"));
        assertEquals(16383, XlsxSheetHandler.columnOf("XFD1048576"));
        assertEquals("a\rb_x00_c", XlsxSheetHandler.decode("a_x000D_b_x00_c"));
    }

    /** A header and rows of every kind of cell, with a column left empty and one past it. */
    private static void fill(org.apache.poi.ss.usermodel.Workbook book) {
        Sheet sheet = book.createSheet("党员");
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
        String[] header = {"姓名", "出生日期", "人数", "比例", "在岗", "合计", null, "备注"};
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            if (header[c] != null) {
                h.createCell(c).setCellValue(header[c]);
            }
        }
        for (int r = 1; r <= 30; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r == 1 ? "张三" : "党员" + r);
            row.createCell(1).setCellValue(LocalDate.of(1990, 3, 4).plusDays(r - 1L));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(11 + r);
            row.createCell(3).setCellValue(r / 4.0);
            row.createCell(4).setCellValue(r % 2 == 1);
            row.createCell(5).setCellFormula("A" + (r + 1) + "&\"（党员）\"");
            row.createCell(7).setCellValue(r == 1 ? "第一行\n第二行" : "备注" + r % 3);
        }
        if (book instanceof XSSFWorkbook x) {
            x.getCreationHelper().createFormulaEvaluator().evaluateAll();
        } else {
            for (int r = 1; r <= 30; r++) {
                // a streamed workbook cannot evaluate: the cached result is written as the formula's value
                sheet.getRow(r).getCell(5).setCellValue(sheet.getRow(r).getCell(0).getStringCellValue() + "（党员）");
            }
        }
    }

    private static List<List<String>> ours(byte[] file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = XlsxSheetHandler.sharedStrings(pkg, Long.MAX_VALUE);
            try (InputStream sheet = reader.getSheetsData().next()) {
                new XlsxSheetHandler(reader.getStylesTable(), strings, new TableReader.IsoDateFormatter(), (n, values) -> rows.add(values))
                        .parse(sheet);
            }
        }
        return rows;
    }

    /** What POI's XSSFSheetXMLHandler reads, the reader the import used before. */
    private static List<List<String>> poi(byte[] file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                            private TreeMap<Integer, String> current;

                            @Override
                            public void startRow(int rowNum) {
                                current = new TreeMap<>();
                            }

                            @Override
                            public void endRow(int rowNum) {
                                List<String> cells = new ArrayList<>();
                                if (!current.isEmpty()) {
                                    for (int c = 0; c <= current.lastKey(); c++) {
                                        cells.add(current.getOrDefault(c, ""));
                                    }
                                }
                                rows.add(cells);
                            }

                            @Override
                            public void cell(String reference, String value, XSSFComment comment) {
                                current.put((int) new CellReference(reference).getCol(), value == null ? "" : value);
                            }
                        }, new TableReader.IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        return rows;
    }
}
