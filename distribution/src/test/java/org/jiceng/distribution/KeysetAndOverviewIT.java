package org.jiceng.distribution;

import static org.jiceng.distribution.CoreRegistryIT.assertProblem;
import static org.jiceng.distribution.CoreRegistryIT.problemType;
import static org.jiceng.distribution.CoreRegistryIT.refusedField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Member lists continued after a cursor (keyset paging) give exactly the records of the pages by number, and a
 * jurisdiction's overview gives exactly the figures the lists count, for the jurisdiction and each one below it.
 * Reads the demo county 兴宁 (441481) as it is; writes nothing.
 */
class KeysetAndOverviewIT {
    private static final String COUNTY = "441481";
    private static Api api;

    @BeforeAll
    static void start() {
        api = new Api(JicengServer.get());
    }

    @Test
    void pagesAfterACursorGiveTheSameMembersAsPagesByNumberInEveryKeysetOrder() {
        for (String sort : new String[]{"name", "-birthDate", "stage,-name", "organizationId", "-id"}) {
            String list = "/members?jurisdiction=" + COUNTY + "&size=40&sort=" + sort;
            List<Long> byNumber = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                api.get(list + "&page=" + page).json().get("items").forEach(m -> byNumber.add(m.get("id").asLong()));
            }
            List<Long> byCursor = new ArrayList<>();
            JsonNode page = api.get(list).json();
            long total = page.get("total").asLong();
            assertTrue(total > 120, sort + ": the county has members enough for three pages: " + total);
            for (int i = 0; i < 3; i++) {
                page.get("items").forEach(m -> byCursor.add(m.get("id").asLong()));
                if (i > 0) {
                    assertEquals(-1, page.get("total").asLong(), sort + ": a page after a cursor is not counted again");
                }
                String next = page.get("next").asText();
                page = api.get(list + "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).json();
            }
            assertEquals(byNumber, byCursor, sort);
        }
    }

