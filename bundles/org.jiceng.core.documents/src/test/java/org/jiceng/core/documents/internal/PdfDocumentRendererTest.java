package org.jiceng.core.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiceng.document.Document;
import org.jiceng.document.Document.Field;
import org.jiceng.document.Document.Fields;
import org.jiceng.document.Document.Heading;
import org.jiceng.document.Document.Paragraph;
import org.jiceng.document.Document.Signature;
import org.jiceng.document.Document.Table;
import org.junit.jupiter.api.Test;

class PdfDocumentRendererTest {

    private static final String TITLE = "关于召开中共兴宁市宁新街道第三届党代会第二次年会的通知";
    private static final String PARAGRAPH = "各基层党组织：经街道党工委研究，定于2024年5月10日上午9:00在街道办事处三楼会议室召开"
            + "第三届党代会第二次年会（Annual Session of the 3rd Party Congress），请各位代表准时出席。"
            + "会议将听取和审议街道党工委工作报告，并选举产生出席市第十四次党代会代表。";

    private final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    @Test
    void everyBlockTypeRoundTripsWithChineseAndLatinText() throws IOException {
        byte[] pdf = renderer.pdf(notice(120));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "a 120-row table spans pages, got " + pages);
            String text = compact(new PDFTextStripper().getText(document));
            assertTrue(text.contains(compact(TITLE)), text);
            assertTrue(text.contains(compact(PARAGRAPH)), "wrapped paragraph reads back whole");
            assertTrue(text.contains("一、会议议程"));
            assertTrue(text.contains("会议时间：2024年5月10日上午9:00"));
            assertTrue(text.contains("联系人：李明(0753)2222333"));
            assertTrue(text.contains("代表119号Representative119"), "last table row");
            assertTrue(text.contains("中共兴宁市宁新街道工作委员会2024年4月28日"));
            assertTrue(text.contains("第1页/共" + pages + "页"));
            assertTrue(text.contains("第" + pages + "页/共" + pages + "页"));

            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            assertEquals("Jiceng", document.getDocumentInformation().getProducer());
        }
    }

    @Test
    void tableHeaderIsRepeatedOnEveryPageTheTableContinuesOn() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(notice(120)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int tablePages = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = compact(stripper.getText(document));
                if (text.contains("代表") && text.contains("号Representative")) {
                    tablePages++;
                    assertTrue(text.contains("序号姓名所在党组织"), "header on page " + page + ": " + text);
                }
            }
            assertTrue(tablePages > 1, "table on " + tablePages + " pages");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetOnEveryPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(notice(60)))) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
                }
            }
            assertTrue(fonts >= document.getNumberOfPages());
        }
    }

    @Test
    void aSubsetStaysSmall() {
        byte[] pdf = renderer.pdf(new Document("通知", List.of(new Paragraph("兹定于下周一召开支部委员会。"))));
        assertTrue(pdf.length < 60_000, "one page with a dozen characters, " + pdf.length + " bytes");
    }

    @Test
    void charactersTheFontLacksPrintAsAQuestionMarkInsteadOfFailing() throws IOException {
        byte[] pdf = renderer.pdf(new Document("表情", List.of(new Paragraph("点赞\uD83D\uDC4D完成\u0007"))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(compact(new PDFTextStripper().getText(document)).contains("点赞?完成"));
        }
    }

    @Test
    void emptyDocumentIsOnePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(new Document("", List.of())))) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void rowsShorterOrLongerThanTheHeaderLoseNothing() throws IOException {
        Table table = new Table(List.of("甲", "乙"), List.of(List.of("1"), List.of("2", "3", "多出的一列")));
        try (PDDocument document = Loader.loadPDF(renderer.pdf(new Document("表", List.of(table))))) {
            assertTrue(compact(new PDFTextStripper().getText(document)).contains("多出的一列"));
        }
    }

    @Test
    void aTableWithoutHeadersHasNoShadedHeaderRow() throws IOException {
        List<List<String>> rows = List.of(List.of("甲", "乙"));
        assertEquals(1, fills(renderer.pdf(new Document("表", List.of(new Table(List.of("一", "二"), rows))))));
        assertEquals(0, fills(renderer.pdf(new Document("表", List.of(new Table(List.of(), rows))))));
        assertEquals(0, fills(renderer.pdf(new Document("表", List.of(new Table(List.of(" ", ""), rows))))));
    }

    /** How many areas the first page fills: the shaded header is the only one. */
    private static long fills(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFStreamParser(document.getPage(0)).parse().stream()
                    .filter(token -> token instanceof Operator op && op.getName().equals("f"))
                    .count();
        }
    }

    @Test
    void fontCoversEveryHanziOfGb2312() throws IOException {
        Charset gb2312 = Charset.forName("GB2312");
        StringBuilder all = new StringBuilder();
        for (int row = 0xB0; row <= 0xF7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String ch = new String(new byte[]{(byte) row, (byte) cell}, gb2312);
                if (Character.isIdeographic(ch.codePointAt(0))) {
                    all.append(ch);
                }
            }
        }
        assertEquals(6763, all.length());
        try (PDDocument document = new PDDocument()) {
            Typeface typeface = Typeface.load(document, EmbeddedFont.LATIN, EmbeddedFont.CJK);
            assertEquals(all.toString(), typeface.printable(all.toString()));
            assertEquals("Jiceng 2024-05-10 (ok)", typeface.printable("Jiceng 2024-05-10 (ok)"));
        }
    }

    @Test
    void concurrentRenderingsDoNotInterfere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int rows = 10 + i;
                results.add(pool.submit(() -> renderer.pdf(notice(rows))));
            }
            for (int i = 0; i < results.size(); i++) {
                try (PDDocument document = Loader.loadPDF(results.get(i).get())) {
                    String text = compact(new PDFTextStripper().getText(document));
                    assertTrue(text.contains("代表" + (10 + i - 1) + "号"), "document " + i);
                    assertFalse(text.contains("代表" + (10 + i) + "号"), "document " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyPageDocumentTiming() throws IOException {
        renderer.pdf(notice(10)); // warm up: font read, classes loaded
        long start = System.nanoTime();
        byte[] pdf = renderer.pdf(notice(380));
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("Rendered %d pages (%d KB) in %d ms%n", document.getNumberOfPages(), pdf.length / 1024, millis);
            assertTrue(document.getNumberOfPages() >= 20);
        }
    }

    /** A session notice with every block type; the table has {@code rows} representatives. */
    static Document notice(int rows) {
        List<List<String>> representatives = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            representatives.add(List.of(String.valueOf(i + 1), "代表" + i + "号 Representative " + i,
                    i % 3 == 0 ? "宁新街道第" + (i % 7 + 1) + "社区党支部（含流动党员党小组）" : "机关第一党支部",
                    "2024-05-0" + (i % 9 + 1)));
        }
        return new Document(TITLE, List.of(
                new Paragraph(PARAGRAPH),
                new Heading("一、会议议程"),
                new Paragraph("1. 听取和审议工作报告；\n2. 选举出席市党代会代表。\n\nThe agenda is final."),
                new Fields(List.of(new Field("会议时间", "2024年5月10日上午9:00"), new Field("会议地点", "街道办事处三楼会议室"),
                        new Field("联系人：", "李明 (0753) 2222333"))),
                new Heading("二、出席代表名单"),
                new Table(List.of("序号", "姓名", "所在党组织", "报到日期"), representatives),
                new Signature("中共兴宁市宁新街道工作委员会", "2024年4月28日")));
    }

    /** Text without whitespace: line breaks fall where the layout puts them. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
