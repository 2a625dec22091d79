package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.jiceng.distribution.CoreRegistryIT.refusedByRule;
import static org.jiceng.distribution.CoreRegistryIT.refusedField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 顺义's Party-building innovation case library (党建创新案例库): installed at runtime and enabled for
 * 顺义 only; the demo takes the seed's practices through the library's steps. Then this test takes a
 * case of its own from submission through return, resubmission, admission and promotion to its
 * adoption, checking each refusal by its rule or field, the figures over REST and SOAP, the
 * documents, and every record after an uninstall and reinstall. Other districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiInnovationCasesIT {
    private static final String MODULE = "shunyi-innovation-cases";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-innovation-cases";

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static String otherTownship;
    private static long mine;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "党建创新案例库", "/figures");
        for (String other : new String[]{"441481", "360823"}) {
            JsonNode p = assertProblem(api.get("/jurisdictions/" + other + "/" + MODULE + "/cases"), 404);
            assertTrue(p.get("type").asText().endsWith("/module-not-enabled"), p.toString());
        }
        assertTrue(api.get("/openapi.json").json().get("paths").has("/jurisdictions/{code}/" + MODULE + "/cases/{caseId}/adoptions"));
        JsonNode towns = api.get("/jurisdictions/" + DISTRICT + "/subtree?level=TOWNSHIP&size=50").json().get("items");
        township = towns.get(0).get("code").asText();
        otherTownship = towns.get(1).get("code").asText();
    }

    @Test
    @Order(2)
    void demoTakesTheSeedsPracticesThroughTheLibrary() {
        JsonNode total = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            total = api.get(BASE + "/figures").json().get("total");
            if (total.get("adoptions").asLong() == 11) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("顺义 innovation cases: " + total);
        assertEquals(2, total.get("submitted").asLong(), total.toString());
        assertEquals(2, total.get("returned").asLong());
        assertEquals(8, total.get("admitted").asLong(), "成熟一个,纳入一个");
        assertEquals(5, total.get("promoted").asLong(), "推广一个");
        assertEquals(11, total.get("adoptions").asLong());
        assertEquals(2, total.get("backedByModule").asLong());

        JsonNode ledger = api.get(BASE + "/cases?moduleId=shunyi-two-new&state=PROMOTED&size=10&sort=id").json().at("/items/0");
        JsonNode full = api.get(BASE + "/cases/" + ledger.get("id").asLong()).json();
        assertEquals(3, full.get("adoptions").size(), full.toString());
        Api.Reply twoNew = api.get("/modules/shunyi-two-new");
        boolean installed = twoNew.status() == 200;
        boolean enabled = installed && twoNew.json().get("enabledJurisdictions").toString().contains("\"" + DISTRICT + "\"");
        assertEquals(installed, full.get("moduleInstalled").asBoolean(), "installed here or not, as the registry says: " + full);
        for (JsonNode a : full.get("adoptions")) {
            assertEquals(enabled, a.get("moduleEnabled").asBoolean(), "enabled for the adopter as the registry says: " + a);
        }

        server.waitFor("/services/InnovationCaseService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("InnovationCaseService", NS,
                "<t:listPromoted><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode></t:listPromoted>");
        assertEquals(200, soap.status(), soap.toString());
        assertEquals(5, soap.body().split("state>PROMOTED</", -1).length - 1, "the five promoted cases over SOAP");
        Api.Reply figures = api.soap("InnovationCaseService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode></t:getFigures>");
        assertTrue(figures.body().contains("adoptions>11</"), figures.body());
    }

    @Test
    @Order(3)
    void aCaseIsReturnedUntilMatureThenAdmittedPromotedAndAdopted() {
        String today = LocalDate.now().toString();
        ObjectNode draft = Api.object().put("jurisdictionCode", township).put("unit", "案例测试镇党委").put("title", "案例测试: 党员积分管理")
                .put("area", "ORGANIZATION_BUILDING").put("dissection", "党员作用发挥难以衡量;按月积分。").put("problem", "党员作用发挥不明显")
                .put("moduleId", MODULE).put("submittedOn", today);
        assertEquals("moduleId", refusedField(api.post(BASE + "/cases", draft.deepCopy().put("moduleId", "Bad_Module"))));
        assertEquals("jurisdictionCode", refusedField(api.post(BASE + "/cases", draft.deepCopy().put("jurisdictionCode", "441481"))));
        Api.Reply submitted = api.post(BASE + "/cases", draft);
        assertEquals(201, submitted.status(), submitted.toString());
        mine = submitted.json().get("id").asLong();
        assertEquals("SUBMITTED", submitted.json().get("state").asText());
        assertEquals("admin", submitted.json().get("submittedBy").asText());
        String path = BASE + "/cases/" + mine;
        long v = submitted.json().get("version").asLong();

        assertEquals("library-kept-by-district", refusedByRule(api.put("/jurisdictions/" + township + "/" + MODULE + "/cases/" + mine + "/review",
                review("ADMIT", null, v))));
        assertEquals("case-not-mature", refusedByRule(api.put(path + "/review", review("ADMIT", null, v))));
        assertEquals("opinion", refusedField(api.put(path + "/review", review("RETURN", null, v))));
        JsonNode returned = api.put(path + "/review", review("RETURN", "请补充形成的机制", v)).json();
        assertEquals("RETURNED", returned.get("state").asText(), returned.toString());
        assertEquals("case-not-admitted", refusedByRule(api.put(path + "/promotion", promotion(returned.get("version").asLong()))));

        ObjectNode matured = draft.deepCopy().put("mechanism", "月积分、季公示、年评议").put("version", returned.get("version").asLong());
        assertProblem(api.put(path, matured.deepCopy().put("version", returned.get("version").asLong() + 5)), 409);
        JsonNode resubmitted = api.put(path, matured).json();
        assertEquals("SUBMITTED", resubmitted.get("state").asText(), "edited, a returned case is resubmitted: " + resubmitted);
        JsonNode admitted = api.put(path + "/review", review("ADMIT", "经验成熟", resubmitted.get("version").asLong())).json();
        assertEquals("ADMITTED", admitted.get("state").asText(), admitted.toString());
        assertEquals("case-locked", refusedByRule(api.put(path, matured.deepCopy().put("version", admitted.get("version").asLong()))));
        assertEquals("case-not-promoted", refusedByRule(api.post(path + "/adoptions", adoption(otherTownship, "后测试镇党委"))));
        JsonNode promoted = api.put(path + "/promotion", promotion(admitted.get("version").asLong())).json();
        assertEquals("PROMOTED", promoted.get("state").asText(), promoted.toString());

        assertEquals("case-own-unit", refusedByRule(api.post(path + "/adoptions", adoption(township, "案例测试镇党委"))));
        Api.Reply adopted = api.post(path + "/adoptions", adoption(otherTownship, "后测试镇党委"));
        assertEquals(201, adopted.status(), adopted.toString());
        assertTrue(adopted.json().get("moduleEnabled").asBoolean(), "the case's module is enabled for the adopter (through 顺义): " + adopted);
        assertEquals("case-already-adopted", refusedByRule(api.post(path + "/adoptions", adoption(otherTownship, "后测试镇党委"))));
        assertEquals(1, api.get(path).json().get("adoptionCount").asLong());
        assertEquals(404, api.as("xiajiang-operator").get(path).status(), "峡江 sees no 顺义 case");

        Api.Reply pdf = api.get(BASE + "/documents/cases/" + mine);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"), pdf.contentType());
    }

    @Test
    @Order(4)
    void theLibraryWorkbookListsAdmittedAndPromotedCases() throws IOException {
        HttpResponse<byte[]> file = api.download(BASE + "/documents/library.xlsx");
        assertEquals(200, file.statusCode());
        long admitted = api.get(BASE + "/figures").json().at("/total/admitted").asLong();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            int rows = 0;
            for (var row : book.getSheetAt(0)) {
                var first = row.getCell(1);
                rows += first != null && row.getRowNum() > 0 && row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? 1 : 0;
            }
            assertEquals(admitted, rows, "every admitted and promoted case, numbered");
        }
    }

    @Test
    @Order(5)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/cases/" + mine).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/figures", "/cases/" + mine);
        assertEquals(before.replaceAll("\"moduleEnabled\":\\w+", ""),
                api.get(BASE + "/cases/" + mine).body().replaceAll("\"moduleEnabled\":\\w+", ""));
    }

    private static ObjectNode review(String decision, String opinion, long version) {
        ObjectNode r = Api.object().put("decision", decision).put("reviewedOn", LocalDate.now().toString()).put("version", version);
        return opinion == null ? r : r.put("opinion", opinion);
    }

    private static ObjectNode promotion(long version) {
        return Api.object().put("promotedOn", LocalDate.now().toString()).put("note", "全区推广").put("version", version);
    }

    private static ObjectNode adoption(String code, String unit) {
        return Api.object().put("jurisdictionCode", code).put("unit", unit).put("adoptedOn", LocalDate.now().toString()).put("result", "试行");
    }

}
