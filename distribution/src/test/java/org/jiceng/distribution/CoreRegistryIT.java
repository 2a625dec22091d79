package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The core registry through the running distribution: REST CRUD, queries, errors, and SOAP. */
class CoreRegistryIT {
    private static Api api;

    @BeforeAll
    static void boot() {
        api = new Api(JicengServer.get());
    }

    @Test
    void healthReportsStatusVersionDatabaseAndModules() {
        Api.Reply r = api.get("/health");
        assertEquals(200, r.status(), r.toString());
        JsonNode h = r.json();
        assertEquals("UP", h.get("status").asText());
        assertTrue(h.get("version").asText().startsWith("0.1.0"), r.toString());
        String expected = "postgresql".equals(JicengServer.get().database) ? "PostgreSQL" : "H2";
        assertEquals(expected, h.at("/database/product").asText());
        assertTrue(h.at("/database/schemaVersion").asInt() >= 1);
        assertTrue(h.get("modules").isArray());
    }

    @Test
    void documentRendererBundleIsActiveAndItsServiceRegistered() {
        JicengServer server = JicengServer.get();
        String bundle = server.shell("bundle:list -s").lines()
                .filter(l -> l.contains("org.jiceng.core.documents")).findFirst().orElse("");
        assertTrue(bundle.contains("Active"), "bundle:list -s: " + bundle);
        String services = server.shell("service:list org.jiceng.document.DocumentRenderer");
        assertTrue(services.contains("org.jiceng.core.documents.internal.PdfDocumentRenderer"), services);
    }

    @Test
    void demoDataHoldsTheFiveOriginCountiesWithThousandsOfMembers() {
        for (String county : List.of("130531", "110113", "441481", "430581", "360823")) {
            JsonNode j = api.get("/jurisdictions/" + county).json();
            assertEquals("COUNTY", j.get("level").asText(), county);
            assertTrue(api.get("/organizations?jurisdiction=" + county + "&size=1").json().get("total").asLong() > 30, county);
        }
        assertEquals(17, api.get("/jurisdictions/441481/subtree?level=TOWNSHIP").json().get("total").asInt(), "兴宁 has 17 towns");
        long members = api.get("/members?size=1").json().get("total").asLong();
        assertTrue(members >= 2000 && members <= 10000, "a few thousand members, got " + members);
    }

    @Test
    void treeQueriesFollowTheHierarchy() {
        JsonNode village = api.get("/jurisdictions/441481/subtree?level=VILLAGE&size=1").json().at("/items/0");
        JsonNode chain = api.get("/jurisdictions/" + village.get("code").asText() + "/ancestors").json();
        List<String> codes = new ArrayList<>();
        chain.forEach(j -> codes.add(j.get("code").asText()));
        assertEquals(5, codes.size(), codes.toString());
        assertEquals(List.of("440000", "441400", "441481"), codes.subList(0, 3));
        JsonNode roots = api.get("/jurisdictions").json();
        Set<String> rootCodes = new HashSet<>();
        roots.get("items").forEach(j -> rootCodes.add(j.get("code").asText()));
        assertTrue(rootCodes.containsAll(Set.of("110000", "130000", "360000", "430000", "440000")), rootCodes.toString());

        Api.Reply missing = api.get("/jurisdictions/999999");
        assertProblem(missing, 404);
    }

    @Test
    void organizationsAreFilteredBySubtreeAndSortedAndPaged() {
        JsonNode page = api.get("/organizations?jurisdiction=360823&field=RURAL&sort=-termEnd&size=50").json();
        String previous = "9999-12-31";
        for (JsonNode o : page.get("items")) {
            assertEquals("RURAL", o.get("field").asText());
            assertTrue(o.get("jurisdictionCode").asText().startsWith("360823"));
            assertTrue(o.get("termEnd").asText().compareTo(previous) <= 0, "sorted by termEnd descending");
            previous = o.get("termEnd").asText();
        }
        JsonNode p0 = api.get("/organizations?jurisdiction=130531&size=5&page=0").json();
        JsonNode p1 = api.get("/organizations?jurisdiction=130531&size=5&page=1").json();
        assertEquals(5, p0.get("items").size());
        assertFalse(p0.at("/items/0/id").equals(p1.at("/items/0/id")));

        Api.Reply bad = api.get("/organizations?sort=name;DROP%20TABLE&size=0");
        JsonNode problem = assertProblem(bad, 400);
        assertTrue(problem.toString().contains("size") && problem.toString().contains("sort"), problem.toString());
        assertProblem(api.get("/organizations?status=SOMETIMES"), 400);
        assertProblem(api.get("/organizations?termEndsBefore=yesterday"), 400);
    }

