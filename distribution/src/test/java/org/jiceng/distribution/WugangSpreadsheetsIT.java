package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The XLSX lists of 武冈's modules, rendered by the core's SpreadsheetRenderer from the documents the
 * PDFs print: the first secretaries' monthly ranking, the village cadres' results with subsidies
 * (the list for the finance office) and the good cadres' result list. Each sheet has the header and
 * as many rows as the module's JSON says, numbers are numeric cells (the subsidies sum to the
 * module's total) and codes stay text; 兴宁 (441481) gets the module gate's 404. Installs and
 * enables the modules itself when no other test class did, so it runs in any order.
 */
class WugangSpreadsheetsIT {
    private static final String COUNTY = "430581";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FIRST_SECRETARIES = "wugang-first-secretaries";
    private static final String APPRAISAL = "wugang-village-cadre-appraisal";
    private static final String GOOD_CADRES = "wugang-good-cadres";
    /** The year each demo appraises and selects in. */
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;
    private static final Duration DEMO = Duration.ofSeconds(300);

    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void installedAndEnabledFor武冈() {
        server = JicengServer.get();
        api = new Api(server);
        for (String module : List.of(FIRST_SECRETARIES, APPRAISAL, GOOD_CADRES)) {
            if (!server.shell("feature:list -i").contains("jiceng-" + module + " ")) {
                server.shell("feature:install jiceng-" + module);
            }
            server.waitFor("/api/v1/modules/" + module, Duration.ofSeconds(60));
            int enabled = api.put("/modules/" + module + "/jurisdictions/" + COUNTY, "").status();
            assertTrue(enabled == 201 || enabled == 200, module + " enabled: " + enabled);
        }
    }

