package org.jiceng.distribution;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One county at the size of 武冈 on the embedded H2 (issue "Performance near the limits", item 4): the demo
 * county 430581 grown through the services to {@code -Dorganizations} Party organizations (900) and
 * {@code -Dmembers} members (30,000; the organizations by {@code POST /organizations}, the members by a CSV
 * import with their development dates), then every list and view of the core a county operator opens, as
 * {@code wugang-operator} with HTTP Basic: first and last pages, sorted, searched, one record and its
 * history. Each is asked {@code -Drequests} times in a row after a warm-up; it prints p50, p95 and p99
 * against the 20 ms target and against the baseline measured in the same run, a bare servlet in the same
 * Jetty reading one member with plain JDBC ({@code org.jiceng.bench.reference}). Asserts nothing. Run with
 * {@code mvn -B -f distribution/pom.xml test-compile exec:exec@county-benchmark} after an install.
 */
public final class CountyBenchmark {
    static final String COUNTY = "430581";
    private static final double TARGET_MILLIS = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CountyBenchmark() {
    }

    /** One request measured: its label and its path below the server. */
    private record Target(String label, String path) {
    }

    public static void main(String[] args) throws Exception {
        int members = Integer.getInteger("members", 30_000);
        int organizations = Integer.getInteger("organizations", 900);
        int requests = Integer.getInteger("requests", 400);
        Path bundle = BenchReference.bundle();
        JicengServer server = JicengServer.get();
        try {
            Api admin = new Api(server);
            BenchReference.install(server, bundle);
            long t0 = System.nanoTime();
            ArrayNode orgs = growOrganizations(admin, organizations);
            growMembers(admin, server, orgs, members);
            System.out.printf("County %s (%s): %,d organizations, %,d members, grown in %.0f s; %d requests each after %d to warm up%n",
                    COUNTY, server.database, total(admin, "/organizations?jurisdiction=" + COUNTY),
                    total(admin, "/members?jurisdiction=" + COUNTY), (System.nanoTime() - t0) / 1e9, requests, requests / 2);

            String operator = JicengServer.basic("wugang-operator", JicengServer.DEMO_PASSWORD);
            List<Target> targets = targets(admin, orgs);
            long memberId = admin.get("/members?jurisdiction=" + COUNTY + "&size=1&sort=name").json().at("/items/0/id").asLong();
            double[] baseline = measure(server, new Target("reference: one member, plain JDBC", "/bench/reference/members/" + memberId), null,
                    requests);
            System.out.printf("  %-52s p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms%n", "reference: one member, plain JDBC", baseline[0], baseline[1],
                    baseline[2]);
            int within = 0;
            for (Target t : targets) {
                double[] p = measure(server, t, operator, requests);
                boolean ok = p[1] < TARGET_MILLIS;
                within += ok ? 1 : 0;
                System.out.printf("  %-52s p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms  p95 %4.1f× the reference  %s%n", t.label(), p[0], p[1], p[2],
                        p[1] / baseline[1], ok ? "< 20 ms" : "OVER 20 ms");
            }
            System.out.printf("%d of %d lists and views answer within %.0f ms at p95%n", within, targets.size(), TARGET_MILLIS);
        } finally {
            server.stop();
        }
    }