    @Test
    void organizationLifecycleWithValidationAndOptimisticLocking() {
        ObjectNode o = Api.object().put("name", "兴宁市测试机关党支部").put("type", "BRANCH").put("field", "ORGAN")
                .put("jurisdictionCode", "441481").put("termStart", "2024-01-01").put("termEnd", "2029-01-01").put("starRating", 3);
        Api.Reply created = api.post("/organizations", o);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();

        o.put("starRating", 4).put("version", version);
        Api.Reply updated = api.put("/organizations/" + id, o);
        assertEquals(200, updated.status(), updated.toString());
        assertEquals(4, updated.json().get("starRating").asInt());
        assertEquals(version + 1, updated.json().get("version").asLong());

        Api.Reply stale = api.put("/organizations/" + id, o.put("starRating", 5));
        assertProblem(stale, 409);
        assertEquals(4, api.get("/organizations/" + id).json().get("starRating").asInt(), "the stale write changed nothing");

        Api.Reply invalid = api.post("/organizations", Api.object().put("type", "BRANCH").put("field", "ORGAN")
                .put("jurisdictionCode", "441481").put("starRating", 9));
        JsonNode problem = assertProblem(invalid, 400);
        Set<String> fields = new HashSet<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("name", "starRating"), fields);

        assertProblem(api.post("/organizations", o.deepCopy().put("jurisdictionCode", "000000")), 400);