    @Test
    void firstSecretariesRankingOfLastMonth() throws IOException {
        String base = base(FIRST_SECRETARIES);
        String month = YearMonth.now().minusMonths(1).toString();
        // The demo ranks the 224 secretaries serving in the last month (and one recalled since, if another test did).
        JsonNode ranking = until(() -> api.get(base + "/rankings/" + month + "?size=1&sort=rank,subjectId").json(),
                r -> r.get("total").asLong() >= 224, "the demo's ranking of " + month);
        long ranked = ranking.get("total").asLong();

        String path = base + "/documents/rankings/" + month + ".xlsx";
        try (XSSFWorkbook book = download(path, "first-secretaries-" + COUNTY + "-" + month + ".xlsx")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("第一书记月度分类排名(" + month + ")", sheet.getRow(0).getCell(0).getStringCellValue());
            int header = headerRow(sheet, "乡镇");
            assertEquals(List.of("乡镇", "名次", "姓名", "村", "在村天数", "住村夜数", "按时周报", "项目推进", "群众满意度", "党建工作", "总分", "等次", "备注"),
                    texts(sheet.getRow(header)), "the six indicators, the total, the rank and the grade");
            assertEquals(ranked, dataRows(sheet, header), "one row per secretary ranked");

            JsonNode first = ranking.at("/items/0");
            Row row = sheet.getRow(header + 1);
            assertEquals(first.get("memberName").asText(), row.getCell(2).getStringCellValue(), "the ranking's order: " + first);
            Cell total = row.getCell(10);
            assertEquals(CellType.NUMERIC, total.getCellType(), "the total is a number");
            assertEquals(first.get("total").asDouble(), total.getNumericCellValue(), 0.05);
            assertEquals(CellType.NUMERIC, row.getCell(4).getCellType(), "days in the village are a number");
            Cell village = row.getCell(3);
            assertEquals(CellType.STRING, village.getCellType(), "a village's code stays text");
            assertEquals(first.get("jurisdictionCode").asText(), village.getStringCellValue());
        }
        assertNotEnabledFor兴宁(path.replace(COUNTY, "441481"));
        assertTrue(
                api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + FIRST_SECRETARIES + "/documents/rankings/{month}.xlsx"));
    }

    @Test
    void villageCadreResultsAndSubsidiesForFinance() throws IOException {
        String base = base(APPRAISAL);
        until(() -> api.get(base + "/years/" + DEMO_YEAR).json(), y -> "PAID".equals(y.get("state").asText()),
                "the demo's appraisal of " + DEMO_YEAR + " paid");
        JsonNode figures = api.get(base + "/years/" + DEMO_YEAR + "/figures").json();
        long cadres = api.get(base + "/cadres?year=" + DEMO_YEAR + "&size=1").json().get("total").asLong();
        assertEquals(figures.get("appraised").asLong(), cadres, figures.toString());

        String path = base + "/documents/results/" + DEMO_YEAR + ".xlsx";
        try (XSSFWorkbook book = download(path, "village-cadre-appraisal-" + COUNTY + "-" + DEMO_YEAR + ".xlsx")) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = headerRow(sheet, "乡镇");
            assertEquals(List.of("乡镇", "名次", "姓名", "村", "职务", "总分", "等次", "绩效误工补贴", "奖励", "选拔任用"), texts(sheet.getRow(header)));
            assertEquals(cadres, dataRows(sheet, header), "one row per cadre appraised");

            double subsidies = 0;
            double awards = 0;
            for (int r = header + 1; r <= header + cadres; r++) {
                Row row = sheet.getRow(r);
                assertEquals(CellType.NUMERIC, row.getCell(5).getCellType(), "the total is a number, row " + r);
                assertEquals(CellType.STRING, row.getCell(3).getCellType(), "the village code stays text, row " + r);
                subsidies += number(row.getCell(7));
                awards += number(row.getCell(8));
            }
            assertEquals(figures.get("subsidyTotal").asDouble(), subsidies, 0.001, "the subsidies sum to the year's total: " + figures);
            assertEquals(figures.get("awardTotal").asDouble(), awards, 0.001, "the awards too: " + figures);
        }
        assertNotEnabledFor兴宁(path.replace(COUNTY, "441481"));
    }

    @Test
    void goodCadresResultList() throws IOException {
        String base = base(GOOD_CADRES);
        JsonNode campaign = until(() -> api.get(base + "/campaigns?year=" + DEMO_YEAR).json().get("items"), found -> found.size() == 1
                && api.get(base + "/campaigns/" + found.get(0).get("id").asLong() + "/figures").json().get("inReview").asLong() == 0
                && api.get(base + "/campaigns/" + found.get(0).get("id").asLong() + "/figures").json().get("nominations").asLong() == 100,
                "the demo's selection of " + DEMO_YEAR + " decided").get(0);
        long id = campaign.get("id").asLong();
        JsonNode results = api.get(base + "/campaigns/" + id + "/results?size=1").json();
        assertEquals(20, results.get("total").asLong(), "the demo approves 20 of 100: " + results);

        String path = base + "/documents/campaigns/" + id + "/results.xlsx";
        try (XSSFWorkbook book = download(path, "good-cadres-" + DEMO_YEAR + ".xlsx")) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(campaign.get("title").asText() + "结果名单", sheet.getRow(0).getCell(0).getStringCellValue());
            int header = headerRow(sheet, "序号");
            assertEquals(List.of("序号", "姓名", "所在地", "推荐方式", "推荐人/单位", "审定日期"), texts(sheet.getRow(header)));
            assertEquals(20, dataRows(sheet, header), "the approved good cadres");
            Cell last = sheet.getRow(header + 20).getCell(0);
            assertEquals(CellType.NUMERIC, last.getCellType(), "the serial number is a number");
            assertEquals(20.0, last.getNumericCellValue());
        }
        assertNotEnabledFor兴宁(path.replace(COUNTY, "441481"));
    }

    private static String base(String module) {
        return "/jurisdictions/" + COUNTY + "/" + module;
    }

    private static void assertNotEnabledFor兴宁(String path) {
        JsonNode p = assertProblem(api.get(path), 404);
        assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), p.toString());
        assertTrue(p.get("detail").asText().contains("441481"), p.toString());
    }

    /** Downloads as the demo administrator and opens the workbook, checking status, media type and file name. */
    private static XSSFWorkbook download(String path, String fileName) throws IOException {
        HttpResponse<byte[]> reply;
        try {
            reply = server.http.send(HttpRequest.newBuilder(server.uri("/api/v1" + path))
                    .header("Authorization", JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String contentType = reply.headers().firstValue("Content-Type").orElse("");
        assertEquals(200, reply.statusCode(), path + ": " + contentType + " " + new String(reply.body(), StandardCharsets.UTF_8));
        assertTrue(contentType.startsWith(XLSX), contentType);
        String disposition = reply.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment") && disposition.contains(fileName), disposition);
        return new XSSFWorkbook(new ByteArrayInputStream(reply.body()));
    }

    /** The index of the bold header row: the first row whose first cell is {@code first}. */
    private static int headerRow(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                assertTrue(sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold(), "the header is bold");
                assertNotNull(sheet.getPaneInformation(), "the header is frozen");
                assertEquals(row.getRowNum() + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen below the header");
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row starting with " + first + " in " + sheet.getSheetName());
    }

    /** The rows below the header up to the first empty one (the signature follows after a blank row). */
    private static long dataRows(XSSFSheet sheet, int header) {
        int r = header + 1;
        while (sheet.getRow(r) != null && sheet.getRow(r).getPhysicalNumberOfCells() > 0) {
            r++;
        }
        return r - header - 1L;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** A numeric cell's value; an absent cell (an empty amount) is nothing, any other text fails. */
    private static double number(Cell cell) {
        if (cell == null) {
            return 0;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType(), "an amount is a number: " + cell);
        return cell.getNumericCellValue();
    }

    /** Polls until the demo has produced what {@code done} waits for. */
    private static JsonNode until(Supplier<JsonNode> read, Predicate<JsonNode> done, String what) {
        long deadline = System.nanoTime() + DEMO.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = read.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (UncheckedIOException | AssertionError e) {
                last = null;
            }
            JicengServer.sleep(1000);
        }
        throw new AssertionError("waited " + DEMO + " for " + what + ": " + last);
    }
}
