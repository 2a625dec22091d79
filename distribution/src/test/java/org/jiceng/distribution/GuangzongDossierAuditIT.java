package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 广宗's rural member dossier audit and villages without development: installed at runtime and
 * enabled for 广宗 only; the demo's closed campaign (every rural member under 60 the registry has,
 * audited, findings fixed and re-audited) and its clearing list (the seed's 42 villages, 40 cleared
 * with 46 members, scaled to what the registry detects) read back over REST and SOAP and checked
 * against the core; then, on a campaign of this test with an age limit of 22 (so its scope is a
 * handful) and members it creates: every rule refused with its name, an audit with findings, fixes,
 * the re-audit, figures, the ledger as XLSX and the closing; a village this test lists with a
 * threshold of one year, cleared by an admission recorded through the core's development events.
 * Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuangzongDossierAuditIT {
    private static final String MODULE = "guangzong-dossier-audit";
    private static final String COUNTY = "130531";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/guangzong-dossier-audit";
    private static final LocalDate TODAY = LocalDate.now();
    private static final int AGE_LIMIT = 22;

    private static JicengServer server;
    private static Api api;
    private static Api operator;
    private static long campaign;
    private static long young;
    private static long youngDossier;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
        operator = api.as("guangzong-operator");
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor广宗Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "农村党员档案专审", "/campaigns");
        ModuleInstall.refusedIn(api, MODULE, "/campaigns", "441481", "430581");
    }

    @Test
    @Order(2)
    void theDemoAuditsEveryRuralMemberUnder60AndClearsTheVillages() {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (server.logLines("Demo data of module " + MODULE + " completed").isEmpty()) {
            assertTrue(server.logLines("Demo data of module " + MODULE + " failed").isEmpty(), "the demo failed: see karaf.log");
            assertTrue(System.nanoTime() < deadline, "the demo data did not finish");
            JicengServer.sleep(1000);
        }
        JsonNode demo = api.get(BASE + "/campaigns?status=CLOSED").json().at("/items/0");
        assertEquals("广宗县农村党员档案专项审核", demo.get("title").asText(), demo.toString());
        assertEquals(60, demo.get("ageLimit").asInt());
        long id = demo.get("id").asLong();
        JsonNode f = api.get(BASE + "/campaigns/" + id + "/figures").json();
        System.out.println("广宗 dossier audit: " + f);
        JsonNode t = f.get("total");
        long inScope = t.get("inScope").asLong();
        assertTrue(inScope > 100, "every rural member under 60 of the demo registry (the seed's 4,390 are the county's): " + t);
        assertEquals(inScope, t.get("audited").asLong());
        assertTrue(t.get("withFindings").asLong() > 0 && t.get("withFindings").asLong() < inScope / 3, t.toString());
        assertEquals(t.get("withFindings").asLong(), t.get("fixed").asLong(), "every finding fixed and re-audited");
        assertEquals(t.get("findings").asLong(), t.get("findingsFixed").asLong());
        long perTown = 0;
        for (JsonNode town : f.get("byTownship")) {
            perTown += town.get("inScope").asLong();
        }
        assertEquals(inScope, perTown);
        long perCriterion = 0;
        for (JsonNode c : f.get("byCriterion")) {
            perCriterion += c.get("findings").asLong();
        }
        assertEquals(t.get("findings").asLong(), perCriterion);
        // the scope is computed: rural members of villages, under 60 on the first day
        LocalDate startsOn = LocalDate.parse(demo.get("startsOn").asText());
        JsonNode dossiers = api.get(BASE + "/dossiers?campaignId=" + id + "&size=500").json();
        assertEquals(inScope, dossiers.get("total").asLong());
        Set<Long> members = new HashSet<>();
        for (JsonNode d : dossiers.get("items")) {
            assertTrue(LocalDate.parse(d.get("birthDate").asText()).plusYears(60).isAfter(startsOn), d.toString());
            assertEquals(12, d.get("jurisdictionCode").asText().length(), "a village's: " + d);
            assertEquals("PASSED", d.get("status").asText());
            members.add(d.get("memberId").asLong());
        }
        JsonNode rural = api.get("/organizations?jurisdiction=" + COUNTY + "&field=RURAL&size=500").json();
        int checked = 0;
        for (JsonNode o : rural.get("items")) {
            if (o.get("jurisdictionCode").asText().length() != 12 || checked >= 5) {
                continue;
            }
            checked++;
            for (JsonNode m : api.get("/members?organizationId=" + o.get("id").asLong() + "&size=200").json().get("items")) {
                boolean ranks = ("FULL".equals(m.get("stage").asText()) || "PROBATIONARY".equals(m.get("stage").asText()))
                        && "ACTIVE".equals(m.get("membershipStatus").asText());
                boolean under = LocalDate.parse(m.get("birthDate").asText()).plusYears(60).isAfter(startsOn);
                // members admitted in the last year (the demo's new members among them) may have joined after the scope was taken
                boolean recent = m.hasNonNull("probationDate") && LocalDate.parse(m.get("probationDate").asText()).isAfter(TODAY.minusYears(1));
                if (!recent) {
                    assertEquals(ranks && under, members.contains(m.get("id").asLong()),
                            "in scope exactly when a member in the ranks under 60: " + m);
                }
            }
        }
        assertTrue(checked > 0);

        JsonNode v = api.get(BASE + "/villages/figures").json();
        System.out.println("广宗 villages without development: " + v);
        long listed = v.at("/total/listed").asLong();
        assertTrue(listed > 0 && listed <= 42, v.toString());
        long cleared = listed * 40 / 42;
        assertEquals(cleared, v.at("/total/cleared").asLong(), "40 of 42, scaled: " + v);
        assertEquals(Math.round(cleared * 46.0 / 40), v.at("/total/developed").asLong(), "46 members in 40 villages, scaled: " + v);
        // the cleared ones are no longer without development for the core, the others still are
        Set<String> stillWithout = new HashSet<>();
        for (JsonNode d : api.get(BASE + "/villages/detected").json()) {
            stillWithout.add(d.get("villageCode").asText());
        }
        for (JsonNode village : api.get(BASE + "/villages?size=100").json().get("items")) {
            boolean isCleared = "CLEARED".equals(village.get("status").asText());
            assertEquals(!isCleared, stillWithout.contains(village.get("villageCode").asText()), village.toString());
            if (isCleared) {
                assertTrue(village.get("developed").asInt() >= 1 && !LocalDate.parse(village.get("clearedOn").asText())
                        .isBefore(LocalDate.parse(village.get("listedOn").asText())), village.toString());
            }
        }

        server.waitFor("/services/DossierAuditService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("DossierAuditService", NS,
                "<t:getAuditFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode><t:campaignId>" + id
                        + "</t:campaignId></t:getAuditFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<inScope>" + inScope + "</inScope>"), soap.body());
        Api.Reply soapVillages = api.soap("DossierAuditService", NS,
                "<t:getVillageFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getVillageFigures>");
        assertEquals(200, soapVillages.status(), soapVillages.toString());
        assertTrue(soapVillages.body().contains("<cleared>" + cleared + "</cleared>"), soapVillages.body());
        Api.Reply refused = api.soap("DossierAuditService", NS,
                "<t:getVillageFigures><t:jurisdictionCode>441481</t:jurisdictionCode></t:getVillageFigures>");
        assertEquals(500, refused.status(), refused.toString());
    }

    @Test
    @Order(3)
    void aCampaignIsOpenedByTheCountyAndItsScopeKeepsToItsRules() {
        String township = ModuleInstall.firstTownship(api, COUNTY);
        assertEquals("campaign-by-county",
                rule(assertProblem(operator.post("/jurisdictions/" + township + "/" + MODULE + "/campaigns", campaign("测试专审")), 422)));
        assertEquals("title", assertProblem(operator.post(BASE + "/campaigns", campaign(null)), 400).at("/errors/0/field").asText());
        assertEquals("ageLimit", assertProblem(operator.post(BASE + "/campaigns", campaign("测试专审").put("ageLimit", 10)), 400)
                .at("/errors/0/field").asText());
        Api.Reply opened = operator.post(BASE + "/campaigns", campaign("测试专审"));
        assertEquals(201, opened.status(), opened.toString());
        campaign = opened.json().get("id").asLong();
        assertEquals("campaign-already-open", rule(assertProblem(operator.post(BASE + "/campaigns", campaign("另一专审")), 422)));

        long village = rural();
        long organ = api.get("/organizations?jurisdiction=" + COUNTY + "&field=ORGAN&size=1").json().at("/items/0/id").asLong();
        young = member(village, TODAY.minusYears(21), "FULL");
        long second = member(village, TODAY.minusYears(21).plusDays(3), "FULL");
        long older = member(village, TODAY.minusYears(30), "FULL");
        long official = member(organ, TODAY.minusYears(21), "FULL");
        long activist = member(village, TODAY.minusYears(21), "ACTIVIST");
        String add = BASE + "/campaigns/" + campaign + "/dossiers";
        assertEquals("member-over-age-limit", rule(assertProblem(operator.post(add, Api.object().put("memberId", older)), 422)));
        assertEquals("member-not-rural", rule(assertProblem(operator.post(add, Api.object().put("memberId", official)), 422)));
        assertEquals("member-not-in-ranks", rule(assertProblem(operator.post(add, Api.object().put("memberId", activist)), 422)));
        assertEquals("memberId", assertProblem(operator.post(add, Api.object()), 400).at("/errors/0/field").asText());
        assertProblem(operator.post(add, Api.object().put("memberId", 999_999_999L)), 404);
        Api.Reply taken = operator.post(add, Api.object().put("memberId", young));
        assertEquals(201, taken.status(), taken.toString());
        youngDossier = taken.json().get("id").asLong();
        assertProblem(operator.post(add, Api.object().put("memberId", young)), 409);

        JsonNode scope = operator.post(BASE + "/campaigns/" + campaign + "/scope", "").json();
        assertTrue(scope.get("added").asInt() >= 1, "the second young member at least: " + scope);
        assertEquals(scope.get("inScope").asLong(), scope.get("added").asLong() + 1);
        JsonNode listed = api.get(BASE + "/dossiers?campaignId=" + campaign + "&size=500").json();
        Set<Long> ids = new HashSet<>();
        for (JsonNode d : listed.get("items")) {
            assertTrue(LocalDate.parse(d.get("birthDate").asText()).plusYears(AGE_LIMIT).isAfter(TODAY.minusDays(1)), d.toString());
            ids.add(d.get("memberId").asLong());
        }
        assertTrue(ids.contains(young) && ids.contains(second) && !ids.contains(older) && !ids.contains(official) && !ids.contains(activist), ids
                .toString());
        assertEquals(0, operator.post(BASE + "/campaigns/" + campaign + "/scope", "").json().get("added").asInt(), "taken once");
    }

    @Test
    @Order(4)
    void aDossierIsAuditedItsFindingsFixedAndReauditedBeforeTheCampaignCloses() {
        String dossier = BASE + "/dossiers/" + youngDossier;
        long version = api.get(dossier).json().get("version").asLong();
        ObjectNode audit = Api.object().put("version", version);
        ArrayNode findings = audit.putArray("findings");
        findings.addObject().put("kind", "MISSING_APPLICATION_LETTER").put("description", "入党申请书缺失");
        findings.addObject().put("kind", "INCONSISTENT_DATES").put("criterion", "ACCURATE").put("description", "志愿书与支部大会决议日期不一致");
        ObjectNode mismatched = audit.deepCopy();
        ((ObjectNode) mismatched.get("findings").get(1)).put("criterion", "TRUE");
        assertEquals("finding-kind-criterion", rule(assertProblem(operator.post(dossier + "/audit", mismatched), 422)));
        ObjectNode unknown = audit.deepCopy();
        ((ObjectNode) unknown.get("findings").get(0)).put("kind", "LOST");
        assertEquals("findings[0].kind", assertProblem(operator.post(dossier + "/audit", unknown), 400).at("/errors/0/field").asText());
        assertProblem(operator.post(dossier + "/audit", audit.deepCopy().put("version", version + 4)), 409);
        JsonNode audited = operator.post(dossier + "/audit", audit).json();
        assertEquals("FINDINGS", audited.get("status").asText(), audited.toString());
        assertEquals("COMPLETE", audited.at("/findings/0/criterion").asText());
        assertEquals("ACCURATE", audited.at("/findings/1/criterion").asText());
        version = audited.get("version").asLong();
        assertEquals("dossier-already-audited",
                rule(assertProblem(operator.post(dossier + "/audit", auditBody(version, "FORGED_RECORD")), 422)));
        assertEquals("reaudit-findings-unfixed",
                rule(assertProblem(operator.post(dossier + "/re-audit", Api.object().put("version", version)), 422)));
        JsonNode c = api.get(BASE + "/campaigns/" + campaign).json();
        assertEquals("campaign-dossiers-unaudited",
                rule(assertProblem(
                        operator.post(BASE + "/campaigns/" + campaign + "/closing", Api.object().put("version", c.get("version").asLong())),
                        422)));

        // the others pass
        for (JsonNode d : api.get(BASE + "/dossiers?campaignId=" + campaign + "&status=PENDING&size=500").json().get("items")) {
            Api.Reply r = operator.post(BASE + "/dossiers/" + d.get("id").asLong() + "/audit", auditBody(d.get("version").asLong()));
            assertEquals(200, r.status(), r.toString());
            assertEquals("PASSED", r.json().get("status").asText());
        }
        assertEquals("campaign-findings-unfixed",
                rule(assertProblem(
                        operator.post(BASE + "/campaigns/" + campaign + "/closing", Api.object().put("version", c.get("version").asLong())),
                        422)));

        JsonNode first = audited.at("/findings/0");
        String fix = BASE + "/findings/" + first.get("id").asLong() + "/fix";
        assertEquals("fix-before-finding", rule(assertProblem(operator.post(fix, fixBody(TODAY.minusDays(1), first.get("version").asLong())), 422)));
        assertEquals("fixedOn", assertProblem(operator.post(fix, fixBody(TODAY.plusDays(1), first.get("version").asLong())), 400)
                .at("/errors/0/field").asText());
        assertEquals("note", assertProblem(operator.post(fix, fixBody(TODAY, first.get("version").asLong()).put("note", " ")), 400)
                .at("/errors/0/field").asText());
        JsonNode fixed = operator.post(fix, fixBody(TODAY, first.get("version").asLong())).json();
        assertEquals(TODAY.toString(), fixed.get("fixedOn").asText(), fixed.toString());
        assertEquals("村党支部书记王立新", fixed.get("fixedBy").asText());
        assertEquals("finding-already-fixed", rule(assertProblem(operator.post(fix, fixBody(TODAY, fixed.get("version").asLong())), 422)));
        assertProblem(operator.post(fix, fixBody(TODAY, fixed.get("version").asLong() + 3)), 409);
        JsonNode open = api.get(BASE + "/findings?campaignId=" + campaign + "&fixed=false").json();
        assertEquals(1, open.get("total").asLong(), open.toString());
        JsonNode secondFinding = open.at("/items/0");
        assertEquals(audited.at("/findings/1/id").asLong(), secondFinding.get("id").asLong());
        assertEquals(200, operator.post(BASE + "/findings/" + secondFinding.get("id").asLong() + "/fix",
                fixBody(TODAY, secondFinding.get("version").asLong())).status());
        version = api.get(dossier).json().get("version").asLong();
        JsonNode passed = operator.post(dossier + "/re-audit", Api.object().put("version", version)).json();
        assertEquals("PASSED", passed.get("status").asText(), passed.toString());
        assertTrue(passed.get("rectified").asBoolean());
        assertEquals("dossier-already-passed",
                rule(assertProblem(operator.post(dossier + "/audit", auditBody(passed.get("version").asLong(), "MISSING_SIGNATURE_OR_SEAL")), 422)));
        assertEquals("reaudit-without-findings",
                rule(assertProblem(operator.post(dossier + "/re-audit", Api.object().put("version", passed.get("version").asLong())), 422)));

        JsonNode f = api.get(BASE + "/campaigns/" + campaign + "/figures").json();
        long inScope = api.get(BASE + "/dossiers?campaignId=" + campaign).json().get("total").asLong();
        assertEquals(inScope, f.at("/total/inScope").asLong(), f.toString());
        assertEquals(inScope, f.at("/total/audited").asLong());
        assertEquals(1, f.at("/total/withFindings").asLong());
        assertEquals(1, f.at("/total/fixed").asLong());
        assertEquals(2, f.at("/total/findings").asLong());
        assertEquals(2, f.at("/total/findingsFixed").asLong());
        for (JsonNode c2 : f.get("byCriterion")) {
            String criterion = c2.get("criterion").asText();
            assertEquals(criterion.equals("COMPLETE") || criterion.equals("ACCURATE") ? 1 : 0, c2.get("findings").asLong(), c2.toString());
        }
        HttpResponse<byte[]> ledger = api.download(BASE + "/documents/campaigns/" + campaign + "/ledger.xlsx");
        assertEquals(200, ledger.statusCode());
        assertEquals(inScope, Workbooks.numericRows(ledger.body(), 0), "a numbered row per dossier");

        c = api.get(BASE + "/campaigns/" + campaign).json();
        assertProblem(operator.post(BASE + "/campaigns/" + campaign + "/closing", Api.object().put("version", c.get("version").asLong() + 2)), 409);
        JsonNode closed = operator.post(BASE + "/campaigns/" + campaign + "/closing", Api.object().put("version", c.get("version").asLong())).json();
        assertEquals("CLOSED", closed.get("status").asText(), closed.toString());
        assertEquals("campaign-closed",
                rule(assertProblem(operator.post(BASE + "/campaigns/" + campaign + "/dossiers", Api.object().put("memberId", young)), 422)));
        assertEquals("campaign-closed", rule(assertProblem(operator.post(BASE + "/campaigns/" + campaign + "/scope", ""), 422)));
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/campaigns/" + campaign).status());
    }

    @Test
    @Order(5)
    void aVillageIsListedFromTheCoresDetectionAndClearedByAnAdmissionTheCoreRecords() {
        assertEquals("years", assertProblem(api.get(BASE + "/villages/detected?years=0"), 400).at("/errors/0/field").asText());
        String township = ModuleInstall.firstTownship(api, COUNTY);
        assertEquals("not-a-village", rule(assertProblem(operator.post(BASE + "/villages", listing(township, 3)), 422)));
        assertProblem(operator.post(BASE + "/villages", listing("441481100200", 3)), 404);
        assertEquals("responsibleCadre", assertProblem(operator.post(BASE + "/villages", listing(township, 3).put("responsibleCadre", " ")), 400)
                .at("/errors/0/field").asText());
        JsonNode demoListed = api.get(BASE + "/villages?status=CLEARED&size=1").json().at("/items/0");
        assertEquals("village-developed-recently",
                rule(assertProblem(operator.post(BASE + "/villages", listing(demoListed.get("villageCode").asText(), 3)), 422)));

        // a threshold of one year: a village of the core's detection that is not on the list
        JsonNode pick = null;
        for (JsonNode d : api.get(BASE + "/villages/detected?years=1").json()) {
            if (d.get("listingId").isNull()) {
                pick = d;
                break;
            }
        }
        assertNotNull(pick, "a village without an admission for a year");
        String village = pick.get("villageCode").asText();
        Api.Reply listed = operator.post(BASE + "/villages", listing(village, 1));
        assertEquals(201, listed.status(), listed.toString());
        JsonNode v = listed.json();
        assertEquals("LISTED", v.get("status").asText());
        assertEquals(1, v.get("thresholdYears").asInt());
        assertEquals("village-already-listed", rule(assertProblem(operator.post(BASE + "/villages", listing(village, 1)), 422)));
        String path = BASE + "/villages/" + v.get("id").asLong();
        assertProblem(
                operator.put(path,
                        Api.object().put("responsibleCadre", "刘书记").put("measures", "党员联系户").put("version", v.get("version").asLong() + 1)),
                409);
        JsonNode updated = operator.put(path, Api.object().put("responsibleCadre", "镇党委副书记刘强").put("measures", "党员联系户、培养返乡青年")
                .put("version", v.get("version").asLong())).json();
        assertEquals("镇党委副书记刘强", updated.get("responsibleCadre").asText(), updated.toString());
        assertEquals("LISTED", operator.post(path + "/clearing-check", "").json().get("status").asText(), "nothing admitted yet");

        // a young man of the village through the core's pipeline, admitted today
        long organization = -1;
        for (JsonNode o : api.get("/organizations?jurisdiction=" + village + "&size=20").json().get("items")) {
            if (o.get("jurisdictionCode").asText().equals(village)) {
                organization = o.get("id").asLong();
            }
        }
        LocalDate applied = TODAY.minusYears(2).minusMonths(1);
        Api.Reply created = api.post("/members",
                Api.object().put("name", "郭晓东").put("gender", "MALE").put("birthDate", TODAY.minusYears(26).toString())
                        .put("organizationId", organization).put("stage", "APPLICANT").put("applicationDate", applied.toString())
                        .put("hasPost", false));
        assertEquals(201, created.status(), created.toString());
        long recruit = created.json().get("id").asLong();
        event(recruit, "ACTIVIST_CONFIRMED", applied.plusDays(20), "APPLICATION_LETTER", "TALK");
        event(recruit, "CANDIDATE_CONFIRMED", applied.plusDays(20).plusYears(1).plusDays(10), "TRAINING", "RECOMMENDATION");
        event(recruit, "ADMITTED_PROBATIONARY", TODAY, "POLITICAL_REVIEW", "PUBLIC_NOTICE", "BRANCH_RESOLUTION", "HIGHER_APPROVAL", "OATH");
        JsonNode cleared = operator.post(path + "/clearing-check", "").json();
        assertEquals("CLEARED", cleared.get("status").asText(), cleared.toString());
        assertEquals(1, cleared.get("developed").asInt());
        assertEquals(TODAY.toString(), cleared.get("clearedOn").asText());
        assertFalse(api.get(BASE + "/villages/detected?years=1").body().contains("\"" + village + "\""), "the core no longer finds it");
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/villages/" + v.get("id").asLong()).status());
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String dossier = api.get(BASE + "/dossiers/" + youngDossier).body();
        String villages = api.get(BASE + "/villages/figures").body();
        String figures = api.get(BASE + "/campaigns/" + campaign + "/figures").body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-guangzong", BASE, "/campaigns", "/dossiers/" + youngDossier);
        assertEquals(dossier, api.get(BASE + "/dossiers/" + youngDossier).body());
        assertEquals(villages, api.get(BASE + "/villages/figures").body(), "the demo ran once");
        assertEquals(figures, api.get(BASE + "/campaigns/" + campaign + "/figures").body());
    }

    // ---- helpers

    private static ObjectNode campaign(String title) {
        ObjectNode c = Api.object().put("startsOn", TODAY.minusDays(1).toString()).put("endsOn", TODAY.plusMonths(2).toString()).put("ageLimit",
                AGE_LIMIT);
        return title == null ? c : c.put("title", title);
    }

    /** An audit's body with findings of the kinds given (none passes the dossier). */
    private static ObjectNode auditBody(long version, String... kinds) {
        ObjectNode body = Api.object().put("version", version);
        ArrayNode findings = body.putArray("findings");
        for (String kind : kinds) {
            findings.addObject().put("kind", kind);
        }
        return body;
    }

    private static ObjectNode fixBody(LocalDate on, long version) {
        return Api.object().put("fixedOn", on.toString()).put("fixedBy", "村党支部书记王立新").put("note", "补齐入党申请书，更正日期并经乡镇党委审核").put("version", version);
    }

    private static ObjectNode listing(String village, int years) {
        return Api.object().put("villageCode", village).put("thresholdYears", years).put("listedOn", TODAY.toString())
                .put("responsibleCadre", "镇党委委员张伟").put("measures", "调研剖析、综合施策");
    }

    /** A village's rural organization of 广宗. */
    private static long rural() {
        for (JsonNode o : api.get("/organizations?jurisdiction=" + COUNTY + "&field=RURAL&size=100").json().get("items")) {
            if (o.get("jurisdictionCode").asText().length() == 12) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("no village organization in " + COUNTY);
    }

    /** A member of the test, created in the registry at the stage with dates that respect the pipeline. */
    private static long member(long organization, LocalDate born, String stage) {
        LocalDate applied = born.plusYears(18).plusDays(10);
        LocalDate activist = applied.plusDays(30);
        LocalDate candidate = activist.plusYears(1).plusDays(5);
        LocalDate probation = candidate.plusDays(60);
        LocalDate full = probation.plusYears(1).plusDays(5);
        ObjectNode m = Api.object().put("name", "测试党员").put("gender", "FEMALE").put("birthDate", born.toString()).put("organizationId", organization)
                .put("stage", stage).put("hasPost", false).put("applicationDate", applied.toString()).put("activistDate", activist.toString());
        if (stage.equals("FULL")) {
            m.put("candidateDate", candidate.toString()).put("probationDate", probation.toString()).put("fullDate", full.toString());
        }
        Api.Reply r = api.post("/members", m);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static void event(long member, String type, LocalDate date, String... evidence) {
        ObjectNode e = Api.object().put("type", type).put("date", date.toString()).put("decidingBody", "中共广宗县某村支部委员会");
        ArrayNode list = e.putArray("evidence");
        for (String x : evidence) {
            list.add(x);
        }
        Api.Reply r = api.post("/members/" + member + "/events", e);
        assertEquals(201, r.status(), r.toString());
    }

    private static String rule(JsonNode problem) {
        return problem.get("rule").asText();
    }
}