        // an update checks the references it changes (those it leaves as stored are not looked up again)
        ObjectNode current = (ObjectNode) api.get("/organizations/" + id).json();
        assertEquals("jurisdictionCode", assertProblem(api.put("/organizations/" + id, current.deepCopy().put("jurisdictionCode", "000000")), 400)
                .at("/errors/0/field").asText());
        ObjectNode childBody = o.deepCopy().put("name", "兴宁市测试机关第一党支部").put("parentId", id);
        childBody.remove("version");
        Api.Reply child = api.post("/organizations", childBody);
        assertEquals(201, child.status(), child.toString());
        long childId = child.json().get("id").asLong();
        JsonNode cycle = assertProblem(api.put("/organizations/" + id, current.deepCopy().put("parentId", childId)), 400);
        assertEquals("parentId", cycle.at("/errors/0/field").asText(), cycle.toString());
        assertEquals(400, api.put("/organizations/" + childId, ((ObjectNode) child.json()).deepCopy().put("parentId", childId + 1_000_000)).status());
        Api.Reply renamed = api.put("/organizations/" + childId, ((ObjectNode) child.json()).deepCopy().put("name", "兴宁市测试机关第二党支部"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(id, renamed.json().get("parentId").asLong());
        assertEquals(version + 1, api.get("/organizations/" + id).json().get("version").asLong(), "the refused updates changed nothing");

        assertEquals(204, api.delete("/organizations/" + childId).status());
        assertEquals(204, api.delete("/organizations/" + id).status());
        assertProblem(api.get("/organizations/" + id), 404);
    }

    @Test
    void malformedAndUnknownInputIsA400NeverA500() {
        JsonNode unknown = assertProblem(api.post("/organizations", "{\"name\":\"x\",\"nmae\":\"y\"}"), 400);
        assertEquals("nmae", unknown.at("/errors/0/field").asText());
        assertProblem(api.post("/organizations", "{\"name\": "), 400);
        assertProblem(api.post("/members", "[1,2,3]"), 400);
        assertProblem(api.post("/members", Api.object().put("stage", "EMPEROR")), 400);
        assertProblem(api.get("/organizations/abc"), 400);
        assertProblem(api.get("/no-such-resource"), 404);
    }

    @Test
    void membersAreQueriedAndValidated() {
        JsonNode page = api.get("/members?jurisdiction=430581&stage=PROBATIONARY&size=20").json();
        assertTrue(page.get("total").asLong() > 0);
        page.get("items").forEach(m -> {
            assertEquals("PROBATIONARY", m.get("stage").asText());
            assertTrue(m.get("jurisdictionCode").asText().startsWith("430581"));
        });
        long organizationId = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        ObjectNode m = Api.object().put("name", "测试党员").put("gender", "FEMALE").put("birthDate", "1990-05-01")
                .put("organizationId", organizationId).put("stage", "ACTIVIST").put("applicationDate", "2025-01-10")
                .put("activistDate", "2025-03-01").put("hasPost", false);
        Api.Reply created = api.post("/members", m);
        assertEquals(201, created.status(), created.toString());
        assertEquals("430581", created.json().get("jurisdictionCode").asText().substring(0, 6));
        long createdId = created.json().get("id").asLong();
        // one organization within a jurisdiction: its members when it lies in the subtree, none when it lies elsewhere
        JsonNode inCounty = api.get("/members?jurisdiction=430581&organizationId=" + organizationId + "&size=500").json();
        assertTrue(inCounty.get("items").findValues("id").stream().anyMatch(v -> v.asLong() == createdId), inCounty.toString());
        inCounty.get("items").forEach(x -> assertEquals(organizationId, x.get("organizationId").asLong()));
        JsonNode elsewhere = api.get("/members?jurisdiction=441481&organizationId=" + organizationId + "&size=20").json();
        assertEquals(0, elsewhere.get("total").asLong(), elsewhere.toString());
        assertEquals(0, elsewhere.get("items").size());

        Api.Reply future = api.post("/members", m.deepCopy().put("birthDate", "2999-01-01"));
        assertEquals("birthDate", assertProblem(future, 400).at("/errors/0/field").asText());
        Api.Reply order = api.post("/members", m.deepCopy().put("activistDate", "2024-01-01"));
        assertEquals("activistDate", assertProblem(order, 400).at("/errors/0/field").asText());
        assertEquals(204, api.delete("/members/" + createdId).status());
    }

    @Test
    void aSmallAnswerCarriesItsLengthAndABigOneStreamsWhole() throws Exception {
        long id = api.get("/members?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        HttpResponse<String> one = api.exchange(HttpRequest.newBuilder(JicengServer.get().uri("/api/v1/members/" + id)).GET());
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(Optional.of(Integer.toString(one.body().getBytes(StandardCharsets.UTF_8).length)), one.headers().firstValue("Content-Length"),
                "a member is answered whole, with its length");
        assertEquals(Optional.empty(), one.headers().firstValue("Transfer-Encoding"));
        assertEquals(id, Api.JSON.readTree(one.body()).get("id").asLong());
        // 200 members are about 94 KB, past what is held back for its length: streamed in chunks, and whole
        HttpResponse<String> big = api
                .exchange(HttpRequest.newBuilder(JicengServer.get().uri("/api/v1/members?jurisdiction=430581&size=200&sort=name")).GET());
        assertEquals(200, big.statusCode(), big.body());
        assertTrue(big.body().getBytes(StandardCharsets.UTF_8).length > 64 * 1024, "the page is past the limit: " + big.body().length());
        assertEquals(Optional.of("chunked"), big.headers().firstValue("Transfer-Encoding"));
        assertEquals(200, Api.JSON.readTree(big.body()).get("items").size());
    }

    @Test
    void aNameSearchPagesInTheRequestedOrderWithTheWholeTotal() {
        long organizationId = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        List<String> names = List.of("检索乙" + tag, "检索甲" + tag, "检索丙" + tag, "Jiansuo" + tag);
        List<Long> ids = new java.util.ArrayList<>();
        for (String name : names) {
            ObjectNode m = Api.object().put("name", name).put("gender", "MALE").put("birthDate", "1991-02-03").put("organizationId", organizationId)
                    .put("stage", "APPLICANT").put("applicationDate", "2025-02-01").put("hasPost", false);
            Api.Reply created = api.post("/members", m);
            assertEquals(201, created.status(), created.toString());
            ids.add(created.json().get("id").asLong());
        }
        try {
            // Chinese text is matched as it is, Latin text in another case lower-cased
            assertEquals(List.of("检索丙" + tag),
                    names(api.get("/members?jurisdiction=430581&q=" + enc("索丙" + tag)).json()));
            JsonNode latin = api.get("/members?jurisdiction=430581&q=JIANSUO" + tag).json();
            assertEquals(1, latin.get("total").asLong(), latin.toString());
            assertEquals(ids.get(3), latin.at("/items/0/id").asLong());
            // pages of 2 sorted by name, descending: together the one page of all, in its order (the database's collation)
            String search = "/members?jurisdiction=430581&q=" + enc("检索") + "&sort=-name";
            JsonNode all = api.get(search + "&size=500").json();
            List<String> whole = names(all);
            assertTrue(whole.containsAll(names.subList(0, 3)) && !whole.contains(names.get(3)), whole.toString());
            List<String> paged = new java.util.ArrayList<>();
            for (int page = 0; page * 2L < all.get("total").asLong(); page++) {
                JsonNode p = api.get(search + "&size=2&page=" + page).json();
                assertEquals(all.get("total").asLong(), p.get("total").asLong());
                paged.addAll(names(p));
            }
            assertEquals(whole, paged);
        } finally {
            ids.forEach(id -> api.delete("/members/" + id));
        }
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new java.util.ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void soapServesRegistryQueriesAndFaults() {
        Api.Reply wsdl = api.raw(java.net.http.HttpRequest.newBuilder(JicengServer.get().uri("/services/RegistryService?wsdl")).GET());
        assertEquals(200, wsdl.status());
        assertTrue(wsdl.body().contains("RegistryService"));

        String ns = "http://jiceng.org/soap/registry";
        Api.Reply orgs = api.soap("RegistryService", ns,
                "<t:findOrganizations><t:jurisdictionCode>441481</t:jurisdictionCode><t:field>RURAL</t:field><t:size>3</t:size></t:findOrganizations>");
        assertEquals(200, orgs.status(), orgs.toString());
        assertTrue(orgs.body().contains("<total>") && orgs.body().contains("<field>RURAL</field>"), orgs.toString());

        Api.Reply member = api.soap("RegistryService", ns,
                "<t:findMembers><t:jurisdictionCode>110113</t:jurisdictionCode><t:size>1</t:size></t:findMembers>");
        assertTrue(member.body().contains("<stage>"), member.toString());

        Api.Reply missing = api.soap("RegistryService", ns, "<t:getJurisdiction><t:code>999999</t:code></t:getJurisdiction>");
        assertEquals(500, missing.status());
        assertTrue(missing.body().contains("Client") && missing.body().contains("not found") && missing.body().contains("not-found"),
                missing.toString());

        Api.Reply badEnum = api.soap("RegistryService", ns, "<t:findOrganizations><t:field>MOON</t:field></t:findOrganizations>");
        assertTrue(badEnum.body().contains("Client") && badEnum.body().contains("field"), badEnum.toString());

        Api.Reply malformed = api.soap("RegistryService", ns, "<t:getJurisdiction><t:code>");
        assertTrue(malformed.body().contains("Fault"), malformed.toString());
        assertFalse(malformed.body().contains("Exception"), "no internals in a fault: " + malformed);
    }

    @Test
    void openApiDocumentAndSwaggerUiDescribeTheApi() {
        JsonNode doc = api.get("/openapi.json").json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/health", "/jurisdictions/{code}/subtree", "/organizations/{id}", "/members",
                "/modules/{id}/jurisdictions/{code}")) {
            assertTrue(doc.get("paths").has(path), path);
        }
        Api.Reply ui = api.raw(java.net.http.HttpRequest.newBuilder(JicengServer.get().uri("/swagger-ui/index.html")).GET());
        assertEquals(200, ui.status());
        Api.Reply init = api.raw(java.net.http.HttpRequest.newBuilder(JicengServer.get().uri("/swagger-ui/swagger-initializer.js")).GET());
        assertTrue(init.body().contains("/api/v1/openapi.json"));
    }

    @Test
    void aJurisdictionIsReLevelledOnlyWhereTheTreeKeepsItsOrder() {
        String township = "441481" + (900 + (int) (System.nanoTime() % 100));
        String village = township + "001";
        api.delete("/jurisdictions/" + village);
        api.delete("/jurisdictions/" + township);
        assertEquals(201, api.post("/jurisdictions", Api.object().put("code", township).put("name", "层级镇").put("level", "TOWNSHIP")
                .put("parentCode", "441481")).status());
        assertEquals(201, api.post("/jurisdictions", Api.object().put("code", village).put("name", "层级村").put("level", "VILLAGE")
                .put("parentCode", township)).status());
        try {
            ObjectNode t = (ObjectNode) api.get("/jurisdictions/" + township).json();
            JsonNode villageRead = api.get("/jurisdictions/" + village).json();
            Api.Reply asVillage = api.put("/jurisdictions/" + township, t.deepCopy().put("level", "VILLAGE"));
            assertEquals("level", refusedField(asVillage));
            assertTrue(asVillage.json().at("/errors/0/reason").asText().contains("VILLAGE of its children"), asVillage.toString());
            Api.Reply asCounty = api.put("/jurisdictions/" + township, t.deepCopy().put("level", "COUNTY"));
            assertEquals("level", refusedField(asCounty));
            assertTrue(asCounty.json().at("/errors/0/reason").asText().contains("parent's level COUNTY"), asCounty.toString());
            Api.Reply villageUp = api.put("/jurisdictions/" + village, ((ObjectNode) villageRead.deepCopy()).put("level", "TOWNSHIP"));
            assertEquals("level", refusedField(villageUp));
            assertEquals("TOWNSHIP", api.get("/jurisdictions/" + township).json().get("level").asText(), "the refused changes changed nothing");

            Api.Reply renamed = api.put("/jurisdictions/" + township, t.deepCopy().put("name", "层级新镇"));
            assertEquals(200, renamed.status(), renamed.toString());
            assertEquals("层级新镇", api.get("/jurisdictions/" + village + "/ancestors").json().at("/3/name").asText());
        } finally {
            api.delete("/jurisdictions/" + village);
            api.delete("/jurisdictions/" + township);
        }
    }

    @Test
    void aJurisdictionStillReferredToIsKeptWithAConflictNamingWhatRefersToIt() {
        String township = "441481" + (800 + (int) (System.nanoTime() % 100));
        api.delete("/jurisdictions/" + township);
        assertEquals(201, api.post("/jurisdictions", Api.object().put("code", township).put("name", "引用镇").put("level", "TOWNSHIP")
                .put("parentCode", "441481")).status());
        ObjectNode account = Api.object().put("username", "ref-" + Long.toString(System.nanoTime(), 36)).put("jurisdictionCode", township)
                .put("password", "initial-pass-1");
        account.putArray("roles").add("viewer");
        Api.Reply created = api.post("/accounts", account);
        assertEquals(201, created.status(), created.toString());
        try {
            JsonNode refused = assertProblem(api.delete("/jurisdictions/" + township), 409);
            assertEquals("conflict", problemType(refused));
            assertTrue(refused.get("detail").asText().contains("account"), refused.toString());
            assertEquals(200, api.get("/jurisdictions/" + township).status(), "kept");
        } finally {
            assertEquals(204, api.delete("/accounts/" + created.json().get("id").asLong()).status());
        }
        assertEquals(204, api.delete("/jurisdictions/" + township).status(), "nothing refers to it any more");
        assertEquals(404, api.get("/jurisdictions/" + township).status());
    }

    static JsonNode assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        JsonNode p = reply.json();
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.hasNonNull("title") && p.hasNonNull("detail") && p.hasNonNull("type"), reply.toString());
        return p;
    }

    /** The last part of a problem's type ({@code not-found} of {@code https://jiceng.org/problems/not-found}): which check refused. */
    static String problemType(JsonNode problem) {
        String t = problem.get("type").asText();
        return t.substring(t.lastIndexOf('/') + 1);
    }

    /** The rule a 422 names: which check refused. */
    static String refusedByRule(Api.Reply reply) {
        return assertProblem(reply, 422).get("rule").asText();
    }

    /** The first field a 400 names: which check refused. */
    static String refusedField(Api.Reply reply) {
        return assertProblem(reply, 400).at("/errors/0/field").asText();
    }
}