    /**
     * The first pages of a subtree, big (the county, its province) or small (a village), by name and by id: each is the same
     * slice of the whole list read as one long page, with the same total, and the first page's cursor goes on where the
     * whole list does (pages of 20 and of 500 are read by different queries on either database).
     */
    @Test
    void theFirstPagesOfASubtreeAreTheSlicesOfItsWholeList() {
        for (String code : new String[]{COUNTY, "440000", COUNTY + "101001"}) {
            for (String sort : new String[]{"name", "id"}) {
                String list = "/members?jurisdiction=" + code + "&sort=" + sort;
                JsonNode whole = api.get(list + "&size=500").json();
                List<Long> all = ids(whole);
                long total = whole.get("total").asLong();
                assertTrue(total > 0, code + ": members to list");
                for (int number = 0; number < 3; number++) {
                    JsonNode page = api.get(list + "&size=20&page=" + number).json();
                    assertEquals(all.subList(Math.min(all.size(), number * 20), Math.min(all.size(), number * 20 + 20)), ids(page),
                            list + ", page " + number);
                    assertEquals(total, page.get("total").asLong(), list + ", page " + number);
                }
                if (all.size() > 20) {
                    String next = api.get(list + "&size=20").json().get("next").asText();
                    assertEquals(all.subList(20, Math.min(all.size(), 40)),
                            ids(api.get(list + "&size=20&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).json()),
                            list + ", after the first page");
                }
            }
        }
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    @Test
    void organizationsFollowACursorToo() {
        String list = "/organizations?jurisdiction=" + COUNTY + "&size=30&sort=-status,name";
        List<Long> byNumber = new ArrayList<>();
        List<Long> byCursor = new ArrayList<>();
        JsonNode page = api.get(list).json();
        for (int i = 0; i < 3; i++) {
            api.get(list + "&page=" + i).json().get("items").forEach(o -> byNumber.add(o.get("id").asLong()));
            page.get("items").forEach(o -> byCursor.add(o.get("id").asLong()));
            page = api.get(list + "&after=" + URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8)).json();
        }
        assertEquals(90, byNumber.size());
        assertEquals(byNumber, byCursor);
    }

    @Test
    void theLastPageHasNoCursorAndFollowingCursorsReadsTheWholeList() {
        long organizationId = api.get("/organizations?jurisdiction=" + COUNTY + "&size=1&sort=id").json().at("/items/0/id").asLong();
        String list = "/members?organizationId=" + organizationId + "&size=3&sort=name";
        long total = api.get(list).json().get("total").asLong();
        assertTrue(total > 3, "the organization has members on more than one page: " + total);
        List<Long> all = new ArrayList<>();
        api.get("/members?organizationId=" + organizationId + "&size=500&sort=name").json().get("items")
                .forEach(m -> all.add(m.get("id").asLong()));
        List<Long> followed = new ArrayList<>();
        JsonNode page = api.get(list).json();
        while (true) {
            page.get("items").forEach(m -> followed.add(m.get("id").asLong()));
            if (page.get("next").isNull()) {
                break;
            }
            page = api.get(list + "&after=" + URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8)).json();
        }
        assertEquals(all, followed);
        assertEquals(total, followed.size());
    }

    @Test
    void aForeignOrTamperedCursorIsA400NamingAfter() {
        String next = api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=name").json().get("next").asText();
        String encoded = URLEncoder.encode(next, StandardCharsets.UTF_8);
        // the cursor of a list by name does not continue a list by birth date (a text is not a date)
        assertEquals("after", refusedField(api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=birthDate&after=" + encoded)));
        assertEquals("after", refusedField(api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=name&after=%25%25")));
        assertEquals("after", refusedField(api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=name&after=" + "A".repeat(1_100))));
        // a full date is null until a member is full: such a list pages by number only
        assertEquals("after", refusedField(api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=fullDate&after=" + encoded)));
        assertTrue(api.get("/members?jurisdiction=" + COUNTY + "&size=5&sort=fullDate").json().get("next").isNull());
    }

    @Test
    void theOverviewCountsWhatTheListsCountForTheCountyAndEachJurisdictionBelowIt() {
        JsonNode overview = api.get("/jurisdictions/" + COUNTY + "/overview").json();
        assertEquals(COUNTY, overview.at("/jurisdiction/code").asText());
        assertFigures(COUNTY, overview.get("figures"));
        JsonNode below = overview.get("below");
        JsonNode children = api.get("/jurisdictions?parent=" + COUNTY + "&size=200&sort=code").json();
        assertEquals(children.get("total").asInt(), below.size());
        assertFalse(below.isEmpty());
        for (int i = 0; i < below.size(); i++) {
            assertEquals(children.at("/items/" + i + "/code").asText(), below.at("/" + i + "/jurisdiction/code").asText());
            assertFigures(below.at("/" + i + "/jurisdiction/code").asText(), below.get(i).get("figures"));
        }
    }

    @Test
    void theOverviewOfAJurisdictionOutsideTheCallersIsNotFound() {
        Api operator = api.as("xiajiang-operator");
        assertEquals("not-found", problemType(assertProblem(operator.get("/jurisdictions/" + COUNTY + "/overview"), 404)));
        assertEquals(200, operator.get("/jurisdictions/360823/overview").status());
        assertEquals("not-found", problemType(assertProblem(api.get("/jurisdictions/999999/overview"), 404)));
    }

    /** The figures of an overview against the lists' totals and the pipeline of the same jurisdiction. */
    private static void assertFigures(String code, JsonNode figures) {
        assertNotNull(figures, code);
        String in = "?jurisdiction=" + code + "&size=1";
        assertEquals(total("/organizations" + in), figures.get("organizations").asLong(), code);
        assertEquals(total("/organizations" + in + "&status=BACKWARD"), figures.get("backwardOrganizations").asLong(), code);
        assertEquals(total("/organizations" + in + "&status=WEAK_LAX"), figures.get("weakLaxOrganizations").asLong(), code);
        assertEquals(total("/members" + in), figures.get("members").asLong(), code);
        JsonNode pipeline = api.get("/development/pipeline?jurisdiction=" + code).json();
        pipeline.properties()
                .forEach(e -> assertEquals(e.getValue().asLong(), figures.at("/pipeline/" + e.getKey()).asLong(), code + " " + e.getKey()));
    }

    private static long total(String path) {
        return api.get(path).json().get("total").asLong();
    }
}
