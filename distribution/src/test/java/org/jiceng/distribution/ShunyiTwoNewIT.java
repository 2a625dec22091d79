package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.jiceng.distribution.CoreRegistryIT.refusedByRule;
import static org.jiceng.distribution.CoreRegistryIT.refusedField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 顺义's two-new organization ledger (两新组织台账): installed at runtime and enabled for 顺义 only; the
 * demo enters the seed's units through the module's services, and the figures read back over REST,
 * SOAP and the workbook are the seed's (2,891 enterprises, 452 organizations, 87.6 %; 358 social
 * organizations, 71, 68.9 %). Then this test opens sheets of its own, checking every refusal by its
 * rule or field, keeps them up to date and closes one; enters, posts and withdraws reserve talents;
 * and finds every record after an uninstall and reinstall. Other districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiTwoNewIT {
    private static final String MODULE = "shunyi-two-new";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-two-new";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static JicengServer server;
    private static Api api;
    private static String township;
    /** A branch of a non-public enterprise made by this test in the registry, and a joint branch. */
    private static long branch;
    private static long jointBranch;
    private static long sheet;
    private static long talent;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "两新组织台账", "/figures");
        ModuleInstall.refusedIn(api, MODULE, "/figures", "441481", "430581");
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        assertTrue(paths.has("/jurisdictions/{code}/" + MODULE + "/sheets/{sheetId}/closure"), "the module's operations are documented");
        assertTrue(paths.has("/jurisdictions/{code}/" + MODULE + "/talents/{talentId}/posting"));
    }

    @Test
    @Order(2)
    void demoReproducesTheSeedsFigures() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures").json();
            JsonNode t = f.get("talents");
            if (f.at("/enterprises/units").asLong() == 2891 && f.at("/socialOrganizations/units").asLong() == 358
                    && t.get("inReserve").asLong() + t.get("posted").asLong() + t.get("withdrawn").asLong() == 120) {
                break;
            }
            JicengServer.sleep(1000);
        }
        System.out.println("顺义 two-new ledger: " + f.get("enterprises") + " " + f.get("socialOrganizations") + " " + f.get("talents"));
        JsonNode e = f.get("enterprises");
        assertEquals(2891, e.get("units").asLong(), "非公企业2891家: " + e);
        assertEquals(452, e.get("organizations").asLong(), "建立党组织452个");
        assertEquals("87.6", e.get("coveragePercent").asText(), "党组织覆盖率87.6%");
        assertEquals(474, e.get("withoutMembers").asLong(), "无党员非公企业474家");
        assertEquals(986, e.get("fewerThanThreeMembers").asLong(), "党员不足3人的非公企业近1000家");
        assertEquals(2533, e.get("covered").asLong());
        assertEquals(300, e.get("coveredByOwn").asLong());
        JsonNode s = f.get("socialOrganizations");
        assertEquals(358, s.get("units").asLong(), "社会组织358家");
        assertEquals(71, s.get("organizations").asLong(), "建立党组织71个");
        assertEquals("68.9", s.get("coveragePercent").asText(), "覆盖率68.9%");
        long units = 0;
        long organizations = 0;
        for (JsonNode row : f.get("townships")) {
            assertTrue(row.get("jurisdictionCode").asText().startsWith(DISTRICT) && row.get("jurisdictionCode").asText().length() == 9,
                    row.toString());
            units += row.get("units").asLong();
            organizations += row.get("organizations").asLong();
        }
        assertEquals(2891 + 358, units, "the townships add up to the district");
        assertEquals(452 + 71, organizations, "an organization covers units of one township");
        JsonNode t = f.get("talents");
        assertEquals(30, t.get("posted").asLong(), t.toString());
        assertEquals(6, t.get("withdrawn").asLong(), t.toString());
        assertEquals(84, t.get("inReserve").asLong(), t.toString());
        assertTrue(Double.parseDouble(t.get("averageAge").asText()) > 25, t.toString());

        // the ledger's covering organizations are the core's
        long anOrganization = api.get(BASE + "/sheets?coverage=JOINT&size=1").json().at("/items/0/organizationId").asLong();
        assertEquals("JOINT_BRANCH", api.get("/organizations/" + anOrganization).json().get("type").asText());
        JsonNode masked = api.get(BASE + "/sheets?size=1").json().at("/items/0");
        assertTrue(masked.get("contactPhone").asText().contains("****"), "contacts masked in lists: " + masked);
        assertFalse(api.get(BASE + "/sheets/" + masked.get("id").asLong()).json().get("contactPhone").asText().contains("*"), "in full one by one");

        Api.Reply soap = api.soap("TwoNewLedgerService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        // the answer's elements are qualified (ns2:units): matched without their prefix
        String enterprisesXml = soap.body().replaceAll(".*<(\\w+:)?enterprises>(.*?)</(\\w+:)?enterprises>.*", "$2");
        String socialXml = soap.body().replaceAll(".*<(\\w+:)?socialOrganizations>(.*?)</(\\w+:)?socialOrganizations>.*", "$2");
        for (String field : new String[]{"units>2891</", "organizations>452</", "coveragePercent>87.6</"}) {
            assertTrue(enterprisesXml.contains(field), field + " among the enterprises over SOAP: " + enterprisesXml);
        }
        for (String field : new String[]{"units>358</", "organizations>71</", "coveragePercent>68.9</"}) {
            assertTrue(socialXml.contains(field), field + " among the social organizations over SOAP: " + socialXml);
        }
        Api.Reply uncovered = api.soap("TwoNewLedgerService", NS,
                "<t:listUncovered><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode><t:kind>SOCIAL_ORGANIZATION</t:kind></t:listUncovered>");
        assertEquals(200, uncovered.status(), uncovered.toString());
        assertEquals(111, uncovered.body().split("coverage>NONE</", -1).length - 1, "111 social organizations not covered");
        Api.Reply refused = api.soap("TwoNewLedgerService", NS, "<t:getFigures><t:jurisdictionCode>441481</t:jurisdictionCode></t:getFigures>");
        assertEquals(500, refused.status(), refused.toString());
        assertTrue(refused.body().contains("441481"), refused.toString());
    }

    @Test
    @Order(3)
    void theLedgersWorkbookHasASheetPerKindWithCountsAsNumbers() throws IOException {
        HttpResponse<byte[]> file = api.download(BASE + "/documents/ledger.xlsx");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            DataFormatter text = new DataFormatter();
            int enterprises = 0;
            int social = 0;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    String code = row.getCell(0) == null ? "" : text.formatCellValue(row.getCell(0));
                    if (code.length() == 18 && (code.startsWith("91") || code.startsWith("51"))) {
                        assertEquals(CellType.STRING, row.getCell(0).getCellType(), "a credit code stays text: " + code);
                        assertEquals(CellType.NUMERIC, row.getCell(6).getCellType(), "members are a number");
                        assertTrue(text.formatCellValue(row.getCell(11)).isEmpty() || text.formatCellValue(row.getCell(11)).contains("****"),
                                "phones masked in the workbook");
                        enterprises += code.startsWith("91") ? 1 : 0;
                        social += code.startsWith("51") ? 1 : 0;
                    }
                }
            }
            assertEquals(2891, enterprises, "every open enterprise sheet");
            assertEquals(358, social, "every open social organization sheet");
        }
    }

    @Test
    @Order(4)
    void aSheetIsRefusedByTheRuleItBreaks() {
        township = ModuleInstall.firstTownship(api, DISTRICT);
        branch = organization("顺义区两新测试科技有限公司党支部", "BRANCH");
        jointBranch = organization("顺义区两新测试联合党支部", "JOINT_BRANCH");
        String code = creditCode("91110113MA01NEWT1");

        assertEquals("own-organization-needs-three-members",
                refusedByRule(api.post(BASE + "/sheets", sheet(code, "ENTERPRISE", "OWN", branch, 2, 20))));
        assertEquals("organization-field-mismatch",
                refusedByRule(api.post(BASE + "/sheets", sheet(code, "SOCIAL_ORGANIZATION", "OWN", branch, 5, 20))));
        assertEquals("coverage-organization-type", refusedByRule(api.post(BASE + "/sheets", sheet(code, "ENTERPRISE", "JOINT", branch, 1, 20))));
        assertEquals("creditCode",
                refusedField(api.post(BASE + "/sheets", sheet(code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"), "ENTERPRISE",
                        "OWN", branch, 5, 20))));
        assertEquals("partyMembers", refusedField(api.post(BASE + "/sheets", sheet(code, "ENTERPRISE", "OWN", branch, 5, 4))));
        assertEquals("organizationId", refusedField(api.post(BASE + "/sheets", sheet(code, "ENTERPRISE", "NONE", branch, 0, 4))));

        Api.Reply created = api.post(BASE + "/sheets", sheet(code, "ENTERPRISE", "OWN", branch, 5, 20));
        assertEquals(201, created.status(), created.toString());
        sheet = created.json().get("id").asLong();
        assertEquals(township, created.json().get("townshipCode").asText());
        assertEquals("顺义区两新测试科技有限公司党支部", created.json().get("organizationName").asText());
        assertEquals("admin", created.json().get("updatedBy").asText(), "who did it is the login");

        String other = creditCode("91110113MA01NEWT2");
        assertEquals("own-organization-taken", refusedByRule(api.post(BASE + "/sheets", sheet(other, "ENTERPRISE", "OWN", branch, 5, 20))));
        assertEquals("credit-code-registered", refusedByRule(api.post(BASE + "/sheets", sheet(code, "ENTERPRISE", "NONE", null, 0, 3))));
        assertEquals(201, api.post(BASE + "/sheets", sheet(other, "ENTERPRISE", "JOINT", jointBranch, 0, 3)).status(), "joint without members");

        JsonNode p = assertProblem(api.delete("/organizations/" + branch), 409);
        assertTrue(p.toString().contains("two-new ledger sheet"), "the registry keeps an organization the ledger names: " + p);
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/sheets/" + sheet).status(), "峡江 sees no 顺义 sheet");
    }

    @Test
    @Order(5)
    void aSheetIsKeptUpToDateThenClosed() {
        long version = api.get(BASE + "/sheets/" + sheet).json().get("version").asLong();
        ObjectNode grown = sheet(api.get(BASE + "/sheets/" + sheet).json().get("creditCode").asText(), null, "OWN", branch, 7, 30).put("version",
                version);
        assertProblem(api.put(BASE + "/sheets/" + sheet, grown.deepCopy().put("version", version + 3)), 409);
        JsonNode updated = api.put(BASE + "/sheets/" + sheet, grown).json();
        assertEquals(7, updated.get("partyMembers").asInt(), updated.toString());
        assertEquals(LocalDate.now().toString(), updated.get("updatedOn").asText());
        assertEquals("kind", refusedField(api.put(BASE + "/sheets/" + sheet, grown.deepCopy().put("kind", "SOCIAL_ORGANIZATION")
                .put("version", updated.get("version").asLong()))));

        long before = api.get(BASE + "/figures").json().at("/enterprises/units").asLong();
        ObjectNode closure = Api.object().put("closedOn", LocalDate.now().toString()).put("reason", "企业注销").put("version",
                updated.get("version").asLong());
        JsonNode closed = api.put(BASE + "/sheets/" + sheet + "/closure", closure).json();
        assertEquals("企业注销", closed.get("closedReason").asText(), closed.toString());
        assertEquals(before - 1, api.get(BASE + "/figures").json().at("/enterprises/units").asLong(), "a closed sheet is counted no more");
        assertEquals("sheet-closed",
                refusedByRule(api.put(BASE + "/sheets/" + sheet + "/closure", closure.put("version", closed.get("version").asLong()))));
        assertTrue(api.get(BASE + "/sheets?state=closed&size=50").body().contains("\"id\":" + sheet + ","), "kept in the ledger");

        Api.Reply pdf = api.get(BASE + "/documents/sheets/" + sheet);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf") && pdf.body().startsWith("%PDF"), pdf.contentType());
    }

    @Test
    @Order(6)
    void aTalentIsEnteredPostedOnceAndNotWithdrawnAfter() {
        ObjectNode young = Api.object().put("jurisdictionCode", township).put("name", "两新测试人")
                .put("birthDate", LocalDate.now().minusYears(17).toString())
                .put("education", "BACHELOR").put("source", "STATE_ENTERPRISE").put("unit", "顺鑫控股集团").put("intendedPost", "COMMITTEE_MEMBER")
                .put("enteredOn", LocalDate.now().toString());
        assertEquals("birthDate", refusedField(api.post(BASE + "/talents", young)));
        Api.Reply entered = api.post(BASE + "/talents", young.deepCopy().put("birthDate", "1992-05-01"));
        assertEquals(201, entered.status(), entered.toString());
        talent = entered.json().get("id").asLong();
        assertEquals("RESERVE", entered.json().get("state").asText());
        long version = entered.json().get("version").asLong();

        ObjectNode posting = Api.object().put("villageCode", township).put("postedOn", LocalDate.now().toString()).put("version", version);
        assertEquals("villageCode", refusedField(api.put(BASE + "/talents/" + talent + "/posting", posting)), "a township is no village");
        String village = api.get("/jurisdictions/" + township + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        JsonNode posted = api.put(BASE + "/talents/" + talent + "/posting", posting.put("villageCode", village)).json();
        assertEquals("POSTED", posted.get("state").asText(), posted.toString());
        assertEquals(village, posted.get("postedTo").asText());
        assertEquals("talent-not-in-reserve", refusedByRule(api.put(BASE + "/talents/" + talent + "/withdrawal",
                Api.object().put("reason", "x").put("version", posted.get("version").asLong()))));
        assertTrue(api.get(BASE + "/talents?state=POSTED&size=100&sort=-id").body().contains("\"id\":" + talent + ","));
        assertEquals(404, api.as("xingning-operator").get(BASE + "/talents/" + talent).status());
    }

    @Test
    @Order(7)
    void uninstallAndReinstallKeepEveryRecord() {
        String sheetBefore = api.get(BASE + "/sheets/" + sheet).body();
        String talentBefore = api.get(BASE + "/talents/" + talent).body();
        String figures = api.get(BASE + "/figures").body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/figures", "/sheets/" + sheet);
        assertEquals(sheetBefore, api.get(BASE + "/sheets/" + sheet).body());
        assertEquals(talentBefore, api.get(BASE + "/talents/" + talent).body());
        assertEquals(figures.replaceAll("\"asOf\":\"[^\"]*\"", ""), api.get(BASE + "/figures").body().replaceAll("\"asOf\":\"[^\"]*\"", ""));
    }

    // ---- helpers

    private static ObjectNode sheet(String creditCode, String kind, String coverage, Long organization, int members, int employees) {
        ObjectNode body = Api.object().put("name", "顺义区两新测试科技有限公司").put("creditCode", creditCode).put("jurisdictionCode", township)
                .put("category", "科技").put("employees", employees).put("partyMembers", members).put("coverage", coverage)
                .put("contactName", "张三丰").put("contactPhone", "13812345678");
        if (kind != null) {
            body.put("kind", kind);
        }
        if (organization != null) {
            body.put("organizationId", organization);
        }
        return body;
    }

    /** A Party organization of a non-public enterprise in the township, made in the registry for this test. */
    private static long organization(String name, String type) {
        Api.Reply r = api.post("/organizations", Api.object().put("name", name).put("type", type).put("field", "NON_PUBLIC_ENTERPRISE")
                .put("jurisdictionCode", township));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    /** A code with its check character (GB 32100-2015), so only the rule under test can refuse it. */
    private static String creditCode(String first17) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + chars.charAt(check == 31 ? 0 : check);
    }

}
