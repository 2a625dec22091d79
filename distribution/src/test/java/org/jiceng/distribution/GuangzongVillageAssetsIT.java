package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * 广宗's village venue assets and operating funds: installed at runtime and enabled for 广宗 only;
 * the demo's ledgers (a venue per village, the seed's 213 with 188 improved — 17 new, 24 extended —
 * and 10.98 million yuan, in proportion to the registry's villages), its closed stock-taking of this
 * year (every venue counted, every difference settled) and the supervision figures of this year's
 * funds read back over REST and SOAP; then a stock-taking of last year opened by this test, counted
 * venue by venue with a shortage and a damaged item, each rule refused by name, the differences
 * settled into the ledger, the differences as XLSX and a ledger card as PDF; a fund of last year with
 * requests refused outside the scope and over the budget, decided by the township and the county at
 * their own levels and paid. Other counties get 404; uninstall and reinstall keep every record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuangzongVillageAssetsIT {
    private static final String MODULE = "guangzong-village-assets";
    private static final String COUNTY = "130531";
    private static final String BASE = "/jurisdictions/" + COUNTY + "/" + MODULE;
    private static final String NS = "http://jiceng.org/soap/guangzong-village-assets";
    private static final LocalDate TODAY = LocalDate.now();
    private static final int LAST_YEAR = TODAY.getYear() - 1;

    private static JicengServer server;
    private static Api api;
    private static Api operator;
    private static JsonNode venue;
    private static long stocktake;
    private static long fund;
    private static long spending;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
        operator = api.as("guangzong-operator");
    }

    @Test
    @Order(1)
    void installedAtRuntimeAndEnabledFor广宗Only() {
        ModuleInstall.installAndEnable(server, api, MODULE, COUNTY, "村级组织活动场所资产台账", "/figures");
        ModuleInstall.refusedIn(api, MODULE, "/figures", "441481", "430581");
    }

    @Test
    @Order(2)
    void theDemoKeepsTheSeedsProportionsOverTheRegistrysVillages() {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (server.logLines("Demo data of module " + MODULE + " completed").isEmpty()) {
            assertTrue(server.logLines("Demo data of module " + MODULE + " failed").isEmpty(), "the demo failed: see karaf.log");
            assertTrue(System.nanoTime() < deadline, "the demo data did not finish");
            JicengServer.sleep(1000);
        }
        long villages = api.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=1").json().get("total").asLong();
        JsonNode f = api.get(BASE + "/figures").json();
        System.out.println("广宗 village assets: " + f);
        JsonNode t = f.get("total");
        assertEquals(villages, t.get("venues").asLong(), "a venue per village: " + t);
        long improved = Math.round(villages * 188.0 / 213);
        assertEquals(improved, t.get("improved").asLong(), "188 of 213, scaled");
        assertEquals(Math.round(villages * 17.0 / 213), t.get("built").asLong(), "17 of 213 built new, scaled");
        assertEquals(Math.round(villages * 24.0 / 213), t.get("expanded").asLong(), "24 of 213 extended, scaled");
        BigDecimal investment = new BigDecimal("10980000").multiply(BigDecimal.valueOf(improved)).divide(BigDecimal.valueOf(188), 0,
                RoundingMode.HALF_UP);
        assertEquals(0, investment.compareTo(t.get("investment").decimalValue()), "10.98 million yuan, scaled: " + t);
        assertEquals(2 * villages, t.get("buildings").asLong());
        assertEquals(villages, t.get("grounds").asLong());
        long perTown = 0;
        for (JsonNode town : f.get("byTownship")) {
            perTown += town.get("venues").asLong();
        }
        assertEquals(villages, perTown);

        JsonNode closed = api.get(BASE + "/stocktakes?status=CLOSED").json().at("/items/0");
        assertEquals(TODAY.getYear(), closed.get("year").asInt(), closed.toString());
        long demoStocktake = closed.get("id").asLong();
        JsonNode s = api.get(BASE + "/stocktakes/" + demoStocktake + "/figures").json();
        System.out.println("广宗 stock-taking: " + s);
        assertEquals(villages, s.at("/total/venuesCounted").asLong(), s.toString());
        long differences = s.at("/total/differences").asLong();
        assertTrue(differences > 0, s.toString());
        assertEquals(differences, s.at("/total/settled").asLong(), "every difference settled");
        assertEquals(differences, s.at("/total/shortages").asLong() + s.at("/total/surpluses").asLong() + s.at("/total/damaged").asLong());

        JsonNode funds = api.get(BASE + "/figures/funds?year=" + TODAY.getYear()).json();
        System.out.println("广宗 operating funds: " + funds);
        JsonNode ft = funds.get("total");
        assertEquals(villages, ft.get("funds").asLong());
        assertEquals(0, new BigDecimal(30000 * villages).compareTo(ft.get("budget").decimalValue()), ft.toString());
        assertTrue(ft.get("paid").asLong() > 0 && ft.get("pendingRequests").asLong() > 0 && ft.get("rejectedRequests").asLong() > 0
                && ft.get("approvedUnpaid").asLong() > 0, ft.toString());
        assertEquals(5 * villages, ft.get("paid").asLong() + ft.get("pendingRequests").asLong() + ft.get("rejectedRequests").asLong()
                + ft.get("approvedUnpaid").asLong(), "five requests per village");
        BigDecimal spentPerTown = BigDecimal.ZERO;
        for (JsonNode town : funds.get("byTownship")) {
            spentPerTown = spentPerTown.add(town.get("spent").decimalValue());
        }
        assertEquals(0, spentPerTown.compareTo(ft.get("spent").decimalValue()));

        server.waitFor("/services/VillageAssetsService?wsdl", Duration.ofSeconds(60));
        Api.Reply soap = api.soap("VillageAssetsService", NS,
                "<t:getAssetFigures><t:jurisdictionCode>" + COUNTY + "</t:jurisdictionCode></t:getAssetFigures>");
        assertEquals(200, soap.status(), soap.toString());
        assertTrue(soap.body().contains("<venues>" + villages + "</venues>"), soap.body());
        Api.Reply soapStock = api.soap("VillageAssetsService", NS, "<t:getStocktakeFigures><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:stocktakeId>" + demoStocktake + "</t:stocktakeId></t:getStocktakeFigures>");
        assertEquals(200, soapStock.status(), soapStock.toString());
        assertTrue(soapStock.body().contains("<settled>" + differences + "</settled>"), soapStock.body());
        Api.Reply soapFunds = api.soap("VillageAssetsService", NS, "<t:getFundFigures><t:jurisdictionCode>" + COUNTY
                + "</t:jurisdictionCode><t:year>" + TODAY.getYear() + "</t:year></t:getFundFigures>");
        assertEquals(200, soapFunds.status(), soapFunds.toString());
        assertTrue(soapFunds.body().contains("<funds>" + villages + "</funds>"), soapFunds.body());
        Api.Reply refused = api.soap("VillageAssetsService", NS,
                "<t:getAssetFigures><t:jurisdictionCode>441481</t:jurisdictionCode></t:getAssetFigures>");
        assertEquals(500, refused.status(), refused.toString());
    }

    @Test
    @Order(3)
    void venuesAndItemsKeepToTheirRules() {
        venue = api.get(BASE + "/venues?size=1&sort=villageCode").json().at("/items/0");
        String township = venue.get("townshipCode").asText();
        ObjectNode body = Api.object().put("villageCode", township).put("name", "测试场所").put("improvement", "NONE");
        assertEquals("venue-not-a-village", rule(assertProblem(operator.post(BASE + "/venues", body), 422)));
        assertProblem(operator.post(BASE + "/venues", body.deepCopy().put("villageCode", venue.get("villageCode").asText())), 409);
        assertEquals("name", field(assertProblem(operator.post(BASE + "/venues", body.deepCopy().putNull("name")), 400)));
        assertEquals("improvement", field(assertProblem(operator.post(BASE + "/venues", body.deepCopy().put("improvement", "PAINTED")), 400)));
        assertProblem(operator.post(BASE + "/venues", body.deepCopy().put("villageCode", "441481100200")), 404);

        String items = BASE + "/venues/" + venue.get("id").asLong() + "/items";
        assertEquals("area", field(assertProblem(operator.post(items, item("BUILDING", "仓库", null).putNull("area")), 400)));
        assertEquals("unitValue", field(assertProblem(operator.post(items, item("EQUIPMENT", "音响", 2).put("unitValue", -1)), 400)));
        Api.Reply added = operator.post(items, item("EQUIPMENT", "音响设备", 3));
        assertEquals(201, added.status(), added.toString());
        assertEquals(0, new BigDecimal("7500.00").compareTo(added.json().get("value").decimalValue()), added.body());
        JsonNode i = added.json();
        JsonNode listed = api.get(BASE + "/items?venueId=" + venue.get("id").asLong() + "&category=EQUIPMENT&size=100").json();
        assertEquals(7, listed.get("total").asLong(), "six kinds of the demo and this one: " + listed);
        assertProblem(
                operator.put(BASE + "/items/" + i.get("id").asLong(), item("EQUIPMENT", "音响设备", 3).put("version", i.get("version").asLong() + 1)),
                409);
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/venues/" + venue.get("id").asLong()).status());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/items/" + i.get("id").asLong()).status());
    }

    @Test
    @Order(4)
    void aStocktakingIsCountedItsDifferencesSettledIntoTheLedgerAndClosed() {
        String township = venue.get("townshipCode").asText();
        ObjectNode open = Api.object().put("year", LAST_YEAR).put("title", LAST_YEAR + "年度清产核算（测试）").put("startsOn", TODAY.toString());
        assertEquals("stocktake-by-county",
                rule(assertProblem(operator.post("/jurisdictions/" + township + "/" + MODULE + "/stocktakes", open), 422)));
        assertEquals("year", field(assertProblem(operator.post(BASE + "/stocktakes", open.deepCopy().put("year", 1999)), 400)));
        Api.Reply opened = operator.post(BASE + "/stocktakes", open);
        assertEquals(201, opened.status(), opened.toString());
        stocktake = opened.json().get("id").asLong();
        assertEquals("stocktake-already-open",
                rule(assertProblem(operator.post(BASE + "/stocktakes", open.deepCopy().put("year", LAST_YEAR - 1)), 422)));

        // the first venue: one line short by one, one with a piece damaged
        long venueId = venue.get("id").asLong();
        JsonNode items = api.get(BASE + "/venues/" + venueId + "/items?size=100").json().get("items");
        ObjectNode count = Api.object().put("stocktakeId", stocktake);
        ArrayNode lines = count.putArray("items");
        long shortItem = -1;
        long damagedItem = -1;
        for (JsonNode i : items) {
            int q = i.get("quantity").asInt();
            ObjectNode line = lines.addObject().put("itemId", i.get("id").asLong()).put("counted", q).put("damaged", 0);
            if ("EQUIPMENT".equals(i.get("category").asText()) && q >= 2 && shortItem < 0) {
                shortItem = i.get("id").asLong();
                line.put("counted", q - 1);
            } else if ("EQUIPMENT".equals(i.get("category").asText()) && damagedItem < 0) {
                damagedItem = i.get("id").asLong();
                line.put("damaged", 1);
            }
        }
        assertTrue(shortItem > 0 && damagedItem > 0, items.toString());
        String counts = BASE + "/venues/" + venueId + "/counts";
        ObjectNode partial = count.deepCopy();
        ((ArrayNode) partial.get("items")).remove(0);
        assertEquals("items", field(assertProblem(operator.post(counts, partial), 400)));
        ObjectNode tooMany = count.deepCopy();
        ((ObjectNode) tooMany.get("items").get(0)).put("damaged", 10_000);
        assertEquals("items[0].damaged", field(assertProblem(operator.post(counts, tooMany), 400)));
        Api.Reply counted = operator.post(counts, count);
        assertEquals(200, counted.status(), counted.toString());
        assertEquals("venue-already-counted", rule(assertProblem(operator.post(counts, count), 422)));
        JsonNode c = api.get(BASE + "/stocktakes/" + stocktake).json();
        assertEquals("stocktake-venues-uncounted",
                rule(assertProblem(
                        operator.post(BASE + "/stocktakes/" + stocktake + "/closing", Api.object().put("version", c.get("version").asLong())), 422)));

        // every other venue as on its ledger
        for (JsonNode v : api.get(BASE + "/venues?size=500").json().get("items")) {
            if (v.get("id").asLong() == venueId) {
                continue;
            }
            ObjectNode all = Api.object().put("stocktakeId", stocktake);
            ArrayNode each = all.putArray("items");
            for (JsonNode i : api.get(BASE + "/venues/" + v.get("id").asLong() + "/items?size=100").json().get("items")) {
                each.addObject().put("itemId", i.get("id").asLong()).put("counted", i.get("quantity").asInt());
            }
            Api.Reply r = operator.post(BASE + "/venues/" + v.get("id").asLong() + "/counts", all);
            assertEquals(200, r.status(), r.toString());
        }
        assertEquals("stocktake-differences-unsettled",
                rule(assertProblem(
                        operator.post(BASE + "/stocktakes/" + stocktake + "/closing", Api.object().put("version", c.get("version").asLong())), 422)));

        JsonNode differences = api.get(BASE + "/counts?stocktakeId=" + stocktake + "&differences=true").json();
        assertEquals(2, differences.get("total").asLong(), differences.toString());
        JsonNode same = api.get(BASE + "/counts?stocktakeId=" + stocktake + "&kind=NONE&size=1").json().at("/items/0");
        assertEquals("count-without-difference", rule(assertProblem(
                operator.post(BASE + "/counts/" + same.get("id").asLong() + "/settlement", settlement(same.get("version").asLong())), 422)));
        JsonNode shortage = api.get(BASE + "/counts?stocktakeId=" + stocktake + "&kind=SHORTAGE").json().at("/items/0");
        assertEquals(shortItem, shortage.get("itemId").asLong());
        JsonNode item = api.get(BASE + "/items/" + shortItem).json();
        ObjectNode change = Api.object().put("category", "EQUIPMENT").put("name", item.get("name").asText()).put("quantity", 99)
                .put("unitValue", item.get("unitValue").decimalValue()).put("version", item.get("version").asLong());
        assertEquals("item-under-open-count", rule(assertProblem(operator.put(BASE + "/items/" + shortItem, change), 422)));
        String settle = BASE + "/counts/" + shortage.get("id").asLong() + "/settlement";
        assertEquals("reason", field(assertProblem(operator.post(settle, settlement(shortage.get("version").asLong()).put("reason", " ")), 400)));
        assertProblem(operator.post(settle, settlement(shortage.get("version").asLong() + 2)), 409);
        JsonNode settled = operator.post(settle, settlement(shortage.get("version").asLong())).json();
        assertEquals(TODAY.toString(), settled.get("settledOn").asText(), settled.toString());
        assertEquals(item.get("quantity").asInt() - 1, api.get(BASE + "/items/" + shortItem).json().get("quantity").asInt(), "the ledger adjusted");
        assertEquals("difference-already-settled", rule(assertProblem(operator.post(settle, settlement(settled.get("version").asLong())), 422)));
        JsonNode damaged = api.get(BASE + "/counts?stocktakeId=" + stocktake + "&kind=DAMAGED").json().at("/items/0");
        int before = api.get(BASE + "/items/" + damagedItem).json().get("quantity").asInt();
        assertEquals(200,
                operator.post(BASE + "/counts/" + damaged.get("id").asLong() + "/settlement", settlement(damaged.get("version").asLong())).status());
        assertEquals(before - 1, api.get(BASE + "/items/" + damagedItem).json().get("quantity").asInt(), "the damaged piece written off");

        JsonNode ledger = api.get(BASE + "/venues/" + venueId + "/ledger").json();
        assertTrue(ledger.get("adjustments").size() >= 2, ledger.toString());
        JsonNode f = api.get(BASE + "/stocktakes/" + stocktake + "/figures").json();
        assertEquals(2, f.at("/total/differences").asLong(), f.toString());
        assertEquals(1, f.at("/total/shortages").asLong());
        assertEquals(1, f.at("/total/damaged").asLong());
        assertEquals(2, f.at("/total/settled").asLong());
        HttpResponse<byte[]> xlsx = api.download(BASE + "/documents/stocktakes/" + stocktake + "/differences.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(2, Workbooks.numericRows(xlsx.body(), 0), "a numbered row per difference");
        HttpResponse<byte[]> book = api.download(BASE + "/documents/ledger.xlsx");
        assertEquals(200, book.statusCode());
        assertEquals(f.at("/total/itemsCounted").asLong(), Workbooks.numericRows(book.body(), 0), "a numbered row per item");
        Api.Reply card = api.get(BASE + "/documents/venues/" + venueId + "/card.pdf");
        assertEquals(200, card.status());
        assertTrue(card.body().startsWith("%PDF"));

        c = api.get(BASE + "/stocktakes/" + stocktake).json();
        assertProblem(operator.post(BASE + "/stocktakes/" + stocktake + "/closing", Api.object().put("version", c.get("version").asLong() + 1)), 409);
        JsonNode done = operator.post(BASE + "/stocktakes/" + stocktake + "/closing", Api.object().put("version", c.get("version").asLong())).json();
        assertEquals("CLOSED", done.get("status").asText(), done.toString());
        assertEquals("stocktake-closed", rule(assertProblem(operator.post(counts, count), 422)));
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/counts/" + shortage.get("id").asLong()).status());
    }

    @Test
    @Order(5)
    void spendingKeepsToTheScopeAndTheBudgetAndGoesThroughEachLevelsStep() {
        String village = venue.get("villageCode").asText();
        String township = "/jurisdictions/" + venue.get("townshipCode").asText() + "/" + MODULE;
        ObjectNode allot = Api.object().put("villageCode", village).put("year", LAST_YEAR).put("budget", 10000);
        allot.putArray("scope").add("OFFICE").add("MEMBER_EDUCATION");
        assertEquals("fund-by-county", rule(assertProblem(operator.post(township + "/funds", allot), 422)));
        ObjectNode gifts = allot.deepCopy();
        ((ArrayNode) gifts.get("scope")).add("GIFTS");
        assertEquals("scope-prohibited-category", rule(assertProblem(operator.post(BASE + "/funds", gifts), 422)));
        assertEquals("fund-not-a-village", rule(assertProblem(operator.post(BASE + "/funds", allot.deepCopy().put("villageCode",
                venue.get("townshipCode").asText())), 422)));
        assertEquals("budget", field(assertProblem(operator.post(BASE + "/funds", allot.deepCopy().put("budget", -5)), 400)));
        Api.Reply allotted = operator.post(BASE + "/funds", allot);
        assertEquals(201, allotted.status(), allotted.toString());
        fund = allotted.json().get("id").asLong();
        assertProblem(operator.post(BASE + "/funds", allot), 409);

        String on = LocalDate.of(LAST_YEAR, 6, 1).toString();
        assertEquals("spending-outside-scope", rule(assertProblem(operator.post(BASE + "/spending", spend(village, "HOSPITALITY", 500, on)), 422)));
        assertEquals("spending-outside-scope", rule(assertProblem(operator.post(BASE + "/spending", spend(village, "UTILITIES", 500, on)), 422)));
        assertEquals("spending-over-budget", rule(assertProblem(operator.post(BASE + "/spending", spend(village, "OFFICE", 10000.01, on)), 422)));
        assertEquals("spending-without-fund", rule(assertProblem(operator.post(BASE + "/spending",
                spend(village, "OFFICE", 100, on).put("year", LAST_YEAR - 1).put("requestedOn", LocalDate.of(LAST_YEAR - 1, 6, 1).toString())),
                422)));
        assertEquals("category", field(assertProblem(operator.post(BASE + "/spending", spend(village, "CAKE", 100, on)), 400)));
        assertEquals("requestedOn",
                field(assertProblem(operator.post(BASE + "/spending", spend(village, "OFFICE", 100, TODAY.plusDays(1).toString())), 400)));

        // under the threshold: the township's step only
        JsonNode small = operator.post(BASE + "/spending", spend(village, "OFFICE", 3000, on)).json();
        assertEquals("SUBMITTED", small.get("status").asText(), small.toString());
        String smallPath = "/spending/" + small.get("id").asLong();
        assertEquals("decision-wrong-level", rule(assertProblem(operator.post(BASE + smallPath + "/decision", decision(true, small)), 422)));
        assertEquals("spending-not-approved", rule(assertProblem(operator.post(BASE + smallPath + "/payment", payment(small)), 422)));
        small = operator.post(township + smallPath + "/decision", decision(true, small)).json();
        assertEquals("APPROVED", small.get("status").asText(), small.toString());
        small = operator.post(BASE + smallPath + "/payment", payment(small)).json();
        assertEquals("PAID", small.get("status").asText(), small.toString());

        // above it: the township, then the county
        JsonNode large = operator.post(BASE + "/spending", spend(village, "MEMBER_EDUCATION", 6500, on)).json();
        spending = large.get("id").asLong();
        assertTrue(large.get("countyApprovalNeeded").asBoolean());
        String largePath = "/spending/" + spending;
        large = operator.post(township + largePath + "/decision", decision(true, large)).json();
        assertEquals("TOWNSHIP_APPROVED", large.get("status").asText(), large.toString());
        assertEquals("decision-wrong-level", rule(assertProblem(operator.post(township + largePath + "/decision", decision(true, large)), 422)));
        assertEquals("spending-over-budget", rule(assertProblem(operator.post(BASE + "/spending", spend(village, "OFFICE", 1000, on)), 422)),
                "3,000 paid and 6,500 in the steps leave 500");
        JsonNode f = api.get(BASE + "/funds/" + fund).json();
        assertEquals("budget-below-committed", rule(assertProblem(operator.put(BASE + "/funds/" + fund,
                allot.deepCopy().put("budget", 9000).put("version", f.get("version").asLong())), 422)));
        assertProblem(operator.post(BASE + largePath + "/decision", decision(true, large).put("version", large.get("version").asLong() + 1)), 409);
        large = operator.post(BASE + largePath + "/decision", decision(true, large)).json();
        assertEquals("APPROVED", large.get("status").asText(), large.toString());
        assertEquals("spending-already-decided", rule(assertProblem(operator.post(BASE + largePath + "/decision", decision(true, large)), 422)));
        large = operator.post(BASE + largePath + "/payment", payment(large)).json();
        assertEquals("PAID", large.get("status").asText());

        // rejected with its reason
        JsonNode third = operator.post(BASE + "/spending", spend(village, "OFFICE", 400, on)).json();
        String thirdPath = "/spending/" + third.get("id").asLong();
        assertEquals("reason", field(assertProblem(operator.post(township + thirdPath + "/decision", decision(false, third)), 400)));
        JsonNode rejected = operator.post(township + thirdPath + "/decision", decision(false, third).put("reason", "票据不全")).json();
        assertEquals("REJECTED", rejected.get("status").asText(), rejected.toString());

        JsonNode figures = api.get(BASE + "/figures/funds?year=" + LAST_YEAR).json();
        JsonNode t = figures.get("total");
        assertEquals(1, t.get("funds").asLong(), figures.toString());
        assertEquals(0, new BigDecimal("9500").compareTo(t.get("spent").decimalValue()));
        assertEquals(2, t.get("paid").asLong());
        assertEquals(1, t.get("rejectedRequests").asLong());
        assertEquals("95.0", t.get("spentPercent").asText());
        JsonNode view = api.get(BASE + "/funds/" + fund).json();
        assertEquals(0, new BigDecimal("500").compareTo(view.get("available").decimalValue()), view.toString());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/spending/" + spending).status());
        assertEquals(404, api.as("xingning-operator").get("/jurisdictions/441481/" + MODULE + "/funds/" + fund).status());
    }

    @Test
    @Order(6)
    void uninstallAndReinstallKeepEveryRecord() {
        String assets = api.get(BASE + "/figures").body();
        String funds = api.get(BASE + "/figures/funds?year=" + TODAY.getYear()).body();
        String ledger = api.get(BASE + "/venues/" + venue.get("id").asLong() + "/ledger").body();
        ModuleInstall.reinstall(server, api, MODULE, "jiceng-county-guangzong", BASE, "/figures", "/venues/" + venue.get("id").asLong());
        assertEquals(assets, api.get(BASE + "/figures").body(), "the demo ran once");
        assertEquals(funds, api.get(BASE + "/figures/funds?year=" + TODAY.getYear()).body());
        assertEquals(ledger, api.get(BASE + "/venues/" + venue.get("id").asLong() + "/ledger").body());
    }

    @Test
    @Order(7)
    void aTownshipRenamedShowsInTheFiguresAtOnce() {
        JsonNode first = api.get(BASE + "/venues?size=1&sort=villageCode").json().at("/items/0");
        String township = first.get("townshipCode").asText();
        String figures = "/jurisdictions/" + township + "/" + MODULE + "/figures";
        JsonNode before = api.get("/jurisdictions/" + township).json();
        String name = before.get("name").asText();
        assertEquals(name, api.get(figures).json().at("/byTownship/0/townshipName").asText(), "read once, so a copy could be kept");
        ObjectNode renamed = ((ObjectNode) before.deepCopy()).put("name", name + "（更名）");
        Api.Reply reply = api.put("/jurisdictions/" + township, renamed);
        assertEquals(200, reply.status(), reply.toString());
        try {
            assertEquals(name + "（更名）", api.get(figures).json().at("/byTownship/0/townshipName").asText());
            JsonNode chain = api.get("/jurisdictions/" + first.get("villageCode").asText() + "/ancestors").json();
            assertEquals(name + "（更名）", chain.get(chain.size() - 2).get("name").asText(), chain.toString());
        } finally {
            Api.Reply back = api.put("/jurisdictions/" + township, ((ObjectNode) reply.json().deepCopy()).put("name", name));
            assertEquals(200, back.status(), back.toString());
        }
        assertEquals(name, api.get(figures).json().at("/byTownship/0/townshipName").asText());
    }

    // ---- helpers

    private static ObjectNode item(String category, String name, Integer quantity) {
        ObjectNode i = Api.object().put("category", category).put("name", name).put("unitValue", 2500);
        if (quantity != null) {
            i.put("quantity", quantity);
        } else {
            i.put("area", 80);
        }
        return i;
    }

    private static ObjectNode settlement(long version) {
        return Api.object().put("reason", "经村两委会议研究、乡镇审核，按实盘调整台账").put("version", version);
    }

    private static ObjectNode spend(String village, String category, double amount, String on) {
        return Api.object().put("villageCode", village).put("year", LAST_YEAR).put("category", category).put("amount", BigDecimal.valueOf(amount))
                .put("purpose", "测试支出").put("requestedOn", on);
    }

    private static ObjectNode decision(boolean approve, JsonNode s) {
        return Api.object().put("approve", approve).put("decidedOn", LocalDate.of(LAST_YEAR, 6, 5).toString()).put("version",
                s.get("version").asLong());
    }

    private static ObjectNode payment(JsonNode s) {
        return Api.object().put("paidOn", LocalDate.of(LAST_YEAR, 6, 20).toString()).put("version", s.get("version").asLong());
    }

    private static String rule(JsonNode problem) {
        return problem.get("rule").asText();
    }

    private static String field(JsonNode problem) {
        return problem.at("/errors/0/field").asText();
    }
}
