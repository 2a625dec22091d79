package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Bulk import and export through the running server: a 10,000-row XLSX with bad rows, then clean. */
class ImportExportIT {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"姓名", "性别", "出生日期", "学历", "身份证号", "手机", "党员编号", "行政区划代码", "所在党组织",
            "阶段", "申请入党日期", "确定积极分子日期", "确定发展对象日期", "接收预备党员日期", "转正日期", "有无职务"};
    private static JicengServer server;
    private static Api api;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void tenThousandMembersAreCheckedThenImportedOnceFromXlsx() throws IOException {
        JsonNode orgs = api.get("/organizations?jurisdiction=441481&field=RURAL&size=20").json().get("items");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            JsonNode org = orgs.get(i % orgs.size());
            LocalDate birth = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
            rows.add(new String[]{"导入党员" + i, i % 3 == 0 ? "女" : "男", birth.toString(), "高中", idCard("445200", birth, i),
                    "139" + String.format("%08d", i),
                    "", org.get("jurisdictionCode").asText(), org.get("name").asText(), "正式党员", birth.plusYears(20).toString(),
                    birth.plusYears(20).plusMonths(3).toString(), birth.plusYears(21).plusMonths(4).toString(),
                    birth.plusYears(21).plusMonths(8).toString(),
                    birth.plusYears(22).plusMonths(8).toString(), "否"});
        }
        List<String[]> withBadRows = new ArrayList<>();
        rows.forEach(r -> withBadRows.add(r.clone()));
        // Spreadsheet row numbers: header is row 1, so list index i is row i + 2.
        withBadRows.get(10)[2] = "1985-13-40"; // row 12: not a date
        withBadRows.get(20)[1] = "未知"; // row 22: unknown gender
        withBadRows.get(30)[8] = "不存在的党支部"; // row 32: unknown organization
        withBadRows.get(40)[4] = withBadRows.get(41)[4]; // row 42 / 43: same ID card twice
        withBadRows.get(50)[0] = ""; // row 52: name missing
        withBadRows.get(60)[9] = "入党申请人"; // row 62: applicant with later stage dates
        long before = api.get("/members?size=1").json().get("total").asLong();

        JsonNode rejected = runImport("members", xlsx(withBadRows), true);
        assertEquals("REJECTED", rejected.get("status").asText(), rejected.toString());
        Set<String> reported = new HashSet<>();
        rejected.get("errors").forEach(e -> reported.add(e.get("row").asInt() + ":" + e.get("column").asText()));
        for (String expected : List.of("12:birthDate", "22:gender", "32:organization", "43:idCardNumber", "52:name", "62:activistDate")) {
            assertTrue(reported.contains(expected), expected + " in " + reported);
        }
        assertEquals(before, api.get("/members?size=1").json().get("total").asLong(), "a rejected file imports nothing");

        byte[] clean = xlsx(rows);
        JsonNode dry = runImport("members", clean, true);
        assertEquals("SUCCEEDED", dry.get("status").asText(), dry.toString());
        assertEquals(10_000, dry.get("rowsTotal").asInt());
        assertEquals(before, api.get("/members?size=1").json().get("total").asLong(), "a dry run imports nothing");

        long t0 = System.nanoTime();
        JsonNode imported = runImport("members", clean, false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals("SUCCEEDED", imported.get("status").asText(), imported.toString());
        assertEquals(10_000, imported.get("inserted").asInt());
        assertEquals(10_000, imported.get("rowsDone").asInt());
        System.out.printf("Imported 10,000 members from XLSX in %.1f s (%.0f rows/s, %s)%n", seconds, 10_000 / seconds, server.database);
        assertEquals(before + 10_000, api.get("/members?size=1").json().get("total").asLong());

        JsonNode again = runImport("members", clean, false);
        assertEquals(0, again.get("inserted").asInt());
        assertEquals(10_000, again.get("updated").asInt(), "the same file twice changes nothing new");
        assertEquals(before + 10_000, api.get("/members?size=1").json().get("total").asLong());

        JsonNode listed = api.get("/members?q=导入党员9999").json().at("/items/0");
        assertEquals("445200********" + idCard("445200", LocalDate.parse(listed.get("birthDate").asText()), 9999).substring(14),
                listed.get("idCardNumber").asText());
    }

    @Test
    void organizationsAndCadresImportFromCsv() {
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String orgs = "name,type,field,jurisdictionCode,parent,parentJurisdictionCode,termStart,termEnd,status,starRating\n"
                + "导入测试党委" + suffix + ",党委,机关,360823,,,2024-01-01,2029-01-01,正常,4\n"
                + "\"导入测试党支部" + suffix + "\",党支部,非公企业,360823,导入测试党委" + suffix + ",360823,2024-01-01,2027-01-01,后进,2\n";
        JsonNode job = runImport("organizations", orgs.getBytes(StandardCharsets.UTF_8), false);
        assertEquals("SUCCEEDED", job.get("status").asText(), job.toString());
        assertEquals(2, job.get("inserted").asInt());
        JsonNode branch = api.get("/organizations?jurisdiction=360823&q=导入测试党支部" + suffix).json().at("/items/0");
        assertEquals("NON_PUBLIC_ENTERPRISE", branch.get("field").asText());
        assertTrue(branch.hasNonNull("parentId"), "the parent named in the file was linked");

        String idCard = api.get("/members/" + api.get("/members?jurisdiction=360823&size=1").json().at("/items/0/id").asLong()).json()
                .get("idCardNumber").asText();
        String cadres = "身份证号,单位,行政区划代码,职务,级别,正副职,任职开始,任职结束\n" + idCard + ",峡江县财政局,360823,局长,正科,正职,2019-03-01,\n"
                + "110101199001011234,峡江县财政局,360823,副局长,副科,副职,2020-03-01,\n";
        JsonNode bad = runImport("cadres", cadres.getBytes(StandardCharsets.UTF_8), false);
        assertEquals("REJECTED", bad.get("status").asText());
        assertEquals(3, bad.at("/errors/0/row").asInt(), bad.toString());
        String good = cadres.substring(0, cadres.lastIndexOf("110101"));
        assertEquals(1, runImport("cadres", good.getBytes(StandardCharsets.UTF_8), false).get("inserted").asInt());
        assertEquals(1, runImport("cadres", good.getBytes(StandardCharsets.UTF_8), false).get("updated").asInt());
    }

    @Test
    void unreadableFilesAndParametersAreClearErrors() {
        assertEquals("FAILED", runImport("members", new byte[]{'P', 'K', 3, 4, 1, 2, 3}, true).get("status").asText());
        assertProblem(upload("/api/v1/imports?kind=people", "a,b\n".getBytes(StandardCharsets.UTF_8), "text/csv"), 400);
        assertProblem(upload("/api/v1/imports?kind=members", new byte[0], "text/csv"), 400);
        assertProblem(api.get("/imports/no-such-job"), 404);
    }

    @Test
    void theLargestImportFileIsConfigurationAndABiggerOneIsRefusedNamingTheFile() {
        // 1.5 MB of rows that name no organization: what matters is whether the upload is taken, not the rows
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        while (csv.length() < 1_500_000) {
            csv.append("超限党员,男,1990-01-01,高中,,,X1,999999,无此组织,正式党员,,,,,,否\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        server.setProperty("org.jiceng.bulk", "maxImportFileBytes", Integer.toString(1024 * 1024));
        try {
            Api.Reply refused = uploadUntil(400, file);
            JsonNode problem = assertProblem(refused, 400);
            assertEquals("file", problem.at("/errors/0/field").asText(), problem.toString());
            assertTrue(problem.at("/errors/0/reason").asText().contains("larger than 1 MB"), problem.toString());
        } finally {
            server.setProperty("org.jiceng.bulk", "maxImportFileBytes", Long.toString(64L * 1024 * 1024));
        }
        // the default again: the same file is taken, and its rows are checked (and refused: no such organization)
        Api.Reply taken = uploadUntil(202, file);
        assertEquals(202, taken.status(), taken.toString());
        JsonNode job = finished(api, taken.json().get("id").asText());
        assertEquals("REJECTED", job.get("status").asText(), job.toString());
    }

    /** A members CSV uploaded as a dry run until it is answered {@code status}: a configuration change takes a moment. */
    private static Api.Reply uploadUntil(int status, byte[] file) {
        Api.Reply reply = upload("/api/v1/imports?kind=members&dryRun=true", file, "text/csv");
        for (int attempt = 1; attempt < 50 && reply.status() != status; attempt++) {
            JicengServer.sleep(100);
            reply = upload("/api/v1/imports?kind=members&dryRun=true", file, "text/csv");
        }
        return reply;
    }

    /**
     * An operator imports into its own county only: a row in another county is reported exactly like
     * a row naming a county that does not exist, the whole file is refused, and the administrator's
     * dry run of the same file shows the row itself is good — the refusal is the scope's.
     */
    @Test
    void anOperatorImportsIntoItsOwnJurisdictionsOnly() {
        Api operator = api.as("xiajiang-operator");
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String header = "name,type,field,jurisdictionCode,parent,parentJurisdictionCode,termStart,termEnd,status,starRating\n";
        String own = "峡江导入党支部" + suffix + ",党支部,机关,360823,,,2024-01-01,2029-01-01,正常,3\n";
        String foreign = "兴宁导入党支部" + suffix + ",党支部,机关,441481,,,2024-01-01,2029-01-01,正常,3\n";
        String missing = "无处导入党支部" + suffix + ",党支部,机关,999999,,,2024-01-01,2029-01-01,正常,3\n";
        byte[] mixed = (header + own + foreign + missing).getBytes(StandardCharsets.UTF_8);

        JsonNode refused = runImportWith(operator, server, "organizations", mixed, false);
        assertEquals("REJECTED", refused.get("status").asText(), refused.toString());
        assertEquals(2, refused.get("errorCount").asInt(), refused.toString());
        assertEquals(List.of("3 jurisdictionCode no jurisdiction '441481'", "4 jurisdictionCode no jurisdiction '999999'"), rowErrors(refused));
        assertEquals(0, api.get("/organizations?q=" + suffix).json().get("total").asInt(), "nothing of a refused file is written");

        JsonNode adminDryRun = runImportWith(api, server, "organizations", (header + own + foreign).getBytes(StandardCharsets.UTF_8), true);
        assertEquals(List.of(), rowErrors(adminDryRun), "the foreign row itself is good: " + adminDryRun);

        JsonNode imported = runImportWith(operator, server, "organizations", (header + own).getBytes(StandardCharsets.UTF_8), false);
        assertEquals("SUCCEEDED", imported.get("status").asText(), imported.toString());
        assertEquals("xiajiang-operator", imported.get("startedBy").asText());

        // A member row whose ID card finds a member of another county would update that member: refused.
        JsonNode other = api.get("/members/" + api.get("/members?jurisdiction=441481&size=1").json().at("/items/0/id").asLong()).json();
        String member = String.join(",", HEADER) + "\n" + String.join(",", other.get("name").asText(), "男", other.get("birthDate").asText(), "高中",
                other.get("idCardNumber").asText(), "", "", "360823", "峡江导入党支部" + suffix, "入党申请人", other.get("birthDate").asText(), "", "", "",
                "", "否") + "\n";
        JsonNode takeover = runImportWith(operator, server, "members", member.getBytes(StandardCharsets.UTF_8), false);
        assertEquals("REJECTED", takeover.get("status").asText(), takeover.toString());
        assertTrue(
                rowErrors(takeover).contains("2 idCardNumber belongs to a member of another jurisdiction; a relation transfer moves members between "
                        + "jurisdictions"),
                takeover.toString());
        assertEquals(other.get("version").asLong(), api.get("/members/" + other.get("id").asLong()).json().get("version").asLong());

        // Jobs are the starter's: the operator sees its own, not the administrator's.
        JsonNode jobs = operator.get("/imports").json();
        assertTrue(jobs.size() >= 3, jobs.toString());
        jobs.forEach(j -> assertEquals("xiajiang-operator", j.get("startedBy").asText(), j.toString()));
        assertProblem(operator.get("/imports/" + adminDryRun.get("id").asText()), 404);
    }

    private static List<String> rowErrors(JsonNode job) {
        List<String> errors = new java.util.ArrayList<>();
        job.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asText() + " " + e.get("reason").asText()));
        return errors;
    }

    @Test
    void anImportNamesTheAccountThatStartedIt() {
        byte[] header = "name,type\n".getBytes(StandardCharsets.UTF_8);
        JsonNode someoneElse = assertProblem(upload("/api/v1/imports?kind=organizations&dryRun=true&recordedBy=xiajiang-viewer", header, "text/csv"),
                400);
        assertTrue(someoneElse.toString().contains("recordedBy"), someoneElse.toString());
        JsonNode job = runImport("organizations", header, true);
        assertEquals(JicengServer.ADMIN, job.get("startedBy").asText(), job.toString());
    }

    @Test
    void exportsListsAndRecordsAsXlsxWithMaskedNumbers() throws IOException {
        HttpResponse<byte[]> members = server.download("/api/v1/exports/members.xlsx?jurisdiction=130531&status=ACTIVE");
        assertEquals(200, members.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(members.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(0).getStringCellValue());
            long total = api.get("/members?jurisdiction=130531&status=ACTIVE&size=1").json().get("total").asLong();
            assertTrue(total > 500, "more members than a page of the service (500): the export follows the pages' cursors; " + total);
            assertEquals(total, sheet.getLastRowNum());
            assertTrue(sheet.getRow(1).getCell(4).getStringCellValue().contains("********"), "ID card masked");
        }
        long memberId = api.get("/members?jurisdiction=130531&stage=FULL&size=1").json().at("/items/0/id").asLong();
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(server.download("/api/v1/exports/members/" + memberId + "/record.xlsx").body()))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals(4, book.getSheetAt(1).getLastRowNum(), "four development steps of a full member");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(server.download("/api/v1/exports/organizations.xlsx?jurisdiction=110113").body()))) {
            assertTrue(book.getSheetAt(0).getLastRowNum() > 30);
        }
    }

    @Test
    void anyListIsAnXlsxWithFormatXlsx() throws IOException {
        HttpResponse<byte[]> file = server.download("/api/v1/assignments?jurisdiction=130531&size=500&format=xlsx");
        assertEquals(200, file.statusCode());
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertTrue(header.containsAll(List.of("memberId", "role", "target", "startDate")), header.toString());
            assertEquals(api.get("/assignments?jurisdiction=130531&size=500").json().get("items").size(), sheet.getLastRowNum());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(server.download("/api/v1/members?jurisdiction=110113&format=xlsx").body()))) {
            int idColumn = -1;
            for (int c = 0; c < book.getSheetAt(0).getRow(0).getLastCellNum(); c++) {
                if ("idCardNumber".equals(book.getSheetAt(0).getRow(0).getCell(c).getStringCellValue())) {
                    idColumn = c;
                }
            }
            assertTrue(book.getSheetAt(0).getRow(1).getCell(idColumn).getStringCellValue().contains("****"), "masked as in the list");
        }
    }

    @Test
    void theShellImportsAFile() throws IOException {
        Path file = server.home.resolve("data/tmp/orgs.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "名称,类型,领域,行政区划代码\n壳导入党支部,党支部,社会组织,999999\n");
        String out = server.shell("jiceng:import --kind organizations --dry-run " + file);
        assertTrue(out.contains("REJECTED") && out.contains("row 2") && out.contains("jurisdictionCode"), out);
    }

    private static JsonNode runImport(String kind, byte[] content, boolean dryRun) {
        return runImportWith(api, server, kind, content, dryRun);
    }

    /** Uploads a file and polls its job until it finishes. */
    static JsonNode runImportWith(Api api, JicengServer server, String kind, byte[] content, boolean dryRun) {
        Api.Reply started = upload(api, server, "/api/v1/imports?kind=" + kind + "&dryRun=" + dryRun + "&fileName=test", content,
                content.length > 1 && content[0] == 'P' ? XLSX : "text/csv");
        assertEquals(202, started.status(), started.toString());
        return finished(api, started.json().get("id").asText());
    }

    /** The import job once it no longer runs (30 minutes at most). */
    static JsonNode finished(Api api, String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = api.get("/imports/" + id).json();
            if (!"RUNNING".equals(job.get("status").asText())) {
                return job;
            }
            JicengServer.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private static Api.Reply upload(String path, byte[] content, String type) {
        return upload(api, server, path, content, type);
    }

    private static Api.Reply upload(Api api, JicengServer server, String path, byte[] content, String type) {
        return api.raw(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    static byte[] xlsx(List<String[]> rows) throws IOException {
        return xlsx(rows.size(), rows::get);
    }

    /** A workbook of {@code count} rows made one at a time, so a file of a million rows never is a list in memory. */
    static byte[] xlsx(int count, java.util.function.IntFunction<String[]> rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(1000); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("党员");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < count; r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.apply(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    /** A well-formed resident ID number with the GB 11643 check digit. */
    static String idCard(String region, LocalDate birth, int sequence) {
        String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        body = body.substring(0, 14) + String.format("%03d", sequence % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
