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
 * 顺义's accountability for Party-building duty (党建工作责任追究): installed at runtime and enabled for
 * 顺义 only; the demo enters the catalogue of 10 classes and 44 behaviours and a year of cases through
 * the module's services and the problems engine. Then this test opens a case of its own against a
 * problem it reports, checks each refusal by its rule or field, decides it, and reads the statistics
 * over REST, SOAP and the workbook; every record is kept over an uninstall and reinstall. Other
 * districts get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShunyiAccountabilityIT {
    private static final String MODULE = "shunyi-accountability";
    private static final String DISTRICT = "110113";
    private static final String BASE = "/jurisdictions/" + DISTRICT + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/shunyi-accountability";

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static long mine;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor顺义Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, DISTRICT, "党建工作责任追究", "/figures");
        ModuleInstall.refusedIn(api, MODULE, "/cases", "441481", "430581");
        township = ModuleInstall.firstTownship(api, DISTRICT);
    }

    @Test
    @Order(2)
    void demoHasTheTenClassesAndFortyFourBehavioursAndAYearOfCases() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures").json();
            if (f.at("/total/cases").asLong() >= 12 && f.at("/total/open").asLong() == 1 && f.get("catalogueBehaviours").asLong() == 44) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("顺义 accountability: " + f.get("total"));
        assertEquals(10, f.get("catalogueClasses").asLong(), "10大类");
        assertEquals(44, f.get("catalogueBehaviours").asLong(), "44项");
        JsonNode t = f.get("total");
        assertEquals(12, t.get("cases").asLong(), t.toString());
        assertEquals(10, t.get("decided").asLong());
        assertEquals(1, t.get("dismissed").asLong());
        assertEquals(9, t.get("linkedToProblem").asLong());
        assertEquals(5, t.at("/penalties/ADMONISHMENT_TALK").asLong());
        assertEquals(2, t.at("/penalties/SUSPENSION_FOR_REVIEW").asLong());
        assertEquals(1, t.at("/penalties/DISMISSAL").asLong());
        assertEquals(10, f.get("classes").size(), "a row per class of the catalogue, with cases or not");
        long perUnit = 0;
        for (JsonNode u : f.get("units")) {
            perUnit += u.get("cases").asLong();
        }
        assertEquals(12, perUnit, "the units add up");

        JsonNode catalogue = api.get(BASE + "/catalogue").json();
        assertEquals("党的领导弱化", catalogue.at("/0/name").asText(), catalogue.toString());
        assertEquals("01-01", catalogue.at("/0/behaviours/0/code").asText());
        assertEquals(catalogue, api.get("/jurisdictions/" + township + "/" + MODULE + "/catalogue").json(),
                "a township reads its county's catalogue");

        server.waitFor("/services/AccountabilityService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("AccountabilityService", NS,
                "<t:getFigures><t:jurisdictionCode>" + DISTRICT + "</t:jurisdictionCode></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("catalogueBehaviours>44</") && soap.body().contains("catalogueClasses>10</"), soap.body());
    }

    @Test
    @Order(3)
    void aCaseIsClassifiedLinkedToItsProblemAndDecidedOnce() {
        String today = LocalDate.now().toString();
        assertEquals("catalogue-kept-by-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/catalogue/classes",
                Api.object().put("code", "11").put("name", "测试"))));
        assertEquals("catalogue-code-taken", refusedByRule(api.post(BASE + "/catalogue/classes", Api.object().put("code", "01").put("name", "重复"))));
        assertEquals("code", refusedField(api.post(BASE + "/catalogue/behaviours", Api.object().put("classCode", "03").put("code", "04-09")
                .put("description", "测试"))));

        Api.Reply problem = api.post("/problems",
                Api.object().put("source", "SUPERVISION").put("subjectType", "JURISDICTION").put("subjectId", township)
                        .put("jurisdictionCode", township).put("category", "党建工作督查").put("severity", "MEDIUM").put("description", "追究测试: 组织生活会走过场")
                        .put("foundBy", "区委组织部督查组").put("foundOn", today).put("deadline", LocalDate.now().plusDays(30).toString()));
        assertEquals(201, problem.status(), problem.toString());
        long problemId = problem.json().get("id").asLong();
        ObjectNode open = Api.object().put("jurisdictionCode", township).put("responsibility", "TEAM_PRINCIPAL").put("personName", "追究测试人")
                .put("unit", "追究测试镇党委").put("behaviourCode", "02-02").put("problemId", problemId).put("facts", "民主生活会未开展批评与自我批评。")
                .put("openedOn", today);
        assertEquals("behaviour-not-in-catalogue", refusedByRule(api.post(BASE + "/cases", open.deepCopy().put("behaviourCode", "99-01"))));
        long foreignProblem = api.get("/problems?jurisdiction=441481&size=1").json().at("/items/0/id").asLong();
        assertEquals(404, api.post(BASE + "/cases", open.deepCopy().put("problemId", foreignProblem)).status(), "another county's problem is none");
        Api.Reply opened = api.post(BASE + "/cases", open);
        assertEquals(201, opened.status(), opened.toString());
        mine = opened.json().get("id").asLong();
        assertEquals("党内政治生活不正常", opened.json().at("/behaviour/className").asText(), opened.toString());
        assertEquals("OPEN", opened.json().get("state").asText());
        long v = opened.json().get("version").asLong();

        String decision = BASE + "/cases/" + mine + "/decision";
        assertEquals("note", refusedField(api.put(decision, Api.object().put("state", "DISMISSED").put("decidedOn", today).put("version", v))));
        assertEquals("penalty", refusedField(api.put(decision, Api.object().put("state", "DECIDED").put("decidedOn", today).put("version", v))));
        assertProblem(
                api.put(decision, Api.object().put("state", "DECIDED").put("penalty", "DEMOTION").put("decidedOn", today).put("version", v + 2)),
                409);
        JsonNode decided = api
                .put(decision, Api.object().put("state", "DECIDED").put("penalty", "DEMOTION").put("decidedOn", today).put("version", v))
                .json();
        assertEquals("降职", decided.get("penaltyZh").asText(), decided.toString());
        assertEquals("admin", decided.get("decidedBy").asText());
        assertEquals("case-already-decided", refusedByRule(api.put(decision, Api.object().put("state", "DECIDED").put("penalty", "DISMISSAL")
                .put("decidedOn", today).put("version", decided.get("version").asLong()))));

        assertTrue(api.get(BASE + "/cases?problemId=" + problemId).body().contains("\"id\":" + mine + ","), "found by its problem");
        assertEquals(1, api.get(BASE + "/figures").json().at("/total/penalties/DEMOTION").asLong());
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/cases/" + mine).status(), "峡江 sees no 顺义 case");
        Api.Reply pdf = api.get(BASE + "/documents/cases/" + mine);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    @Order(4)
    void theStatisticsWorkbookHasARowPerClass() throws IOException {
        HttpResponse<byte[]> file = api.download(BASE + "/documents/figures.xlsx");
        assertEquals(200, file.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            int classRows = 0;
            for (var sheet : book) {
                for (var row : sheet) {
                    var name = row.getCell(1);
                    classRows += name != null && name.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && api.get(BASE + "/catalogue").body().contains("\"name\":\"" + name.getStringCellValue() + "\"") ? 1 : 0;
                }
            }
            assertEquals(10, classRows, "each class of the catalogue once");
        }
    }

    @Test
    @Order(5)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/cases/" + mine).body();
        String catalogue = api.get(BASE + "/catalogue").body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-shunyi", BASE, "/figures", "/cases/" + mine);
        assertEquals(before, api.get(BASE + "/cases/" + mine).body());
        assertEquals(catalogue, api.get(BASE + "/catalogue").body());
    }

}
