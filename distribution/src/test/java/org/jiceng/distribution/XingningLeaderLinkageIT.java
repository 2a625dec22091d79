package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.jiceng.distribution.CoreRegistryIT.refusedByRule;
import static org.jiceng.distribution.CoreRegistryIT.refusedField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 兴宁's leader linkage (挂钩指导): installed at runtime and enabled for 兴宁 only; the demo links last year's city leaders
 * each to one town, one province-designated poor village and one weak and lax village (the seed's 1+1+1), with a
 * responsibility list per link and a check each quarter. This test reads those figures back over REST, SOAP and the
 * linkage workbook and the quarter's circular (PDF), then registers leaders of its own for this year and links them, checking each rule by its problem
 * type: a post that is not a city leader's, a leader twice, a second link of a kind, a town outside 兴宁, a village at
 * the town's level, a village not on the poor list, one not weak, a village another leader has; then a list, a check
 * finding items done (an item of another link and one done twice refused, a stale version 409). Other counties get 404;
 * every record is kept over an uninstall and reinstall.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XingningLeaderLinkageIT {
    private static final String MODULE = "xingning-leader-linkage";
    private static final String CITY = "441481";
    private static final String BASE = "/jurisdictions/" + CITY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/xingning-leader-linkage";
    private static final int DEMO_YEAR = LocalDate.now().getYear() - 1;
    private static final int YEAR = LocalDate.now().getYear();

    private static JicengServer server;
    private static Api api;
    private static String township;
    private static long link;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor兴宁Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, CITY, "领导干部挂钩指导党建工作", "/figures");
        ModuleInstall.refusedIn(api, MODULE, "/links", "360823", "430581");
        township = ModuleInstall.firstTownship(api, CITY);
    }

    @Test
    @Order(2)
    void theDemoYearLinksEveryLeaderToATownAPoorVillageAndAWeakVillage() {
        JsonNode f = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            f = api.get(BASE + "/figures?year=" + DEMO_YEAR).json();
            if (f.get("leaders").asLong() == 9 && f.get("checks").asLong() == 108) {
                break;
            }
            JicengServer.sleep(500);
        }
        System.out.println("兴宁 leader linkage " + DEMO_YEAR + ": " + f);
        assertEquals(9, f.get("leaders").asLong(), "the city committee's members, one per weak village of the demo registry");
        assertEquals(9, f.get("leadersFullyLinked").asLong(), "每位市领导挂钩联系1个镇街、1个省定贫困村、1个软弱涣散村");
        for (JsonNode kind : f.get("links")) {
            assertEquals(9, kind.get("links").asLong(), kind.toString());
        }
        assertEquals(9, f.get("poorVillages").asLong());
        assertEquals(9, f.get("poorVillagesLinked").asLong());
        assertEquals(1.0, f.get("poorCoverage").asDouble());
        assertEquals(1.0, f.get("weakCoverage").asDouble());
        assertEquals(9, f.get("weakVillagesLinked").asLong());
        assertEquals(f.get("weakVillages").asLong(), f.get("weakVillagesLinked").asLong(), "every weak village has its leader");
        assertEquals(108, f.get("items").asLong());
        assertEquals(106, f.get("itemsDone").asLong());
        assertEquals(2, f.get("itemsOverdue").asLong(), "two weak villages' year-end rectification not found done");
        assertEquals(108, f.get("checks").asLong());
        for (JsonNode leader : f.get("checksPerLeader")) {
            assertEquals("[3,3,3,3]", leader.get("checksPerQuarter").toString(), leader.toString());
            assertTrue(leader.hasNonNull("town") && leader.hasNonNull("poorVillage") && leader.hasNonNull("weakVillage"), leader.toString());
        }
        assertEquals(27, api.get(BASE + "/checks?year=" + DEMO_YEAR + "&quarter=2&size=1").json().get("total").asLong(), "3 links × 9 leaders");
        JsonNode overdue = api.get(BASE + "/items?year=" + DEMO_YEAR + "&state=OVERDUE").json();
        assertEquals(2, overdue.get("total").asLong());
        String village = overdue.at("/items/0/jurisdictionCode").asText();
        assertTrue(api.get("/inbox?jurisdiction=" + village + "&withinDays=30").body().contains("\"leader-linkage-item\""),
                "overdue items in the inbox");
        assertEquals(0, f.get("quartersUnchecked").asLong(), "every link checked every quarter");

        server.waitFor("/services/LeaderLinkageService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("LeaderLinkageService", NS,
                "<t:getFigures><t:jurisdictionCode>" + CITY + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:getFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("leadersFullyLinked>9</") && soap.body().contains("itemsOverdue>2</"), soap.body());
        Api.Reply links = api.soap("LeaderLinkageService", NS,
                "<t:listLinks><t:jurisdictionCode>" + CITY + "</t:jurisdictionCode><t:year>" + DEMO_YEAR + "</t:year></t:listLinks>");
        assertEquals(27, links.body().split("<link>", -1).length - 1, links.body());

        HttpResponse<byte[]> file = api.download(BASE + "/documents/linkage.xlsx?year=" + DEMO_YEAR);
        assertEquals(200, file.statusCode());
        assertEquals(9, Workbooks.numericRows(file.body(), 0), "a row per leader");
        Api.Reply circular = api.get(BASE + "/documents/circular.pdf?year=" + DEMO_YEAR + "&quarter=4");
        assertEquals(200, circular.status(), circular.toString());
        assertTrue(circular.body().startsWith("%PDF"));
        assertEquals("quarter", refusedField(api.get(BASE + "/documents/circular.pdf?year=" + DEMO_YEAR)));
    }

    @Test
    @Order(3)
    void aLeaderIsLinkedOnceToEachKindUnderTheCitysRules() {
        LocalDate today = LocalDate.now();
        JsonNode demoLinks = api.get(BASE + "/links?year=" + DEMO_YEAR + "&size=100").json().get("items");
        String weakVillage = null;
        String poorVillage = null;
        String otherPoorVillage = null;
        for (JsonNode l : demoLinks) {
            if (l.get("kind").asText().equals("WEAK_VILLAGE")) {
                weakVillage = l.get("jurisdictionCode").asText();
            } else if (l.get("kind").asText().equals("POOR_VILLAGE")) {
                otherPoorVillage = poorVillage;
                poorVillage = l.get("jurisdictionCode").asText();
            }
        }
        // the city's list of this year
        assertEquals("linkage-kept-by-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/poor-villages",
                Api.object().put("year", YEAR).put("jurisdictionCode", poorVillage))));
        Api.Reply listed = api.post(BASE + "/poor-villages", Api.object().put("year", YEAR).put("jurisdictionCode", poorVillage));
        assertTrue(listed.status() == 201 || "poor-village-already-listed".equals(refusedByRule(listed)), listed.toString());
        assertEquals("poor-village-already-listed",
                refusedByRule(api.post(BASE + "/poor-villages", Api.object().put("year", YEAR).put("jurisdictionCode", poorVillage))));

        // leaders: a division-rank post in the city makes a city leader
        long first = member(500);
        long second = member(501);
        assertEquals("leader-not-city-level", refusedByRule(register(first, post(first, "SECTION", "局长"))));
        JsonNode leader = register(first, post(first, "DIVISION", "市委常委、测试")).json();
        assertEquals("leader-already-registered", refusedByRule(register(first, post(first, "DIVISION", "副市长"))));
        JsonNode other = register(second, post(second, "DIVISION", "副市长、测试")).json();
        long leaderId = leader.get("id").asLong();
        long otherId = other.get("id").asLong();
        assertTrue(leaderId > 0 && otherId > 0, leader + " " + other);

        // links: one of each kind a year, a place of 兴宁 at the kind's level, a village of the kind, one leader's
        String xiajiangTown = ModuleInstall.firstTownship(api, "360823");
        assertEquals("linkage-kept-by-county", refusedByRule(api.post("/jurisdictions/" + township + "/" + MODULE + "/links",
                linkBody(leaderId, "TOWN", township))));
        assertEquals("link-outside-county", refusedByRule(link(leaderId, "TOWN", xiajiangTown)));
        assertEquals("link-level-mismatch", refusedByRule(link(leaderId, "TOWN", weakVillage)));
        Api.Reply town = link(leaderId, "TOWN", township);
        assertEquals(201, town.status(), town.toString());
        assertEquals("link-kind-taken", refusedByRule(link(leaderId, "TOWN", township)));
        assertEquals(201, link(otherId, "TOWN", township).status(), "towns are shared");
        assertEquals("village-not-poor", refusedByRule(link(leaderId, "POOR_VILLAGE", weakVillage)));
        assertEquals("village-not-weak", refusedByRule(link(leaderId, "WEAK_VILLAGE", poorVillage)));
        assertEquals(201, link(leaderId, "POOR_VILLAGE", poorVillage).status());
        Api.Reply weak = link(leaderId, "WEAK_VILLAGE", weakVillage);
        assertEquals(201, weak.status(), weak.toString());
        assertEquals("village-already-linked", refusedByRule(link(otherId, "WEAK_VILLAGE", weakVillage)));
        assertEquals(400, link(leaderId, "BRIDGE", township).status());
        long listedId = 0;
        for (JsonNode p : api.get(BASE + "/poor-villages?year=" + YEAR + "&size=100").json().get("items")) {
            if (p.get("jurisdictionCode").asText().equals(poorVillage)) {
                listedId = p.get("id").asLong();
                assertEquals(leaderId,
                        p.get("linkId").isNull() ? -1 : api.get(BASE + "/links/" + p.get("linkId").asLong()).json().get("leaderId").asLong());
            }
        }
        assertEquals("poor-village-linked", refusedByRule(api.delete(BASE + "/poor-villages/" + listedId)), "linked this year");
        Api.Reply spare = api.post(BASE + "/poor-villages", Api.object().put("year", YEAR).put("jurisdictionCode", otherPoorVillage));
        assertEquals(201, spare.status(), spare.toString());
        assertEquals(204, api.delete(BASE + "/poor-villages/" + spare.json().get("id").asLong()).status(), "the province dropped it");
        JsonNode mine = api.get(BASE + "/leaders/" + leaderId + "?year=" + YEAR).json();
        assertEquals(3, mine.get("links").size(), mine.toString());

        // the weak village's responsibility list, and a check that finds an item done
        link = weak.json().get("id").asLong();
        String otherLink = town.json().get("id").asText();
        assertEquals("dueOn", refusedField(item(link, "整顿软弱涣散", LocalDate.of(YEAR + 1, 1, 15), version(link))));
        JsonNode first1 = item(link, "选好配强村党组织班子", LocalDate.of(YEAR, 12, 31), version(link)).json();
        long stale = version(link) - 1;
        assertEquals(409, item(link, "过期版本", LocalDate.of(YEAR, 12, 31), stale).status(), "a stale link version");
        JsonNode second1 = item(link, "规范村级组织运作", LocalDate.of(YEAR, 12, 31), version(link)).json();
        String itemPath = BASE + "/items/" + second1.get("id").asLong();
        assertEquals(409, api.put(itemPath, itemChange("规范村级组织运作和党群联席会议", second1.get("version").asLong() + 1)).status(), "stale");
        Api.Reply corrected = api.put(itemPath, itemChange("规范村级组织运作和党群联席会议", second1.get("version").asLong()));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals("规范村级组织运作和党群联席会议", corrected.json().get("title").asText());
        JsonNode foreignItem = item(Long.parseLong(otherLink), "指导镇街党建工作计划", LocalDate.of(YEAR, 12, 31), version(Long.parseLong(otherLink)))
                .json();
        assertEquals("item-not-of-link", refusedByRule(check(link, today, foreignItem.get("id").asLong())));
        Api.Reply checked = check(link, today, first1.get("id").asLong());
        assertEquals(201, checked.status(), checked.toString());
        assertEquals("item-already-done", refusedByRule(check(link, today, first1.get("id").asLong())));
        assertEquals("item-already-done", refusedByRule(api.put(BASE + "/items/" + first1.get("id").asLong(),
                itemChange("改写已完成事项", api.get(BASE + "/items/" + first1.get("id").asLong()).json().get("version").asLong()))));
        assertEquals("checkedOn", refusedField(check(link, today.plusDays(1))));
        JsonNode read = api.get(BASE + "/links/" + link).json();
        assertEquals(2, read.get("items").asLong());
        assertEquals(1, read.get("itemsDone").asLong());
        assertEquals(1, read.get("checks").asLong());
        assertEquals("DONE", api.get(BASE + "/items/" + first1.get("id").asLong()).json().get("state").asText());
        assertEquals("OPEN", api.get(BASE + "/items/" + second1.get("id").asLong()).json().get("state").asText());
        JsonNode thisYear = api.get(BASE + "/figures?year=" + YEAR).json();
        assertTrue(thisYear.get("leadersFullyLinked").asLong() >= 1 && thisYear.get("weakVillagesLinked").asLong() >= 1, thisYear.toString());

        Api.Reply inbox = api.get("/inbox?jurisdiction=" + township + "&withinDays=92");
        assertTrue(inbox.body().contains("\"leader-linkage-check\"") && inbox.body().contains("/links/" + otherLink),
                "the town link is due a check this quarter: " + inbox);
        JsonNode townFigures = api.get("/jurisdictions/" + township + "/" + MODULE + "/figures?year=" + YEAR).json();
        assertTrue(townFigures.get("leaders").asLong() >= 2, "below the city, the leaders linked to its places: " + townFigures);

        // a leader who left links nothing in a later year
        long third = member(502);
        JsonNode gone = register(third, post(third, "DIVISION", "副市长、测试")).json();
        String departure = BASE + "/leaders/" + gone.get("id").asLong() + "/departure";
        assertEquals(409, api.put(departure, Api.object().put("leftOn", LocalDate.now().toString()).put("version", gone.get("version").asLong() + 1))
                .status(), "a stale version");
        Api.Reply left = api.put(departure, Api.object().put("leftOn", LocalDate.now().toString()).put("version", gone.get("version").asLong()));
        assertEquals(200, left.status(), left.toString());
        assertEquals("leader-left",
                refusedByRule(api.post(BASE + "/links", linkBody(gone.get("id").asLong(), "TOWN", township).put("year", YEAR + 1))));

        // scope: other counties see none of it
        assertEquals(404, api.as("xiajiang-operator").get(BASE + "/links/" + link).status(), "峡江 sees no 兴宁 link");
        JsonNode gate = assertProblem(api.as("xiajiang-operator").get("/jurisdictions/360823/" + MODULE + "/links/" + link), 404);
        assertTrue(gate.toString().contains("not-found") || gate.toString().contains("module-not-enabled"), gate.toString());
    }

    @Test
    @Order(4)
    void uninstallAndReinstallKeepEveryRecord() {
        String before = api.get(BASE + "/links/" + link).body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-xingning", BASE, "/links", "/links/" + link);
        assertEquals(before, api.get(BASE + "/links/" + link).body());
    }

    /** A member of 兴宁 far down its list, so no other test's member. */
    private static long member(int index) {
        return api.get("/members?jurisdiction=" + CITY + "&page=" + index + "&size=1&sort=id").json().at("/items/0/id").asLong();
    }

    private static long post(long member, String rank, String title) {
        ObjectNode p = Api.object().put("unit", "中共兴宁市委员会").put("jurisdictionCode", CITY).put("title", title).put("rank", rank)
                .put("level", "MEMBER").put("startDate", LocalDate.now().minusYears(1).toString());
        Api.Reply r = api.post("/cadres/" + member + "/positions", p);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static Api.Reply register(long member, long post) {
        return api.post(BASE + "/leaders", Api.object().put("memberId", member).put("positionId", post));
    }

    private static ObjectNode linkBody(long leader, String kind, String place) {
        return Api.object().put("leaderId", leader).put("year", YEAR).put("kind", kind).put("jurisdictionCode", place);
    }

    private static Api.Reply link(long leader, String kind, String place) {
        return api.post(BASE + "/links", linkBody(leader, kind, place));
    }

    private static long version(long linkId) {
        return api.get(BASE + "/links/" + linkId).json().get("version").asLong();
    }

    private static Api.Reply item(long linkId, String title, LocalDate due, long version) {
        return api.post(BASE + "/links/" + linkId + "/items",
                Api.object().put("title", title).put("responsibleUnit", "村党支部").put("dueOn", due.toString()).put("version", version));
    }

    private static ObjectNode itemChange(String title, long version) {
        return Api.object().put("title", title).put("responsibleUnit", "村党支部").put("dueOn", LocalDate.of(YEAR, 12, 31).toString()).put("version",
                version);
    }

    private static Api.Reply check(long linkId, LocalDate on, long... done) {
        ObjectNode body = Api.object().put("kind", "VISIT").put("checkedOn", on.toString()).put("checkedBy", "测试检查组").put("findings", "测试")
                .put("version", version(linkId));
        ArrayNode items = body.putArray("itemsDone");
        for (long id : done) {
            items.add(id);
        }
        return api.post(BASE + "/links/" + linkId + "/checks", body);
    }
}
