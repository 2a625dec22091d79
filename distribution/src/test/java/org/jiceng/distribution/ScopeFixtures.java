package org.jiceng.distribution;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Records of the victim county that {@link ScopeSuiteIT} aims at where the demo has none: made
 * through the API by the administrator (an import by the county's own operator), for a member the
 * suite creates itself, so no other test's records or figures move. Each kind is made once per
 * server run.
 */
final class ScopeFixtures {
    /** The year of the first secretaries ranked for an elimination: before any the demo sends. */
    private static final int ELIMINATION_YEAR = 2015;
    private static Long member;
    private static final Map<String, String> made = new HashMap<>();
    /** The creates {@link #foreignBody} writes a body for. */
    private static final java.util.Set<String> CREATES = java.util.Set.of("/transfers", "/organizational-life/dues", "/procedures/instances",
            "/checklists/{key}/evaluations", "/scoring/schemes");

    private ScopeFixtures() {
    }

    /**
     * The periods a dated list is asked for when it answers nothing as it is: none, the last years,
     * the last months and the last weeks.
     */
    static List<String> periods() {
        List<String> periods = new ArrayList<>(List.of(""));
        LocalDate today = LocalDate.now();
        for (int back = 0; back < 4; back++) {
            periods.add("year=" + (today.getYear() - back));
        }
        for (int back = 0; back < 3; back++) {
            periods.add("month=" + YearMonth.from(today).minusMonths(back));
        }
        for (int back = 0; back < 3; back++) {
            LocalDate d = today.minusWeeks(back);
            periods.add(String.format("week=%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        return periods;
    }

    /** The id of a record made for {@code list} in {@code victim}, or null when the suite has no way to make one there. */
    static synchronized String made(JicengServer server, Api admin, String list, String victim) {
        if (!made.containsKey(list)) {
            made.put(list, make(server, admin, list, victim));
        }
        return made.get(list);
    }

    private static String make(JicengServer server, Api admin, String list, String victim) {
        String today = LocalDate.now().toString();
        if (list.equals("/cadres/positions")) {
            return created(admin.post("/cadres/" + member(admin, victim) + "/positions", Api.object().put("unit", "兴宁市越权测试局")
                    .put("jurisdictionCode", victim).put("title", "科员").put("rank", "STAFF").put("level", "MEMBER").put("startDate", today)));
        }
        if (list.equals("/cadres/designations")) {
            return created(admin.post("/cadres/" + member(admin, victim) + "/designations", Api.object().put("type", "RESERVE").put("since", today)));
        }
        if (list.equals("/transfers")) {
            return created(
                    admin.post("/transfers", Api.object().put("memberId", member(admin, victim)).put("toOrganizationId", branch(admin, victim, 1))
                            .put("letterNumber", "越权测试〔" + LocalDate.now().getYear() + "〕1号").put("issuedOn", today).put("validityDays", 30)));
        }
        if (list.equals("/imports")) {
            // a dry run of a header-only file by the county's operator, which writes nothing; finished before it
            // is aimed at, so the record compared before and after a probe holds still
            return ImportExportIT.runImportWith(admin.as("xingning-operator"), server, "members", "name\n".getBytes(StandardCharsets.UTF_8), true)
                    .get("id").asText();
        }
        if (list.equals("/webhooks")) {
            return webhook(admin, victim);
        }
        if (list.endsWith("/wugang-first-secretaries/presence")) {
            // days are logged per secretary: the first secretary's days of the last months
            String secretary = firstField(admin.get(list.replace("/presence", "/secretaries") + "?size=1"), "assignmentId");
            for (int back = 0; secretary != null && back < 3; back++) {
                JsonNode logs = admin.get(list.replace("/presence", "/secretaries/" + secretary + "/presence") + "?month="
                        + YearMonth.now().minusMonths(back)).json().path("logs");
                if (logs.path(0).hasNonNull("id")) {
                    return logs.get(0).get("id").asText();
                }
            }
            return null;
        }
        if (list.endsWith("/wugang-first-secretaries/eliminations")) {
            return elimination(admin, list);
        }
        if (list.endsWith("/wugang-village-cadre-appraisal/records")) {
            // dossier records are listed per cadre: the first cadre's of the last years
            for (int back = 0; back < 4; back++) {
                String cadre = firstField(admin.get(list.replace("/records", "/cadres") + "?size=1&year=" + (LocalDate.now().getYear() - back)),
                        "id");
                String record = cadre == null ? null : firstField(admin.get(list.replace("/records", "/cadres/" + cadre + "/records")), "id");
                if (record != null) {
                    return record;
                }
            }
            return null;
        }
        if (list.endsWith("/xingning-term-reminders/reminders")) {
            // a reminder the county's clerk would write by hand, for an organization whose term ends soon
            Api.Reply expiring = admin.get(list.replace("/reminders", "/expiring") + "?withinMonths=6");
            String organization = firstField(expiring, "organizationId");
            organization = organization != null ? organization : firstField(expiring, "id");
            return organization == null
                    ? null
                    : created(admin.post(list, Api.object().put("organizationId", Long.parseLong(organization)).put("note", "越权测试")));
        }
        if (list.endsWith("/xingning-town-congress/elections")) {
            // elections are listed per session: the first session's that held one
            Api.Reply sessions = admin.get(list.replace("/elections", "/sessions") + "?size=50");
            for (JsonNode session : sessions.status() == 200 ? sessions.json().path("items") : Api.JSON.createArrayNode()) {
                String election = firstField(admin.get(list.replace("/elections", "/sessions/" + session.get("id").asText() + "/elections")), "id");
                if (election != null) {
                    return election;
                }
            }
            return null;
        }
        if (list.endsWith("/agenda")) {
            // a session's agenda items are listed in the session
            JsonNode session = admin.get(list.substring(0, list.length() - "/agenda".length())).json();
            return session.path("agenda").path(0).hasNonNull("id") ? session.at("/agenda/0/id").asText() : null;
        }
        return null;
    }

    /**
     * A subscription of the victim's jurisdiction administrator with one delivery (of a problem of
     * the victim's), then paused: the delivery stays pending and unchanged while it is probed.
     */
    private static String webhook(Api admin, String victim) {
        Api owner = admin.as("xingning-admin");
        com.fasterxml.jackson.databind.node.ObjectNode draft = Api.object().put("url", "http://127.0.0.1:9/scope-suite")
                .put("description", "越权测试");
        draft.putArray("topics").add("org/jiceng/problem/FOUND");
        String id = created(owner.post("/webhooks", draft));
        expect(201, admin.post("/problems", WebhooksIT.problem(victim, "越权测试推送")));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (owner.get("/webhooks/" + id + "/deliveries").json().get("total").asLong() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the suite's webhook got no delivery in 60 s");
            }
            JicengServer.sleep(100);
        }
        long version = owner.get("/webhooks/" + id).json().get("version").asLong();
        expect(200, owner.put("/webhooks/" + id, draft.put("active", false).put("version", version)));
        untilUnchanged(owner, "/webhooks/" + id + "/deliveries");
        return id;
    }

    /**
     * Returns once {@code path} reads the same twice 1.5 s apart: an attempt the relay began before the
     * pause still records its outcome (a CI run probed the delivery while it did, and took the change for
     * the probe's).
     */
    private static void untilUnchanged(Api api, String path) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String seen = api.get(path).body();
        while (true) {
            JicengServer.sleep(1500);
            String now = api.get(path).body();
            if (now.equals(seen)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " still changed after 60 s: " + now);
            }
            seen = now;
        }
    }

    /**
     * A proposal to eliminate a first secretary, made as the county would: two secretaries sent to
     * one village for a year long past (no demo secretary served then, so no other ranking moves),
     * ranked three months in a row with one of them last and poor.
     */
    private static String elimination(Api admin, String list) {
        String module = list.substring(0, list.length() - "/eliminations".length());
        String county = module.split("/")[2];
        String village = admin.get("/jurisdictions/" + county + "/subtree?level=VILLAGE&size=1").json().at("/items/0/code").asText();
        JsonNode people = admin.get("/members?jurisdiction=" + county + "&stage=FULL&size=2&sort=id").json().get("items");
        long[] sent = new long[2];
        for (int i = 0; i < 2; i++) {
            sent[i] = Long.parseLong(created(admin.post("/assignments", Api.object().put("memberId", people.get(i).get("id").asLong())
                    .put("targetType", "JURISDICTION").put("target", village).put("role", "first-secretary").put("jurisdictionCode", village)
                    .put("startDate", ELIMINATION_YEAR + "-01-01").put("endDate", ELIMINATION_YEAR + "-12-31")
                    .put("dispatchingBody", "越权测试").put("status", "ACTIVE"))));
        }
        for (int month = 1; month <= 3; month++) {
            String ranked = String.format("%d-%02d", ELIMINATION_YEAR, month);
            ArrayNode scores = Api.JSON.createArrayNode();
            scores.addObject().put("assignmentId", sent[0]).put("projects", 9).put("satisfaction", 95).put("partyBuilding", 9);
            scores.addObject().put("assignmentId", sent[1]).put("projects", 1).put("satisfaction", 40).put("partyBuilding", 2);
            expect(204, admin.put(module + "/rankings/" + ranked + "/scores", scores));
            expect(200, admin.post(module + "/rankings/" + ranked + "/compute", ""));
        }
        for (JsonNode proposal : admin.get(list + "?state=PROPOSED&size=500").json().path("items")) {
            if (proposal.get("assignmentId").asLong() == sent[1]) {
                return proposal.get("id").asText();
            }
        }
        throw new AssertionError("the last and poor first secretary of " + ELIMINATION_YEAR + " was not proposed for elimination");
    }

    private static void expect(int status, Api.Reply r) {
        if (r.status() != status) {
            throw new AssertionError("a step making a record for the scope suite answered " + r);
        }
    }

    /** The field of the first listed record that has it, or null. */
    static String firstField(Api.Reply r, String field) {
        if (r.status() != 200 || !r.contentType().startsWith("application/json")) {
            return null;
        }
        JsonNode items = r.json().isArray() ? r.json() : r.json().path("items");
        for (JsonNode item : items) {
            if (item.hasNonNull(field)) {
                return item.get(field).asText();
            }
        }
        return null;
    }

    /**
     * A create's body that is valid but for naming the victim's records, for the creates whose list
     * shows none of the victim's to send back; null for any other.
     */
    static ObjectNode foreignBody(Api admin, String template, String victim) {
        String today = LocalDate.now().toString();
        if (!CREATES.contains(template)) {
            return null;
        }
        long organization = branch(admin, victim, 1);
        return switch (template) {
            case "/transfers" -> Api.object().put("memberId", member(admin, victim)).put("toOrganizationId", organization)
                    .put("letterNumber", "越权测试〔" + LocalDate.now().getYear() + "〕2号").put("issuedOn", today).put("validityDays", 30);
            case "/organizational-life/dues" -> Api.object().put("memberId", member(admin, victim)).put("organizationId", organization)
                    .put("month", YearMonth.now().toString()).put("amount", 10).put("paidOn", today);
            case "/procedures/instances" -> Api.object().put("definitionKey", firstField(admin.get("/procedures/definitions"), "key"))
                    .put("subjectType", "ORGANIZATION").put("subjectId", String.valueOf(organization)).put("jurisdictionCode", victim)
                    .put("title", "越权测试");
            case "/checklists/{key}/evaluations" -> Api.object().put("subjectType", "ORGANIZATION").put("subjectId", String.valueOf(organization))
                    .put("subjectJurisdictionCode", victim).put("evaluator", "越权测试").put("evaluatorUnit", "越权测试")
                    .put("evaluatorJurisdictionCode", victim);
            case "/scoring/schemes" -> {
                // any county's scheme, as it is, moved to the victim under a new key
                JsonNode listed = admin.get("/scoring/schemes?size=1").json();
                JsonNode any = (listed.isArray() ? listed : listed.path("items")).path(0);
                if (!any.isObject()) {
                    yield null;
                }
                ObjectNode scheme = ((ObjectNode) any).deepCopy();
                scheme.remove(List.of("id", "version", "module"));
                yield scheme.put("key", "scope-suite-" + victim).put("jurisdictionCode", victim);
            }
            default -> null;
        };
    }

    /** A full member of the victim county made for the suite, so transfers and positions touch no demo member. */
    private static synchronized long member(Api admin, String victim) {
        if (member == null) {
            Api.Reply created = admin.post("/members", Api.object().put("name", "越权测试党员").put("gender", "MALE").put("birthDate", "1980-01-01")
                    .put("organizationId", branch(admin, victim, 0)).put("stage", "FULL").put("hasPost", false).put("applicationDate", "2010-01-01")
                    .put("activistDate", "2010-06-01").put("candidateDate", "2011-06-01").put("probationDate", "2012-01-01")
                    .put("fullDate", "2013-01-01"));
            if (created.status() != 201) {
                throw new AssertionError("the suite's member in " + victim + " was not created: " + created);
            }
            member = created.json().get("id").asLong();
        }
        return member;
    }

    /** The {@code index}-th Party branch of the victim county. */
    private static long branch(Api admin, String victim, int index) {
        return admin.get("/organizations?jurisdiction=" + victim + "&type=BRANCH&size=2").json().at("/items/" + index + "/id").asLong();
    }

    private static String created(Api.Reply r) {
        if (r.status() != 201) {
            throw new AssertionError("a record for the scope suite was not created: " + r);
        }
        return r.json().get("id").asText();
    }
}