    /** Every list and view measured, with ids of the grown county's own records. */
    private static List<Target> targets(Api admin, ArrayNode orgs) {
        long members = total(admin, "/members?jurisdiction=" + COUNTY);
        long orgCount = total(admin, "/organizations?jurisdiction=" + COUNTY);
        JsonNode member = admin.get("/members?jurisdiction=" + COUNTY + "&size=1&sort=-id").json().at("/items/0");
        long memberId = member.get("id").asLong();
        long orgId = orgs.get(orgs.size() / 2).get("id").asLong();
        String town = ModuleInstall.firstTownship(admin, COUNTY);
        String c = "jurisdiction=" + COUNTY;
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("members: first page of 20", "/members?" + c + "&size=20");
        paths.put("members: first page by name", "/members?" + c + "&size=20&sort=name");
        paths.put("members: last page by name", "/members?" + c + "&size=20&sort=name&page=" + (members - 1) / 20);
        paths.put("members: name contains, first page",
                "/members?" + c + "&size=20&q=" + java.net.URLEncoder.encode("党员7-99", java.nio.charset.StandardCharsets.UTF_8));
        paths.put("members: of one organization", "/members?organizationId=" + orgId + "&size=20");
        paths.put("members: probationary, by name", "/members?" + c + "&stage=PROBATIONARY&size=20&sort=name");
        paths.put("members: of one township", "/members?jurisdiction=" + town + "&size=20&sort=name");
        paths.put("member: one", "/members/" + memberId);
        paths.put("member: record", "/members/" + memberId + "/record");
        paths.put("member: development history", "/members/" + memberId + "/events");
        paths.put("organizations: first page", "/organizations?" + c + "&size=20");
        paths.put("organizations: last page by name", "/organizations?" + c + "&size=20&sort=name&page=" + (orgCount - 1) / 20);
        paths.put("organization: one", "/organizations/" + orgId);
        paths.put("organization: statistics of its year", "/organizational-life/organizations/" + orgId + "/statistics");
        paths.put("jurisdiction: the county", "/jurisdictions/" + COUNTY);
        paths.put("jurisdiction: villages, first page", "/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=20");
        paths.put("development: pipeline of the county", "/development/pipeline?" + c);
        paths.put("development: developed per year", "/development/developed-per-year?" + c);
        paths.put("development: villages without development", "/development/villages-without-development?" + c);
        paths.put("organizational life: activities", "/organizational-life/activities?" + c + "&size=20");
        paths.put("problems: first page", "/problems?" + c + "&size=20");
        paths.put("problems: statistics", "/problems/statistics?" + c);
        paths.put("transfers: first page", "/transfers?" + c + "&size=20");
        paths.put("transfers: mobile members", "/transfers/mobile-members?" + c + "&size=20");
        paths.put("cadres: designated reserve cadres", "/cadres/designated?" + c + "&type=RESERVE&size=20");
        paths.put("inbox: the county's", "/inbox?" + c);
        paths.put("procedures: instances", "/procedures/instances?" + c + "&size=20");
        List<Target> targets = new ArrayList<>();
        paths.forEach((label, path) -> targets.add(new Target(label, "/api/v1" + path)));
        return targets;
    }

    /** Creates branches in the county's villages until the county holds {@code wanted} organizations; returns them all. */
    private static ArrayNode growOrganizations(Api admin, int wanted) {
        List<String> villages = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode p = admin.get("/jurisdictions/" + COUNTY + "/subtree?level=VILLAGE&size=500&page=" + page).json();
            p.get("items").forEach(v -> villages.add(v.get("code").asText()));
            if (villages.size() >= p.get("total").asLong()) {
                break;
            }
        }
        long have = total(admin, "/organizations?jurisdiction=" + COUNTY);
        for (long i = have; i < wanted; i++) {
            ObjectNode o = Api.object().put("name", "武冈基准党支部" + i).put("type", "BRANCH").put("field", "RURAL")
                    .put("jurisdictionCode", villages.get((int) (i % villages.size()))).put("termStart", "2024-01-01").put("termEnd", "2029-01-01");
            Api.Reply r = admin.post("/organizations", o);
            if (r.status() != 201) {
                throw new IllegalStateException("organization not created: " + r);
            }
        }
        ArrayNode all = Api.object().arrayNode();
        for (int page = 0;; page++) {
            JsonNode p = admin.get("/organizations?jurisdiction=" + COUNTY + "&size=500&sort=id&page=" + page).json();
            p.get("items").forEach(all::add);
            if (all.size() >= p.get("total").asLong()) {
                return all;
            }
        }
    }

    /** Imports members spread over every organization until the county holds {@code wanted}. */
    private static void growMembers(Api admin, JicengServer server, ArrayNode orgs, int wanted) {
        long missing = wanted - total(admin, "/members?jurisdiction=" + COUNTY);
        if (missing <= 0) {
            return;
        }
        JsonNode job = ImportExportIT.runImportWith(admin, server, "members", ImportBenchmark.csv(ImportBenchmark.table(orgs, (int) missing, 7)),
                false);
        if (!"SUCCEEDED".equals(job.get("status").asText())) {
            throw new IllegalStateException("The county's members were refused: " + job.get("message") + " " + job.get("errors").path(0));
        }
    }

    private static long total(Api api, String path) {
        return api.get(path + (path.contains("?") ? "&" : "?") + "size=1").json().get("total").asLong();
    }

    /** p50, p95 and p99 in milliseconds of {@code requests} requests in a row, after half as many to warm up. */
    private static double[] measure(JicengServer server, Target t, String authorization, int requests) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(t.path())).GET().header("Accept", "application/json");
        HttpRequest request = (authorization == null ? b : b.header("Authorization", authorization)).build();
        return RequestLatencies.of(HTTP, request, t.label() + " " + t.path(), requests / 2, requests);
    }
}
