package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every operation of the live OpenAPI document, aimed by 峡江's accounts (兴宁's for 峡江's own
 * modules) at records of another county: every shipped module installed and enabled for both
 * counties and its origin; every {@code {id}} a real record of the victim, listed by the
 * administrator just before (asked for its recent periods where it lists nothing as it is), or
 * made for the suite where the demo has none ({@link ScopeFixtures}); no scope parameter anywhere;
 * a module's operations tried with the victim's code and with the attacker's own code and the
 * victim's ids; creates sent the victim's own record back, or a valid body naming its records. A
 * refusal counts only when it is the scope's — problem type {@code not-found} for a record that
 * exists (naming the jurisdiction where the path carries one), or {@code forbidden} for an
 * administrators' operation — and the victim's record must be unchanged.
 * It prints per operation which check answered. It fails on any leak (a 2xx, a foreign record
 * listed or exported, a record changed, another check's 404) and when fewer refusals than the
 * floor are proven, so ids that stop resolving cannot make it pass. An operation it cannot aim at
 * a record, or whose validation answers before the scope, fails it too (printed as UNPROVEN).
 * It installs and enables what it needs and puts back what it changed.
 */
class ScopeSuiteIT {
    private static final String OWN = "360823";
    private static final String VICTIM = "441481";
    private static final Set<String> WRITES = Set.of("post", "put", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Core paths whose record is listed elsewhere: the handbook of a member is addressed by the member's id. */
    private static final Map<String, String> LISTS = Map.of("/organizational-life/members", "/members", "/organizational-life/organizations",
            "/organizations", "/cadres", "/members", "/assignments", "/assignments", "/cadres/positions", "/cadres/positions", "/exports/members",
            "/members");

    private static JicengServer server;
    private static Api admin;
    /** 峡江's accounts, and 兴宁's for the modules that come from 峡江 (their records are 峡江's). */
    private static Attacker xiajiang;
    private static Attacker xingning;
    /** Whose accounts the operation being probed is tried with. */
    private Attacker attacker;
    private static final List<String> installedHere = new ArrayList<>();
    private static final List<String[]> enabledHere = new ArrayList<>();
    private static final Map<String, String> origins = new LinkedHashMap<>();
    private static JsonNode doc;

    /** A county's reading and writing accounts. */
    record Attacker(String code, Api viewer, Api operator) {
    }

    /** What refused an operation: the check's name, or why the operation fails the suite. */
    record Verdict(String operation, String check, boolean scopeHeld, String detail) {
    }

    @BeforeAll
    static void installAndEnableEveryModuleForBothCounties() throws Exception {
        server = JicengServer.get();
        admin = new Api(server);
        xiajiang = new Attacker(OWN, admin.as("xiajiang-viewer"), admin.as("xiajiang-operator"));
        xingning = new Attacker(VICTIM, admin.as("xingning-viewer"), admin.as("xingning-operator"));
        List<String> modules = SecurityIT.shippedModules(server.home);
        installedHere.addAll(ModuleInstall.installMissing(server, modules));
        for (String module : modules) {
            server.waitFor("/api/v1/modules/" + module, java.time.Duration.ofSeconds(60));
            JsonNode descriptor = admin.get("/modules/" + module).json();
            String origin = descriptor.get("originJurisdiction").asText();
            origins.put(module, origin);
            for (String code : new java.util.LinkedHashSet<>(List.of(OWN, VICTIM, origin))) {
                boolean already = false;
                for (JsonNode c : descriptor.path("enabledJurisdictions")) {
                    already |= c.asText().equals(code);
                }
                if (!already) {
                    int status = admin.put("/modules/" + module + "/jurisdictions/" + code, "").status();
                    assertTrue(status == 200 || status == 201, module + " enabled for " + code + ": " + status);
                    enabledHere.add(new String[]{module, code});
                }
            }
        }
        // Modules load their demo data in the background after their install: their records are the ones aimed at.
        ModuleInstall.awaitDemoDataIdle(server, Duration.ofSeconds(480));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!origins.keySet().stream().allMatch(m -> admin.anonymous().get("/openapi.json").body().contains("/" + m + "/"))) {
            assertTrue(System.nanoTime() < deadline, "the modules' resources appear in the OpenAPI document");
            JicengServer.sleep(500);
        }
    }

    @AfterAll
    static void putBackWhatWasChanged() {
        for (String[] e : enabledHere) {
            admin.delete("/modules/" + e[0] + "/jurisdictions/" + e[1]);
        }
        ModuleInstall.uninstall(server, installedHere);
    }

    @Test
    void everyOperationRefusesAnotherCountysRecordsByItsScope() {
        doc = admin.anonymous().get("/openapi.json").json();
        List<Verdict> verdicts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String template = path.getKey();
                if (template.startsWith("/auth/") || template.startsWith("/health")) {
                    continue; // the caller's own session and the server's state: no county's data
                }
                Iterator<String> types = op.getValue().path("requestBody").path("content").fieldNames();
                String mediaType = types.hasNext() ? types.next() : "application/json";
                verdicts.addAll(probe(op.getKey(), template, mediaType));
            }
        }
        Map<String, Integer> byCheck = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        int proven = 0;
        for (Verdict v : verdicts) {
            byCheck.merge(v.check(), 1, Integer::sum);
            boolean unproven = v.check().equals("NO RECORD") || v.check().contains("400 validation") || v.check().startsWith("read 400")
                    || v.check().startsWith("no foreign body");
            System.out.printf("Scope: %-80s %-28s %s%n", v.operation(), v.check(),
                    v.scopeHeld() ? "" : (unproven ? "UNPROVEN: " : "LEAK: ") + v.detail());
            if (v.scopeHeld()) {
                proven++;
            } else {
                leaks.add(v.operation() + ": " + v.check() + " " + v.detail());
            }
        }
        System.out.printf("Scope: %d probes of 峡江's accounts (兴宁's for 峡江's modules) against another county's records: %d refused by the "
                + "scope or the role; by check: %s%n", verdicts.size(), proven, byCheck);
        assertEquals(List.of(), leaks, "a request reached or changed another county's records, or was not aimed at one (UNPROVEN)");
        // A floor, so the suite cannot pass by proving less: ids that stop resolving make it fail.
        assertTrue(proven >= 420, "scope refusals proven: " + proven + " of " + verdicts.size());
    }

    /** One operation: as a module's with the victim's code, then with the attacker's own code and the victim's ids; a core one with the victim's ids. */
    private List<Verdict> probe(String method, String template, String mediaType) {
        List<Verdict> verdicts = new ArrayList<>();
        String module = moduleOf(template);
        attacker = module != null && origins.get(module).equals(OWN) ? xingning : xiajiang;
        if (template.startsWith("/modules") && method.equals("get")) {
            verdicts.add(new Verdict("GET " + template, "catalogue (no county data)", true, ""));
            return verdicts;
        }
        if (template.matches("/checklists(/\\{key})?") && method.equals("get")) {
            verdicts.add(new Verdict("GET " + template, "shared definitions (rules)", true, ""));
            return verdicts;
        }
        if (module != null) {
            String victim = attacker == xingning ? OWN : victimCodeFor(module, template);
            Filled foreign = fill(template, victim, victim);
            verdicts.add(foreign.failure != null
                    ? failed(method, template, foreign.failure)
                    : attempt(method, template + " [code " + victim + "]",
                            foreign.path, mediaType, foreign.recordPath, "Jurisdiction '" + victim + "'"));
            if (hasRecordId(template)) {
                Filled mixed = fill(template, attacker.code(), victim);
                verdicts.add(mixed.failure != null
                        ? failed(method, template, mixed.failure)
                        : attempt(method, template + " [code " + attacker.code() + ", "
                                + victim + "'s ids]", mixed.path, mediaType, mixed.recordPath, null));
            }
            return verdicts;
        }
        if (!hasRecordId(template) && template.contains("{code}")) {
            verdicts.add(attempt(method, template, fill(template, VICTIM, VICTIM).path(), mediaType, null, "Jurisdiction '" + VICTIM + "'"));
            return verdicts;
        }
        if (!hasRecordId(template)) {
            String path = fill(template, VICTIM, VICTIM).path();
            verdicts.add(method.equals("get") ? ownSubtreeOnly(template, path) : foreignBody(method, template, path, mediaType));
            return verdicts;
        }
        Filled filled = fill(template, VICTIM, VICTIM);
        verdicts.add(filled.failure != null
                ? failed(method, template, filled.failure)
                : attempt(method, template, filled.path, mediaType,
                        filled.recordPath, null));
        return verdicts;
    }

    /** A path filled in: the concrete path, the path of the record it addresses (to compare before and after), or why it could not be. */
    record Filled(String path, String recordPath, String failure) {
    }

    private Filled fill(String template, String code, String idsOf) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        String recordPath = null;
        int end = 0;
        while (m.find()) {
            String name = m.group(1);
            String list = listPath(out + template.substring(end, m.start()), code, idsOf);
            String value;
            String listedField;
            if (name.equals("code")) {
                value = code;
            } else if (isRecordId(name)) {
                value = realId(list, name);
                if (value == null) {
                    return new Filled(null, null, "no record of " + idsOf + " to aim " + name + " at (listed " + list + ")");
                }
            } else if ((listedField = listed(list, name)) != null) {
                // a definition's key, a stage, a level: as the list of that part of the path shows it
                value = listedField;
            } else if (name.equals("year")) {
                value = String.valueOf(LocalDate.now().getYear());
            } else if (name.equals("period") || name.equals("month")) {
                value = LocalDate.now().toString().substring(0, 7);
            } else {
                value = "x";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
            end = m.end();
            if (isRecordId(name)) {
                recordPath = code == null ? out.toString() : out.toString().replace("/jurisdictions/" + code + "/", "/jurisdictions/" + idsOf + "/");
            }
        }
        m.appendTail(out);
        return new Filled(out.toString(), recordPath, null);
    }

    /** The list a record id comes from, in the victim's jurisdiction. */
    private static String listPath(String prefix, String code, String idsOf) {
        // a module's documents of a record: the record is listed without "/documents"
        String list = prefix.replaceAll("/$", "").replace("/documents/", "/");
        if (code != null) {
            list = list.replace("/jurisdictions/" + code + "/", "/jurisdictions/" + idsOf + "/");
        }
        // a dispatch's appointment letter is addressed by the dispatch's id
        list = list.replace("/xiajiang-three-members/appointment-letters", "/xiajiang-three-members/dispatches");
        return LISTS.getOrDefault(list, list);
    }

    /**
     * The id of a record the administrator lists under {@code list} in the victim's county — the
     * field named like the parameter ({@code assignmentId}) or {@code id} — or of one made for the
     * suite where the demo has none; null when neither is possible.
     */
    private static String realId(String list, String parameter) {
        if (parameter.equals("memberId") && !list.endsWith("/members")) {
            list = "/members";
        }
        if (list.equals("/webhooks")) {
            // the administrator lists every subscription: other tests' (of any county) must not be aimed at
            return ScopeFixtures.made(server, admin, list, VICTIM);
        }
        if (list.equals("/imports")) {
            // another test's job may still be running and change between the reads around a probe: the suite's own has finished
            return ScopeFixtures.made(server, admin, list, VICTIM);
        }
        String id = listed(list, parameter, "id");
        return id != null ? id : ScopeFixtures.made(server, admin, list, VICTIM);
    }

    /**
     * A field of a record listed under {@code list} (the victim's where it has one), or null. A
     * list that answers nothing as it is is asked again for the periods it takes (this year and
     * the last ones, this month, this week and the ones before): the demo's records are dated.
     */
    private static String listed(String list, String... fields) {
        for (String period : ScopeFixtures.periods()) {
            String found = listedIn(list, period, fields);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first of {@code fields} a record of one reading of the list has (the parameter's own name before {@code id}). */
    private static String listedIn(String list, String period, String... fields) {
        String query = (period.isEmpty() ? "" : period + "&") + "size=20";
        Api.Reply reply = admin.get(list.startsWith("/jurisdictions/") ? list + "?" + query : list + "?jurisdiction=" + VICTIM + "&" + query);
        for (String field : fields) {
            String found = ScopeFixtures.firstField(reply, field);
            if (found != null) {
                return found;
            }
        }
        if (list.startsWith("/jurisdictions/") || !period.isEmpty()) {
            return null;
        }
        // None in 兴宁 (the demo has no transfer there, say): any county's but the attacker's.
        Api.Reply all = admin.get(list + "?size=50");
        if (all.status() != 200 || !all.contentType().startsWith("application/json")) {
            return null;
        }
        JsonNode items = all.json().isArray() ? all.json() : all.json().path("items");
        for (String field : fields) {
            for (JsonNode item : items) {
                String code = item.path("jurisdictionCode").asText(item.path("subjectJurisdictionCode").asText(""));
                if (!code.isEmpty() && !code.startsWith(OWN) && item.hasNonNull(field)) {
                    return item.get(field).asText();
                }
            }
        }
        return null;
    }

    private Verdict attempt(String method, String operation, String path, String mediaType, String recordPath, String expectedInDetail) {
        String before = recordPath == null ? null : jsonOf(recordPath);
        Api actor = method.equals("get") ? attacker.viewer() : attacker.operator();
        Api.Reply r = call(actor, method, path, mediaType, "{}");
        String label = method.toUpperCase() + " " + operation;
        Verdict verdict = judge(label, r, expectedInDetail);
        if (before != null) {
            String after = jsonOf(recordPath);
            if (!before.equals(after)) {
                return new Verdict(label, verdict.check(), false, "the victim's record changed: " + recordPath);
            }
        }
        return verdict;
    }

    /** A record as JSON, or null for a document (a PDF is rendered afresh, with its own time, on every read). */
    private static String jsonOf(String recordPath) {
        Api.Reply r = admin.get(recordPath);
        return r.contentType().startsWith("application/json") ? r.body() : null;
    }

    /** The scope's answer is the 404 of a missing record (it exists: it was just listed), or the 403 of an administrators' operation. */
    private static Verdict judge(String label, Api.Reply r, String expectedInDetail) {
        if (r.status() < 300) {
            return new Verdict(label, "NOT REFUSED " + r.status(), false, r.toString());
        }
        String type = r.contentType().startsWith("application/problem+json") ? r.json().path("type").asText("") : "";
        String detail = type.isEmpty() ? r.toString() : r.json().path("detail").asText("");
        if (r.status() == 403 && type.endsWith("forbidden")) {
            return new Verdict(label, "role (admins only)", true, detail);
        }
        if (r.status() == 404 && type.endsWith("not-found")) {
            if (expectedInDetail != null && !detail.contains(expectedInDetail)) {
                return new Verdict(label, "not-found, another check", false, detail);
            }
            return new Verdict(label, expectedInDetail != null ? "scope: path jurisdiction" : "scope: addressed record", true, detail);
        }
        return new Verdict(label, r.status() + " " + type.replaceAll(".*/", ""), false, detail);
    }

    /** A read without any scope parameter: the caller's own subtree only. */
    private Verdict ownSubtreeOnly(String template, String path) {
        String label = "GET " + template;
        if (path.endsWith(".xlsx")) {
            List<String> foreign = xlsxCellsOf(path).stream().filter(c -> c.startsWith(VICTIM)).toList();
            return foreign.isEmpty()
                    ? new Verdict(label, "scope: own subtree exported", true, "")
                    : new Verdict(label, "EXPORTED ANOTHER COUNTY", false, foreign.toString());
        }
        Api.Reply r = attacker.viewer().get(path);
        boolean namesVictim = false;
        for (int tries = 0; r.status() == 400 && tries < 3; tries++) {
            // the read needs a parameter it names: the victim's reference where it is one, else any valid value
            String field = r.contentType().startsWith("application/problem+json") ? r.json().at("/errors/0/field").asText("") : "";
            String value = requiredValue(template, field);
            if (value == null) {
                break;
            }
            namesVictim |= REFERENCES.contains(field);
            path += (path.contains("?") ? "&" : "?") + field + "=" + value;
            r = attacker.viewer().get(path);
        }
        if (r.status() == 403 || namesVictim) {
            Verdict v = judge(label + " [" + path.replaceAll(".*\\?", "") + "]", r, null);
            return v.scopeHeld() && r.status() == 404 ? new Verdict(v.operation(), "scope: query reference", true, v.detail()) : v;
        }
        if (r.status() != 200 || !r.contentType().startsWith("application/json")) {
            return new Verdict(label, "read " + r.status(), false, r.toString());
        }
        List<String> foreign = new ArrayList<>();
        collectForeignCodes(r.json(), foreign);
        return foreign.isEmpty()
                ? new Verdict(label, "scope: own subtree listed", true, "")
                : new Verdict(label, "LISTED ANOTHER COUNTY", false, foreign.toString());
    }

    /** Query parameters that name a county's records: a read that needs one is given the victim's. */
    private static final Set<String> REFERENCES = Set.of("jurisdiction", "memberId", "organizationId");

    /** A value for a query parameter a read says it needs: the victim's reference, the first of its enum, or 1; null when unknown. */
    private static String requiredValue(String template, String field) {
        switch (field) {
            case "jurisdiction" :
                return VICTIM;
            case "memberId" :
                return realId("/members", field);
            case "organizationId" :
                return realId("/organizations", field);
            default :
                for (JsonNode p : doc.path("paths").path(template).path("get").path("parameters")) {
                    if (p.path("name").asText().equals(field)) {
                        return p.path("schema").path("enum").path(0).asText("1");
                    }
                }
                return null;
        }
    }

    private static void collectForeignCodes(JsonNode node, List<String> foreign) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if ((f.getKey().equals("jurisdictionCode") || f.getKey().equals("subjectJurisdictionCode")) && f.getValue().isTextual()
                        && !f.getValue().asText().startsWith(OWN) && !isAncestorOfOwn(f.getValue().asText())) {
                    foreign.add(f.getValue().asText());
                } else {
                    collectForeignCodes(f.getValue(), foreign);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectForeignCodes(n, foreign));
        }
    }

    /** 峡江's province and city (36, 3608): a record of theirs may show in the county's own reads of its parents. */
    private static boolean isAncestorOfOwn(String code) {
        return OWN.startsWith(code.replaceAll("0+$", ""));
    }

    /** A write without a path id: the victim's own record sent back as a new one, valid but for where it lands. */
    private Verdict foreignBody(String method, String template, String path, String mediaType) {
        String label = method.toUpperCase() + " " + template;
        if (template.equals("/imports")) {
            return foreignImport(label);
        }
        Api.Reply list = admin.get(path + "?jurisdiction=" + VICTIM + "&size=1");
        JsonNode items = list.status() == 200 && list.contentType().startsWith("application/json") ? list.json().path("items") : null;
        ObjectNode made = items == null || items.size() == 0 ? ScopeFixtures.foreignBody(admin, template, VICTIM) : null;
        if (made != null) {
            return judge(label, call(attacker.operator(), method, path, mediaType, made.toString()), null);
        }
        if (items == null || items.size() == 0 || !items.get(0).isObject()) {
            Api.Reply r = call(attacker.operator(), method, path, mediaType, "{}");
            Verdict v = judge(label, r, null);
            // Not a scope case: nothing of the victim's can be named here (an action on the caller's own session or jobs).
            return v.scopeHeld() ? v : new Verdict(label, "no foreign body: " + v.check(), false, v.detail());
        }
        ObjectNode body = ((ObjectNode) items.get(0)).deepCopy();
        body.remove("id");
        body.remove("version");
        // who did it is the login's (filled in by the server): the copy must not name the victim's clerk
        List<String> actors = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (f.endsWith("By")) {
                actors.add(f);
            }
        });
        body.remove(actors);
        return judge(label, call(attacker.operator(), method, path, mediaType, body.toString()), null);
    }

    /**
     * An import's rows are checked in its job: a file of one good organization in the victim's
     * county must end REJECTED with that row refused as if the county did not exist, nothing written.
     */
    private Verdict foreignImport(String label) {
        String name = "越权导入党支部" + System.nanoTime() % 100000;
        byte[] file = ("name,type,field,jurisdictionCode,parent,parentJurisdictionCode,termStart,termEnd,status,starRating\n" + name
                + ",党支部,机关," + VICTIM + ",,,2024-01-01,2029-01-01,正常,3\n").getBytes(StandardCharsets.UTF_8);
        JsonNode job = ImportExportIT.runImportWith(attacker.operator(), server, "organizations", file, false);
        String errors = job.path("errors").toString();
        boolean refused = job.path("status").asText().equals("REJECTED") && errors.contains("no jurisdiction '" + VICTIM + "'")
                && admin.get("/organizations?q=" + name).json().get("total").asInt() == 0;
        return refused
                ? new Verdict(label, "scope: import row", true, errors)
                : new Verdict(label, "IMPORTED INTO ANOTHER COUNTY", false, job.toString());
    }

    /** Every cell of an XLSX the attacker's viewer downloads, as text. */
    private List<String> xlsxCellsOf(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1" + path))
                    .header("Authorization", JicengServer.basic("xiajiang-viewer", JicengServer.DEMO_PASSWORD)).GET().build();
            byte[] file = server.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
            List<String> cells = new ArrayList<>();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
                var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
                workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(formatter.formatCellValue(cell)))));
            }
            assertTrue(cells.size() > 1, "the export has rows: " + path);
            return cells;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Verdict failed(String method, String template, String why) {
        return new Verdict(method.toUpperCase() + " " + template, "NO RECORD", false, why);
    }

    private static Api.Reply call(Api api, String method, String path, String mediaType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/api/v1" + path));
        if (WRITES.contains(method)) {
            b.header("Content-Type", mediaType.contains("*") ? "application/octet-stream" : mediaType).method(method.toUpperCase(),
                    HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        return api.raw(b);
    }

    private static String moduleOf(String template) {
        Matcher m = Pattern.compile("^/jurisdictions/\\{code}/([a-z0-9-]+)/").matcher(template);
        return m.find() && origins.containsKey(m.group(1)) ? m.group(1) : null;
    }

    /** The county whose records a module's operation aims at: the victim's where it has some, else the module's origin county. */
    private String victimCodeFor(String module, String template) {
        if (!hasRecordId(template)) {
            return VICTIM;
        }
        Filled inVictim = fill(template, VICTIM, VICTIM);
        return inVictim.failure == null ? VICTIM : origins.get(module);
    }

    private static boolean hasRecordId(String template) {
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            if (isRecordId(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRecordId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }
}
