package org.jiceng.core.bulk.internal.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.document.Document;
import org.jiceng.document.Document.Field;
import org.jiceng.document.Document.Fields;
import org.jiceng.document.Document.Heading;
import org.jiceng.document.Document.Paragraph;
import org.jiceng.document.Document.Signature;
import org.jiceng.document.Document.Table;
import org.junit.jupiter.api.Test;

class XlsxDocumentRendererTest {
    private final XlsxDocumentRenderer renderer = new XlsxDocumentRenderer();

    private static final Table RANKING = new Table(List.of("乡镇", "姓名", "村", "总分", "补贴"),
            List.of(List.of("0430581", "张三", "430581101201", "92.5", "3600.00"), List.of("0430581", "李四", "430581101202", "88", "-120.5")));

    @Test
    void aTableIsASheetWithTitleFieldsAboveABoldFrozenHeaderAndNumericCells() throws IOException {
        Document document = new Document("第一书记月度分类排名(2026-11)",
                List.of(new Fields(List.of(new Field("范围", "430581"), new Field("人数", "2"))), RANKING, new Signature("中共武冈市委组织部", "2026-12-01")));
        try (XSSFWorkbook workbook = open(renderer.xlsx(document))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("第一书记月度分类排名(2026-11)", sheet.getSheetName());
            assertEquals("第一书记月度分类排名(2026-11)", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("范围", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("430581", sheet.getRow(1).getCell(1).getStringCellValue(), "a division code stays text");
            assertEquals(2.0, sheet.getRow(2).getCell(1).getNumericCellValue());

            Row header = sheet.getRow(4);
            assertEquals(List.of("乡镇", "姓名", "村", "总分", "补贴"), texts(header));
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "the header is frozen");
            assertEquals(5, pane.getHorizontalSplitPosition());

            Row first = sheet.getRow(5);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("0430581", first.getCell(0).getStringCellValue(), "a leading zero is kept");
            assertEquals(CellType.STRING, first.getCell(2).getCellType());
            assertEquals("430581101201", first.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertEquals(92.5, first.getCell(3).getNumericCellValue());
            assertEquals(3600.0, first.getCell(4).getNumericCellValue());
            assertEquals(-120.5, sheet.getRow(6).getCell(4).getNumericCellValue());
            assertEquals(88.0, sheet.getRow(6).getCell(3).getNumericCellValue());

            assertEquals("中共武冈市委组织部", sheet.getRow(8).getCell(0).getStringCellValue(), "the signature goes below the last table");
            assertEquals(8, sheet.getLastRowNum());
        }
    }

    @Test
    void eachTableIsASheetNamedAfterItsHeadingMadeValidAndUnique() throws IOException {
        String longHeading = "第一轮[初评]: 通过/淘汰*名单? 以及\\其他说明文字很长很长很长很长很长很长";
        Document document = new Document("好干部评选结果", List.of(new Heading(longHeading), new Paragraph("说明"), RANKING, RANKING,
                new Heading("SUMMARY"), new Table(List.of("a"), List.of()), new Heading("summary"), new Table(List.of("b"), List.of())));
        try (XSSFWorkbook workbook = open(renderer.xlsx(document))) {
            assertEquals(4, workbook.getNumberOfSheets());
            String first = workbook.getSheetName(0);
            assertEquals("第一轮 初评 通过 淘汰 名单 以及 其他说明文字很长很长很长", first);
            assertTrue(first.length() <= 31);
            assertEquals("第一轮 初评 通过 淘汰 名单 以及 其他说明文字很长 (2)", workbook.getSheetName(1),
                    "the second table under the same heading");
            assertEquals("SUMMARY", workbook.getSheetName(2));
            assertEquals("summary (2)", workbook.getSheetName(3), "Excel compares sheet names ignoring case");

            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("好干部评选结果", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(longHeading, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("说明", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("乡镇", sheet.getRow(4).getCell(0).getStringCellValue());
            XSSFSheet second = workbook.getSheetAt(1);
            assertEquals("乡镇", second.getRow(1).getCell(0).getStringCellValue(), "nothing between the tables: the header follows the title");
            assertEquals(3, second.getLastRowNum());
        }
    }

    @Test
    void aDocumentWithoutTableIsOneSheetOfItsText() throws IOException {
        Document document = new Document("任命书", List.of(new Heading("关于任命"), new Paragraph("第一行\n第二行"),
                new Fields(List.of(new Field("姓名", "张三"))), new Signature("中共武冈市委组织部", "2026-12-01")));
        try (XSSFWorkbook workbook = open(renderer.xlsx(document))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("任命书", sheet.getSheetName());
            List<String> column = new ArrayList<>();
            for (Row row : sheet) {
                column.add(row.getCell(0).getStringCellValue());
            }
            assertEquals(List.of("任命书", "关于任命", "第一行", "第二行", "姓名", "中共武冈市委组织部"), column);
            assertEquals("张三", sheet.getRow(4).getCell(1).getStringCellValue());
            assertNull(sheet.getPaneInformation(), "no header to freeze");
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
