package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The first page of a whole subtree's members or organizations gives a total the registry keeps as it writes
 * (V16's jurisdiction_tally) instead of counting every record. Every write that adds, removes or moves a record
 * is made here on a province of the test's own, and after each one the kept totals are checked against the
 * numbers expected and against the overview, which counts the records themselves.
 */
class KeptCountsIT {
    private static final LocalDate TODAY = LocalDate.now();
    private static Api api;
    private static String province;
    private static String county;
    private static String east;
    private static String west;

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    /**
     * A province of the test's own (so the figures of the demo's counties stay as other classes expect them), with a
     * county and two townships; each test makes its own.
     */
    private static void freshProvince() {
        province = null;
        for (String code : new String[]{"650000", "640000", "630000", "620000", "610000", "540000"}) {
            if (api.get("/jurisdictions/" + code).status() == 404) {
                province = code;
                break;
            }
        }
        assertTrue(province != null, "a free province code for the test");
        county = province.substring(0, 2) + "0101";
        east = county + "001";
        west = county + "002";
        jurisdiction(province, "计数测试省", "PROVINCE", null);
        jurisdiction(county, "计数测试县", "COUNTY", province);
        jurisdiction(east, "东镇", "TOWNSHIP", county);
        jurisdiction(west, "西镇", "TOWNSHIP", county);
    }

    @Test
    void concurrentWritersAddUp() throws Exception {
        freshProvince();
        long eastBranch = organization("东镇并发支部", east);
        int writers = 6;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        member(eastBranch, writer * each + i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertKept(writers * each, 0, 1, 0);
    }

    @Test
    void everyWriteKeepsTheTotalsOfTheSubtreesItTouches() throws Exception {
        freshProvince();
        assertKept(0, 0, 0, 0);
        long eastBranch = organization("东镇第一支部", east);
        long westBranch = organization("西镇第一支部", west);
        assertKept(0, 0, 1, 1);

        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(member(eastBranch, i));
        }
        members.add(member(westBranch, 3));
        assertKept(3, 1, 1, 1);

        // a member moved by editing its record
        JsonNode moved = api.get("/members/" + members.get(0)).json();
        ObjectNode edit = (ObjectNode) moved.deepCopy();
        edit.put("organizationId", westBranch);
        assertEquals(200, api.put("/members/" + members.get(0), edit).status());
        assertKept(2, 2, 1, 1);

        // a member moved by a completed relation transfer
        transfer(members.get(1), westBranch);
        assertKept(1, 3, 1, 1);

        // a member deleted
        assertEquals(204, api.delete("/members/" + members.get(2)).status());
        assertKept(0, 3, 1, 1);

        // members imported from a file: two new ones in the east
        importMembers(east, "东镇第一支部", 700, 2);
        assertKept(2, 3, 1, 1);

        // an organization moved to another jurisdiction takes its members with it
        JsonNode branch = api.get("/organizations/" + westBranch).json();
        ObjectNode relocated = (ObjectNode) branch.deepCopy();
        relocated.put("jurisdictionCode", east);
        assertEquals(200, api.put("/organizations/" + westBranch, relocated).status());
        assertKept(5, 0, 2, 0);

        // an organization created and deleted
        long empty = organization("西镇临时支部", west);
        assertKept(5, 0, 2, 1);
        assertEquals(204, api.delete("/organizations/" + empty).status());
        assertKept(5, 0, 2, 0);
    }

    /**
     * A county's member pages read the county kept on each member's row (V18): every write that places a member in
     * another county, or moves its organization there, must move the member between the two counties' lists.
     */
    @Test
    void aCountysMemberListsFollowMembersAndOrganizationsAcrossCounties() throws Exception {
        freshProvince();
        String otherCounty = province.substring(0, 2) + "0102";
        String otherTownship = otherCounty + "001";
        jurisdiction(otherCounty, "计数测试二县", "COUNTY", province);
        jurisdiction(otherTownship, "南镇", "TOWNSHIP", otherCounty);
        long eastBranch = organization("东镇跨县支部", east);
        long countyOrgan = organization("县直机关跨县支部", county);
        long southBranch = organization("南镇跨县支部", otherTownship);
        long a = member(eastBranch, 10);
        long b = member(eastBranch, 11);
        long c = member(southBranch, 12);
        long d = member(countyOrgan, 13);
        assertCountyLists(county, Set.of(a, b, d), otherCounty, Set.of(c));

        // to the other county by editing the record, and by a completed relation transfer
        ObjectNode edit = (ObjectNode) api.get("/members/" + a).json().deepCopy();
        edit.put("organizationId", southBranch);
        assertEquals(200, api.put("/members/" + a, edit).status());
        assertCountyLists(county, Set.of(b, d), otherCounty, Set.of(a, c));
        transfer(b, southBranch);
        assertCountyLists(county, Set.of(d), otherCounty, Set.of(a, b, c));
        // the county written with the move, not after it: one update of the member each, one audit entry each
        for (long moved : List.of(a, b)) {
            JsonNode trail = api.get("/audit?entity=MemberEntity&entityId=" + moved + "&size=20").json();
            List<String> actions = new ArrayList<>();
            trail.get("items").forEach(e -> actions.add(e.get("action").asText()));
            assertEquals(List.of("UPDATE", "INSERT"), actions, "the audit trail of member " + moved + ": " + trail);
        }

        // imported into the first county
        importMembers(east, "东镇跨县支部", 800, 1);
        Set<Long> imported = new HashSet<>(ids("/members?jurisdiction=" + east + "&size=100"));
        assertEquals(1, imported.size(), imported.toString());
        Set<Long> first = new HashSet<>(imported);
        first.add(d);
        assertCountyLists(county, first, otherCounty, Set.of(a, b, c));

        // the other county's branch moved into the first county's township takes its three members along
        ObjectNode relocated = (ObjectNode) api.get("/organizations/" + southBranch).json().deepCopy();
        relocated.put("jurisdictionCode", east);
        assertEquals(200, api.put("/organizations/" + southBranch, relocated).status());
        first.addAll(Set.of(a, b, c));
        assertCountyLists(county, first, otherCounty, Set.of());
        assertEquals(first, new HashSet<>(ids("/members?jurisdiction=" + province + "&size=100")), "the province's members");
    }

    /** Both counties' members, listed by id, by name (both read by the kept county) and as the first page after a cursor. */
    private static void assertCountyLists(String one, Set<Long> ofOne, String other, Set<Long> ofOther) {
        for (String code : List.of(one, other)) {
            Set<Long> expected = code.equals(one) ? ofOne : ofOther;
            assertEquals(expected, new HashSet<>(ids("/members?jurisdiction=" + code + "&size=100")), "members of " + code + " by id");
            List<Long> byName = ids("/members?jurisdiction=" + code + "&size=100&sort=name");
            assertEquals(expected, new HashSet<>(byName), "members of " + code + " by name");
            assertEquals(expected.size(), byName.size(), "members of " + code + " by name, each once");
            JsonNode firstTwo = api.get("/members?jurisdiction=" + code + "&size=2&sort=name").json();
            assertEquals(expected.size(), firstTwo.get("total").asLong(), "the total of " + code + "'s first page");
            if (expected.size() > 2) {
                String next = firstTwo.get("next").asText();
                List<Long> rest = ids("/members?jurisdiction=" + code + "&size=100&sort=name&after=" + java.net.URLEncoder.encode(next,
                        java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(byName.subList(2, byName.size()), rest, "members of " + code + " by name after the first page");
            }
        }
    }

    private static List<Long> ids(String list) {
        Api.Reply r = api.get(list);
        assertEquals(200, r.status(), r.toString());
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private static void transfer(long member, long toOrganization) {
        JsonNode issued = api.post("/transfers", Api.object().put("memberId", member).put("toOrganizationId", toOrganization)
                .put("letterNumber", "计转" + System.nanoTime()).put("issuedOn", TODAY.minusDays(1).toString()).put("validityDays", 30)).json();
        JsonNode received = api.post("/transfers/" + issued.get("id").asLong() + "/receive",
                Api.object().put("date", TODAY.toString()).put("version", issued.get("version").asLong())).json();
        JsonNode completed = api.post("/transfers/" + issued.get("id").asLong() + "/complete",
                Api.object().put("date", TODAY.toString()).put("version", received.get("version").asLong())).json();
        assertEquals("COMPLETED", completed.get("status").asText(), completed.toString());
    }

    /** Members imported from an XLSX file into the organization named, with ID cards numbered from {@code firstNumber}. */
    private static void importMembers(String jurisdiction, String organization, int firstNumber, int count) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(1980 + i, 3, 4);
            rows.add(new String[]{"计数导入" + firstNumber + i, "男", birth.toString(), "本科", ImportExportIT.idCard("650101", birth, firstNumber + i), "",
                    "", jurisdiction, organization, "正式党员", birth.plusYears(20).toString(), birth.plusYears(20).plusMonths(3).toString(),
                    birth.plusYears(21).plusMonths(4).toString(), birth.plusYears(21).plusMonths(8).toString(),
                    birth.plusYears(22).plusMonths(8).toString(), "否"});
        }
        JsonNode imported = ImportExportIT.runImportWith(api, JicengServer.get(), "members", ImportExportIT.xlsx(rows), false);
        assertEquals("SUCCEEDED", imported.get("status").asText(), imported.toString());
    }

    /** The kept totals of the two townships, the county and the province, as expected and as the overview counts them. */
    private static void assertKept(long eastMembers, long westMembers, long eastOrganizations, long westOrganizations) {
        assertTotals(east, eastMembers, eastOrganizations);
        assertTotals(west, westMembers, westOrganizations);
        assertTotals(county, eastMembers + westMembers, eastOrganizations + westOrganizations);
        assertTotals(province, eastMembers + westMembers, eastOrganizations + westOrganizations);
    }

    private static void assertTotals(String code, long members, long organizations) {
        assertEquals(members, total("/members?jurisdiction=" + code + "&size=1"), "members of " + code);
        assertEquals(organizations, total("/organizations?jurisdiction=" + code + "&size=1"), "organizations of " + code);
        JsonNode figures = api.get("/jurisdictions/" + code + "/overview").json().get("figures");
        assertEquals(members, figures.get("members").asLong(), "members of " + code + " counted by the overview");
        assertEquals(organizations, figures.get("organizations").asLong(), "organizations of " + code + " counted by the overview");
    }

    private static long total(String list) {
        Api.Reply r = api.get(list);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("total").asLong();
    }

    private static void jurisdiction(String code, String name, String level, String parent) {
        ObjectNode j = Api.object().put("code", code).put("name", name).put("level", level);
        if (parent != null) {
            j.put("parentCode", parent);
        }
        Api.Reply r = api.post("/jurisdictions", j);
        assertEquals(201, r.status(), r.toString());
    }

    private static long organization(String name, String jurisdiction) {
        Api.Reply r = api.post("/organizations", Api.object().put("name", name).put("type", "BRANCH").put("field", "RURAL")
                .put("jurisdictionCode", jurisdiction).put("termStart", "2024-01-01").put("termEnd", "2029-01-01"));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static long member(long organization, int index) {
        LocalDate born = LocalDate.of(1970 + index % 20, 5, 6);
        Api.Reply r = api.post("/members", Api.object().put("name", "计数党员" + index).put("gender", "MALE").put("birthDate", born.toString())
                .put("organizationId", organization).put("stage", "FULL").put("hasPost", false)
                .put("applicationDate", born.plusYears(20).toString()).put("activistDate", born.plusYears(20).plusMonths(2).toString())
                .put("candidateDate", born.plusYears(21).plusMonths(3).toString()).put("probationDate", born.plusYears(21).plusMonths(6).toString())
                .put("fullDate", born.plusYears(22).plusMonths(7).toString()));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }
}
