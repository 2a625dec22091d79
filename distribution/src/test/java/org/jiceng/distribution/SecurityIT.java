package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The security suite. Its operation tests are generated from the live OpenAPI document, so every
 * REST operation of the core, the engines and whatever modules are installed is covered without
 * listing them here: no credentials → 401; a viewer writing → 403 from the role check. Which
 * county's records a caller reaches is {@link ScopeSuiteIT}'s. Then injection strings in every
 * query parameter, tokens, login throttling, account administration limits, references inside
 * bodies and SOAP authentication.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {
    private static final String OWN = "360823";
    private static final String OTHER = "441481";
    private static final String OTHER_NAME = "兴宁";
    private static final Set<String> WRITES = Set.of("post", "put", "delete", "patch");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private static JicengServer server;
    private static Api admin;
    private static Api viewer;
    private static Api operator;
    private static List<Operation> operations;
    private static final Map<String, String> otherIds = new HashMap<>();

    record Operation(String method, String template, List<String> queryParameters, String mediaType) {
        /** The caller's own session (a token, who am I): not data of any county. */
        boolean selfService() {
            return template.startsWith("/auth/");
        }

        boolean writes() {
            return WRITES.contains(method);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    /** The module features the distribution ships (read from its county features): the suite covers their operations too. */
    static List<String> MODULES;
    private static final List<String> installedHere = new ArrayList<>();
    /** Each module's county, and the modules this suite enabled there (disabled again after). */
    private static final Map<String, String> origins = new HashMap<>();
    private static final List<String> enabledHere = new ArrayList<>();

    @BeforeAll
    static void boot() throws Exception {
        server = JicengServer.get();
        admin = new Api(server);
        MODULES = shippedModules(server.home);
        assertTrue(MODULES.containsAll(List.of("xingning-term-reminders", "xingning-town-congress", "xiajiang-three-members",
                "wugang-first-secretaries")), "the county features list the modules: " + MODULES);
        installedHere.addAll(ModuleInstall.installMissing(server, MODULES));
        // the injection and scope tests aim at the modules' demo records, which load in the background after an install
        ModuleInstall.awaitDemoDataIdle(server, java.time.Duration.ofSeconds(480));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!MODULES.stream().allMatch(m -> admin.anonymous().get("/openapi.json").body().contains("/" + m + "/"))) {
            assertTrue(System.nanoTime() < deadline, "the modules' resources appear in the OpenAPI document");
            sleepSeconds(1);
        }
        for (String module : MODULES) {
            // each module enabled for its own county, so its writes meet the role check and not the module gate
            JsonNode descriptor = admin.get("/modules/" + module).json();
            String origin = descriptor.get("originJurisdiction").asText();
            origins.put(module, origin);
            if (!descriptor.path("enabledJurisdictions").toString().contains("\"" + origin + "\"")) {
                int status = admin.put("/modules/" + module + "/jurisdictions/" + origin, "").status();
                assertTrue(status == 200 || status == 201, module + " enabled for " + origin + ": " + status);
                enabledHere.add(module);
            }
        }
        viewer = admin.as("xiajiang-viewer");
        operator = admin.as("xiajiang-operator");
        JsonNode doc = admin.anonymous().get("/openapi.json").json();
        operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<String> query = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                }
                Iterator<String> types = op.getValue().path("requestBody").path("content").fieldNames();
                operations.add(new Operation(op.getKey(), path.getKey(), query, types.hasNext() ? types.next() : "application/json"));
            }
        }
        assertTrue(operations.size() > 80, "the OpenAPI document lists the core's operations: " + operations.size());
    }

    /** A concrete path of the other county for a template: its code, and ids of its records where a list gives one. */
    private static String otherPath(String template) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        int end = 0;
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("code")) {
                value = OTHER;
            } else if (name.equals("id") || name.endsWith("Id")) {
                // The list this id comes from, with the parameters before it already filled in.
                value = otherId(out + template.substring(end, m.start()));
            } else if (name.equals("period")) {
                value = "2026";
            } else {
                value = "x";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
            end = m.end();
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An id of a record of the other county listed under {@code prefix} (e.g. /problems), else one of its members. */
    private static String otherId(String prefix) {
        // A module's record lies below its jurisdiction: /jurisdictions/{code}/<module>/<records>/{id}.
        String list = prefix.replaceAll("/$", "").replace("{code}", OTHER);
        return otherIds.computeIfAbsent(list, p -> {
            Api.Reply r = admin.get(p + "?jurisdiction=" + OTHER + "&size=1");
            if (r.status() == 200 && r.contentType().startsWith("application/json") && r.json().path("items").size() > 0
                    && r.json().path("items").get(0).has("id")) {
                return r.json().path("items").get(0).get("id").asText();
            }
            return admin.get("/members?jurisdiction=" + OTHER + "&size=1").json().path("items").get(0).get("id").asText();
        });
    }

    private static Api.Reply call(Api api, String method, String path) {
        return call(api, method, path, "application/json");
    }

    private static Api.Reply call(Api api, Operation op, String path) {
        return call(api, op.method(), path, op.mediaType());
    }

    private static Api.Reply call(Api api, String method, String path, String mediaType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/api/v1" + path));
        if (WRITES.contains(method)) {
            b.header("Content-Type", mediaType.contains("*") ? "application/octet-stream" : mediaType)
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            b.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        return api.raw(b);
    }

    @Test
    @Order(1)
    void everyOperationNeedsCredentials() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            Api.Reply r = call(admin.anonymous(), op, otherPath(op.template()));
            if (r.status() != 401 || !r.contentType().startsWith("application/problem+json")) {
                failures.add(op + " → " + r.status());
            }
        }
        System.out.printf("Security: %d operations refused without credentials%n", operations.size() - failures.size());
        assertEquals(List.of(), failures);
        Api.Reply wrong = call(admin.withAuthorization(JicengServer.basic("admin", "not-the-password")), "get", "/members");
        assertEquals(401, wrong.status());
        assertTrue(wrong.body().contains("Invalid username or password"));
    }

    /**
     * The role, apart from the scope (which county's records a caller reaches is {@link ScopeSuiteIT}'s):
     * every write operation is refused to a viewer by the role check itself, before the body or any
     * record is looked at — aimed at the viewer's own county, or at a module's own county where the
     * module is enabled.
     */
    @Test
    @Order(2)
    void aViewerWritesNothing() {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Operation op : operations) {
            if (!op.writes() || op.selfService()) {
                continue;
            }
            Api.Reply r = call(viewer, op, ownPath(op.template()));
            if (r.status() == 403 && r.contentType().startsWith("application/problem+json") && r.json().path("type").asText().endsWith("forbidden")
                    && r.json().path("detail").asText().contains("may not do this")) {
                refused++;
            } else {
                failures.add(op + " → " + r);
            }
        }
        System.out.printf("Security: %d write operations refused to a viewer by its role%n", refused);
        assertEquals(List.of(), failures);
        assertTrue(refused > 100, "write operations tried: " + refused);
        assertEquals(200, viewer.post("/auth/token", Api.object()).status(), "a viewer gets a token for itself");
    }

    /** A path of the viewer's own county for a template (a module's origin county for a module's), ids of records that may not exist. */
    private static String ownPath(String template) {
        Matcher module = Pattern.compile("^/jurisdictions/\\{code}/([a-z0-9-]+)/").matcher(template);
        String code = module.find() ? origins.getOrDefault(module.group(1), OWN) : OWN;
        return TEMPLATE.matcher(template.replace("{code}", code)).replaceAll("1");
    }

    @Test
    @Order(4)
    void injectionStringsInEveryQueryParameterAreJustValues() {
        long members = admin.get("/members?size=1").json().get("total").asLong();
        List<String> attacks = List.of("' OR '1'='1", "1; DROP TABLE member; --", "x') OR 1=1 --", "name,(SELECT 1)",
                "id desc; DELETE FROM member", "%' UNION SELECT password_hash FROM sec_account --", "m.name) OR (1=1");
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Operation op : operations) {
            if (op.writes() || op.queryParameters().isEmpty()) {
                continue;
            }
            String base = otherPath(op.template());
            for (String parameter : op.queryParameters()) {
                for (String attack : attacks) {
                    String path = base + "?" + parameter + "=" + URLEncoder.encode(attack, StandardCharsets.UTF_8);
                    Api.Reply r = call(admin, "get", path);
                    tried++;
                    if (r.status() >= 500 || r.body().contains("pbkdf2") || r.body().contains("SQL")) {
                        failures.add(op + " " + parameter + "=" + attack + " → " + r);
                    }
                    // A module not enabled for the other county is refused by the core's gate before any query runs.
                    boolean gated = r.status() == 404 && r.body().contains("is not enabled for jurisdiction");
                    if ("sort".equals(parameter) && r.status() != 400 && !gated) {
                        failures.add(op + " sort=" + attack + " not refused: " + r);
                    }
                }
            }
        }
        System.out.printf("Security: %d injection attempts over query parameters, none reached the database%n", tried);
        assertEquals(List.of(), failures);
        // not fewer: a module's demo data still loading in the background (a module another test class installed) may add members
        long after = admin.get("/members?size=1").json().get("total").asLong();
        assertTrue(after >= members, "no row lost: " + members + " before, " + after + " after");
    }

    @Test
    @Order(5)
    void bearerTokensWorkAndEndWithThePassword() {
        String created = createAccount("sec-token-user", OWN, "operator");
        Api user = admin.withAuthorization(JicengServer.basic("sec-token-user", "initial-pass-1"));
        JsonNode token = user.post("/auth/token", Api.object()).json();
        assertEquals("Bearer", token.get("token_type").asText());
        Api bearer = admin.withAuthorization("Bearer " + token.get("access_token").asText());
        JsonNode me = bearer.get("/auth/me").json();
        assertEquals("sec-token-user", me.get("username").asText());
        assertEquals(OWN, me.get("jurisdictionCode").asText());
        assertEquals(401, admin.withAuthorization("Bearer " + token.get("access_token").asText() + "x").get("/auth/me").status());
        assertEquals(401, admin.withAuthorization("Bearer not.a.token").get("/auth/me").status());
        long version = admin.get("/accounts/" + created).json().get("version").asLong();
        assertEquals(204, admin.put("/accounts/" + created + "/password", Api.object().put("password", "second-pass-2").put("version", version))
                .status());
        sleepSeconds(6); // the token generation is cached for 5 s
        Api.Reply revoked = bearer.get("/auth/me");
        assertEquals(401, revoked.status(), revoked.toString());
        assertEquals(401, user.get("/auth/me").status(), "the old password no longer works");
    }

    @Test
    @Order(6)
    void repeatedFailuresSlowDownTheirSourceNotTheAccount() throws IOException {
        createAccount("sec-lock-user", OWN, "viewer");
        String wrong = JicengServer.basic("sec-lock-user", "wrong-password");
        String right = JicengServer.basic("sec-lock-user", "initial-pass-1");
        for (int i = 0; i < 5; i++) {
            assertTrue(rawGet(LOOPBACK, "/api/v1/auth/me", wrong).startsWith("HTTP/1.1 401"), "failure " + (i + 1) + " is a plain 401");
        }
        String throttled = rawGet(LOOPBACK, "/api/v1/auth/me", right);
        assertTrue(throttled.startsWith("HTTP/1.1 429"), throttled);
        assertTrue(throttled.contains("\"type\":\"https://jiceng.org/problems/login-throttled\""), throttled);
        Matcher retryAfter = Pattern.compile("(?im)^Retry-After: (\\d+)$").matcher(throttled);
        assertTrue(retryAfter.find(), throttled);
        long seconds = Long.parseLong(retryAfter.group(1));
        assertTrue(seconds >= 1 && seconds <= 30, "the first wait is at most 30 s: " + seconds);
        // The same account from another address of this machine: its owner is not locked out.
        String elsewhere = rawGet(ANOTHER_LOOPBACK, "/api/v1/auth/me", right);
        assertTrue(elsewhere.startsWith("HTTP/1.1 200"), elsewhere);
        assertTrue(elsewhere.contains("\"username\":\"sec-lock-user\""), elsewhere);
        JsonNode account = admin.get("/accounts?q=sec-lock-user").json().get("items").get(0);
        assertTrue(account.get("lockedUntil").isNull(), account.toString());
        // Its guesses still wait (the right password, just verified, is answered from the cache of verified pairs).
        assertTrue(rawGet(LOOPBACK, "/api/v1/auth/me", wrong).startsWith("HTTP/1.1 429"), "the throttled source still waits");
    }

    private static final String LOOPBACK = "127.0.0.1";
    private static final String ANOTHER_LOOPBACK = "127.0.0.2";

    /** A GET sent from a chosen local address (every 127.x address reaches the loopback listener on Linux). */
    private static String rawGet(String localAddress, String path, String authorization) throws IOException {
        return raw(localAddress, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request} as it is, from {@code localAddress}, and reads the whole answer. */
    private static String raw(String localAddress, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.httpPort), 5000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(7)
    void aJurisdictionAdminManagesOnlyItsSubtree() {
        Api countyAdmin = admin.as("xiajiang-admin");
        ObjectNode inside = Api.object().put("username", "sec-town-operator").put("jurisdictionCode", OWN).put("password", "initial-pass-1");
        inside.putArray("roles").add("operator");
        assertEquals(201, countyAdmin.post("/accounts", inside).status());
        ObjectNode outside = inside.deepCopy().put("username", "sec-other-operator").put("jurisdictionCode", OTHER);
        assertEquals(404, countyAdmin.post("/accounts", outside).status());
        ObjectNode elevated = inside.deepCopy().put("username", "sec-admin-attempt");
        elevated.putArray("roles").add("admin");
        assertEquals(403, countyAdmin.post("/accounts", elevated).status());
        JsonNode listed = countyAdmin.get("/accounts?size=100").json();
        for (JsonNode a : listed.get("items")) {
            assertNotEquals(OTHER, a.path("jurisdictionCode").asText(), "only accounts of its own subtree: " + a);
        }
        assertEquals(403, viewer.get("/accounts").status(), "viewers see no account list");
        JsonNode own = viewer.get("/auth/me").json();
        assertEquals("xiajiang-viewer", own.get("username").asText());
        String ownId = countyAdmin.get("/accounts?q=xiajiang-viewer").json().get("items").get(0).get("id").asText();
        assertEquals(200, viewer.get("/accounts/" + ownId).status(), "an account reads itself");
        assertEquals(403, viewer.get("/audit").status(), "viewers read no audit trail");
        Api.Reply trail = countyAdmin.get("/audit?size=100");
        assertEquals(200, trail.status(), trail.toString());
        for (JsonNode e : trail.json().get("items")) {
            assertFalse(e.path("jurisdictionCode").asText().startsWith("4414"), "only its own subtree's entries: " + e);
        }
        assertEquals(403, countyAdmin.get("/audit/verify").status(), "verifying the whole chain is for admins");
        assertEquals(404, countyAdmin.put("/modules/xingning-term-reminders/jurisdictions/" + OTHER, Api.object()).status());
    }

    @Test
    @Order(8)
    void soapNeedsAUsernameTokenOrBasicAndKeepsTheScope() {
        String ns = "http://jiceng.org/soap/registry";
        String body = "<t:getJurisdiction><t:code>" + OTHER + "</t:code></t:getJurisdiction>";
        Api.Reply anonymous = admin.anonymous().soap("RegistryService", ns, body);
        assertTrue(anonymous.body().contains("Credentials required"), anonymous.toString());
        Api.Reply asViewer = viewer.soap("RegistryService", ns, body);
        assertTrue(asViewer.body().contains("not found"), asViewer.toString());
        assertFalse(asViewer.body().contains(OTHER_NAME), asViewer.toString());
        String token = "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
                + " soapenv:mustUnderstand=\"1\"><wsse:UsernameToken><wsse:Username>xingning-viewer</wsse:Username>"
                + "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">"
                + JicengServer.DEMO_PASSWORD + "</wsse:Password></wsse:UsernameToken></wsse:Security>";
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:t=\"" + ns + "\">"
                + "<soapenv:Header>" + token + "</soapenv:Header><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        Api.Reply wsse = admin.anonymous().raw(HttpRequest.newBuilder(server.uri("/services/RegistryService"))
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
        assertEquals(200, wsse.status(), wsse.toString());
        assertTrue(wsse.body().contains(OTHER_NAME), wsse.toString());
    }

    @Test
    @Order(9)
    void onlyAdminsGetAShell() {
        String out = server.shellAs("xiajiang-admin", JicengServer.DEMO_PASSWORD, "jiceng:module-list");
        assertFalse(out.contains("Id | Name"), out);
        assertTrue(server.shell("jiceng:module-list").contains("Id"), "the admin's shell works");
    }

    @Test
    @Order(10)
    void tokensInUrlsAndOtherOriginsAreRefused() throws IOException {
        String token = admin.post("/auth/token", Api.object()).json().get("access_token").asText();
        assertEquals(200, admin.withAuthorization("Bearer " + token).get("/members?size=1").status(), "the token itself is good");
        for (String parameter : List.of("access_token", "token", "bearer")) {
            Api.Reply inUrl = admin.anonymous().get("/members?size=1&" + parameter + "=" + token);
            assertEquals(401, inUrl.status(), parameter + ": " + inUrl);
            assertTrue(inUrl.body().contains("/problems/unauthorized"), inUrl.toString());
        }
        // CORS is closed: no origin is allowed, neither to a preflight nor on an authenticated answer.
        String preflight = raw(LOOPBACK, "OPTIONS /api/v1/members HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\n"
                + "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
        assertFalse(preflight.toLowerCase(java.util.Locale.ROOT).contains("access-control-allow"), preflight);
        String answer = raw(LOOPBACK, "GET /api/v1/members?size=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\nAuthorization: "
                + JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD) + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("access-control-allow"), answer);
    }

    @Test
    @Order(11)
    void idAndVersionInABodyAreNeverTakenOver() {
        ObjectNode o = Api.object().put("name", "峡江县安全测试机关党支部").put("type", "BRANCH").put("field", "ORGAN").put("jurisdictionCode", OWN)
                .put("termStart", "2024-01-01").put("termEnd", "2029-01-01").put("id", 1).put("version", 41);
        Api.Reply created = admin.post("/organizations", o);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        assertNotEquals(1L, id, "the id comes from the server");
        long version = created.json().get("version").asLong();
        assertTrue(version < 41, "the version comes from the server: " + version);
        assertNotEquals("峡江县安全测试机关党支部", admin.get("/organizations/1").json().path("name").asText(), "record 1 untouched");
        ObjectNode moved = created.json().deepCopy();
        moved.put("id", id + 100_000).put("name", "峡江县安全测试机关党支部（改）");
        Api.Reply updated = admin.put("/organizations/" + id, moved);
        assertEquals(200, updated.status(), updated.toString());
        assertEquals(id, updated.json().get("id").asLong(), "the path names the record, not the body");
        assertEquals(version + 1, updated.json().get("version").asLong());
    }

    /**
     * References inside a body are scoped wherever they sit — in a list of attendance entries, or in
     * fields that declare what they name — and the refusal is the scope's: the same body with a
     * member of the operator's own county goes through, and the administrator's 400 names the
     * service's own check, which the operator's foreign member never reaches.
     */
    @Test
    @Order(12)
    void referencesInsideBodiesAreScopedWhereverTheySit() {
        JsonNode own = admin.get("/members?jurisdiction=" + OWN + "&stage=FULL&size=1").json().at("/items/0");
        long ownMember = own.get("id").asLong();
        long foreignMember = Long.parseLong(otherId("/members"));
        long foreignOrganization = Long.parseLong(otherId("/organizations"));

        // attendance[].memberId, nested in a list
        ObjectNode lesson = Api.object().put("organizationId", own.get("organizationId").asLong()).put("type", "PARTY_LESSON")
                .put("plannedDate", java.time.LocalDate.now().toString()).put("topic", "安全测试党课");
        // who filed it is the login: another name is refused on the field, an absent one is filled in
        assertEquals("filedBy", CoreRegistryIT.assertProblem(operator.post("/organizational-life/activities", lesson.deepCopy().put("filedBy",
                "峡江县委组织部")), 400).at("/errors/0/field").asText());
        Api.Reply planned = operator.post("/organizational-life/activities", lesson);
        assertEquals(201, planned.status(), planned.toString());
        assertEquals("xiajiang-operator", planned.json().get("filedBy").asText(), planned.toString());
        String recordPath = "/organizational-life/activities/" + planned.json().get("id").asLong() + "/record";
        java.util.function.LongFunction<ObjectNode> held = member -> {
            ObjectNode r = Api.object().put("heldDate", java.time.LocalDate.now().toString()).put("minutes", "学习").put("version",
                    planned.json().get("version").asLong());
            r.putArray("attendance").addObject().put("memberId", member).put("present", true);
            return r;
        };
        assertScopeRefused(operator.put(recordPath, held.apply(foreignMember)), foreignMember);
        assertEquals("attendance[0].memberId", CoreRegistryIT.assertProblem(admin.put(recordPath, held.apply(foreignMember)), 400)
                .at("/errors/0/field").asText(), "without the scope, the service's own check refuses the stranger");
        Api.Reply recorded = operator.put(recordPath, held.apply(ownMember));
        assertEquals(200, recorded.status(), recorded.toString());
        assertEquals(ownMember, recorded.json().at("/attendance/0/memberId").asLong());

        // declared references: an accountability action's targets
        Api.Reply problem = operator.post("/problems", Api.object().put("source", "INSPECTION_TOUR").put("subjectType", "JURISDICTION")
                .put("subjectId", OWN).put("jurisdictionCode", OWN).put("category", "安全测试").put("severity", "LOW").put("description", "安全测试问题")
                .put("foundBy", "峡江县委组织部")
                .put("foundOn", java.time.LocalDate.now().toString()).put("deadline", java.time.LocalDate.now().plusDays(30).toString()));
        assertEquals(201, problem.status(), problem.toString());
        String accountability = "/problems/" + problem.json().get("id").asLong() + "/accountability";
        java.util.function.Function<ObjectNode, ObjectNode> talk = target -> target.put("type", "TALK")
                .put("date", java.time.LocalDate.now().toString())
                .put("decidedBy", "峡江县委组织部");
        assertScopeRefused(operator.post(accountability, talk.apply(Api.object().put("targetMemberId", foreignMember))), foreignMember);
        assertScopeRefused(operator.post(accountability, talk.apply(Api.object().put("targetOrganizationId", foreignOrganization))),
                foreignOrganization);
        Api.Reply allowed = operator.post(accountability, talk.apply(Api.object().put("targetMemberId", ownMember)));
        assertEquals(201, allowed.status(), allowed.toString());
        JsonNode actions = admin.get("/problems/" + problem.json().get("id").asLong()).json().get("accountability");
        assertEquals(1, actions.size(), "only the in-scope action was recorded: " + actions);
        assertEquals(ownMember, actions.get(0).get("targetMemberId").asLong());
    }

    /**
     * A module's path in another county answers the jurisdiction's 404 whether the record it names
     * exists there or not: the caller's scope is decided before the record is looked up, so the
     * answer tells nothing about another county's records.
     */
    @Test
    @Order(13)
    void aModulesRecordsInAnotherCountyAreNeitherConfirmedNorDenied() {
        String proposals = "/jurisdictions/" + OTHER + "/xingning-town-congress/proposals";
        String real = admin.get(proposals + "?size=1").json().at("/items/0/id").asText();
        assertFalse(real.isEmpty(), "兴宁's demo has proposals");
        for (String id : List.of(real, "987654321")) {
            JsonNode p = CoreRegistryIT.assertProblem(operator.post(proposals + "/" + id + "/assign", Api.object()), 404);
            assertTrue(p.get("type").asText().endsWith("not-found"), p.toString());
            assertEquals("Jurisdiction '" + OTHER + "' not found", p.get("detail").asText(), id);
        }
        JsonNode own = CoreRegistryIT.assertProblem(admin.post(proposals + "/987654321/assign", Api.object()), 404);
        assertTrue(own.get("detail").asText().contains("987654321"), "to whom may see 兴宁, the record's own 404: " + own);
    }

    /** The scope's answer: the 404 of a missing record, naming the foreign one, so nothing tells it exists. */
    private static void assertScopeRefused(Api.Reply reply, long foreignId) {
        JsonNode p = CoreRegistryIT.assertProblem(reply, 404);
        assertTrue(p.get("type").asText().endsWith("not-found"), p.toString());
        assertTrue(p.get("detail").asText().contains(String.valueOf(foreignId)), "the refusal names the foreign reference: " + p);
        assertFalse(reply.body().contains(OTHER_NAME), reply.toString());
    }

    @AfterAll
    static void putBackWhatWasChangedHere() {
        for (String module : enabledHere) {
            admin.delete("/modules/" + module + "/jurisdictions/" + origins.get(module));
        }
        ModuleInstall.uninstall(server, installedHere);
    }

    private static String createAccount(String username, String code, String role) {
        ObjectNode body = Api.object().put("username", username).put("jurisdictionCode", code).put("password", "initial-pass-1");
        body.putArray("roles").add(role);
        Api.Reply r = admin.post("/accounts", body);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asText();
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every module a county feature of the distribution lists ({@code <feature>jiceng-<module-id></feature>}). */
    static List<String> shippedModules(Path home) throws IOException {
        Path features;
        try (Stream<Path> found = Files.walk(home.resolve("system/org/jiceng/jiceng-features"))) {
            features = found.filter(f -> f.getFileName().toString().endsWith("-features.xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jiceng features file under " + home));
        }
        String xml = Files.readString(features);
        List<String> modules = new ArrayList<>();
        Matcher county = Pattern.compile("<feature name=\"jiceng-county-[^\"]+\"[^>]*>(.*?)</feature>\\s*(?=<feature name=|</features>)",
                Pattern.DOTALL).matcher(xml);
        while (county.find()) {
            Matcher member = Pattern.compile("<feature>jiceng-([a-z0-9-]+)</feature>").matcher(county.group(1));
            while (member.find()) {
                if (!modules.contains(member.group(1))) {
                    modules.add(member.group(1));
                }
            }
        }
        return modules;
    }
}
