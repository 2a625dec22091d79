package org.jiceng.distribution;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A province on PostgreSQL (issue "Performance near the limits", item 3). The distribution starts on the
 * PostgreSQL of {@code jiceng.it.pg.*}, is stopped, {@link ProvinceGenerator} writes a province of
 * {@code -Dcounties} counties (120: about 4,000,000 members) into its database, and it starts again.
 * Then, as the demo admin with HTTP Basic, each read is asked {@code -Drequests} times after a warm-up:
 * <ul>
 * <li><b>figures</b> (the development pipeline, and the overview of a county and of the province: its subtree counts and
 * those of each jurisdiction below it),
 * each against a hand-written SQL query giving the same answer over JDBC, checked equal first: the
 * ratio of the p50s is the target's (≤ 2×);</li>
 * <li><b>list pages</b>, first and deep, of the province and a county: p95 against the 50 ms target;</li>
 * <li><b>export</b> of the members of a county and of the province as XLSX ({@link ProvinceExport}).</li>
 * </ul>
 * {@code -Dparts=} names the parts to run (default {@code figures,pages,export}).
 * Asserts nothing; prints. Run with {@code mvn -B -f distribution/pom.xml test-compile exec:exec@province-benchmark}
 * after an install (see the README).
 */
public final class ProvinceBenchmark {
    private static final double PAGE_TARGET_MILLIS = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ProvinceBenchmark() {
    }

    /** A figure read through the API and the hand-written query that gives the same answer. */
    private record Figure(String label, String path, String sql, String parameter, boolean province) {
    }

    public static void main(String[] args) throws Exception {
        if (!"postgresql".equals(System.getProperty("jiceng.it.db"))) {
            throw new IllegalStateException("The province benchmark runs on PostgreSQL: -Djiceng.it.db=postgresql and jiceng.it.pg.*");
        }
        int counties = Integer.getInteger("counties", 120);
        long seed = Long.getLong("seed", 20261204L);
        int requests = Integer.getInteger("requests", 200);
        Set<String> parts = Set.of(System.getProperty("parts", "figures,pages,export").split(","));
        JicengServer server = JicengServer.get();
        try {
            ProvinceGenerator generator = new ProvinceGenerator(counties, seed);
            long t0 = System.nanoTime();
            boolean present;
            try (Connection c = connect(server)) {
                present = ProvinceGenerator.present(c);
            }
            if (present) {
                // a run on the database of an earlier one (the generator is deterministic): what is measured is reading
                System.out.println("The province is in the database already (an earlier run's): measuring it as it is");
            } else {
                server.restart(() -> {
                    try (Connection c = connect(server)) {
                        generator.write(c);
                    } catch (SQLException e) {
                        throw new IllegalStateException("The province could not be written", e);
                    }
                });
            }
            ProvinceGenerator.Size s = generator.size();
            System.out.printf(Locale.ROOT,
                    "Province %s (seed %d): %,d cities, %,d counties, %,d townships, %,d villages, %,d organizations, %,d members;"
                            + " ready in %.0f s%n",
                    ProvinceGenerator.PROVINCE, seed, s.cities(), s.counties(), s.townships(),
                    s.villages(), s.organizations(), s.members(), (System.nanoTime() - t0) / 1e9);
            String admin = JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD);
            String county = "520101";
            if (parts.contains("figures")) {
                try (Connection c = connect(server)) {
                    System.out.printf(
                            "Figures: p50 and p95 of %d requests through the API against the same answer by hand-written SQL (target ≤ 2×)%n",
                            requests);
                    for (Figure f : figures(ProvinceGenerator.PROVINCE, county)) {
                        if (!f.path().endsWith("/overview")) {
                            checkSameAnswer(server, admin, c, f);
                        }
                        // a province-wide count reads every member: a tenth as many requests
                        int n = f.province() ? Math.max(5, requests / 10) : requests;
                        double[] api = measure(server, f.path(), admin, n);
                        double[] sql = measureSql(c, f, n);
                        System.out.printf(Locale.ROOT, "  %-48s API p50 %6.1f ms p95 %6.1f ms | SQL p50 %6.1f ms p95 %6.1f ms | %4.2f× %s%n",
                                f.label(),
                                api[0], api[1], sql[0], sql[1], api[0] / sql[0], api[0] / sql[0] <= 2 ? "≤ 2×" : "OVER 2×");
                    }
                }
            }
            if (parts.contains("pages")) {
                System.out.printf("List pages: p50, p95 and p99 of %d requests (target p95 < %.0f ms)%n", requests, PAGE_TARGET_MILLIS);
                int within = 0;
                List<String[]> pages = pages(server, admin, ProvinceGenerator.PROVINCE, county);
                for (String[] p : pages) {
                    // a page by number of the whole province counts its 4,000,000 members: a tenth as many requests
                    boolean countsProvince = p[1].contains("jurisdiction=" + ProvinceGenerator.PROVINCE) && !p[1].contains("after=");
                    double[] api = measure(server, p[1], admin, countsProvince ? Math.max(5, requests / 10) : requests);
                    boolean ok = api[1] < PAGE_TARGET_MILLIS;
                    within += ok ? 1 : 0;
                    System.out.printf(Locale.ROOT, "  %-58s p50 %6.1f ms p95 %6.1f ms p99 %6.1f ms %s%n", p[0], api[0], api[1], api[2],
                            ok ? "< 50 ms" : "OVER 50 ms");
                }
                System.out.printf("%d of %d list pages within %.0f ms at p95%n", within, pages.size(), PAGE_TARGET_MILLIS);
            }
            if (parts.contains("export")) {
                try (Connection c = connect(server)) {
                    ProvinceExport.measure(server, admin, c, county, ProvinceGenerator.PROVINCE);
                }
            }
        } finally {
            server.stop();
        }
    }

    /** Figures with the hand-written query giving each one's answer (the code bound as the one parameter). */
    private static List<Figure> figures(String province, String county) {
        String pipeline = "SELECT m.stage, COUNT(*) FROM party_member m JOIN party_organization o ON o.id = m.organization_id"
                + " JOIN jurisdiction_closure c ON c.descendant_code = o.jurisdiction_code WHERE c.ancestor_code = ? AND m.membership_status = 'ACTIVE'"
                + " GROUP BY m.stage";
        // the overview by hand: the organizations per status and the members per stage and status of each jurisdiction below
        String overview = "SELECT c.ancestor_code, 'o:' || o.status, COUNT(*) FROM party_organization o JOIN jurisdiction_closure c"
                + " ON c.descendant_code = o.jurisdiction_code JOIN jurisdiction j ON j.code = c.ancestor_code WHERE j.parent_code = ?1"
                + " GROUP BY c.ancestor_code, o.status UNION ALL SELECT c.ancestor_code, m.stage || m.membership_status, COUNT(*) FROM party_member m"
                + " JOIN party_organization o ON o.id = m.organization_id JOIN jurisdiction_closure c ON c.descendant_code = o.jurisdiction_code"
                + " JOIN jurisdiction j ON j.code = c.ancestor_code WHERE j.parent_code = ?1 GROUP BY c.ancestor_code, m.stage, m.membership_status";
        List<Figure> figures = new ArrayList<>();
        for (String[] place : new String[][]{{"county", county}, {"province", province}}) {
            String code = place[1];
            boolean wide = "province".equals(place[0]);
            figures.add(new Figure("pipeline of the " + place[0], "/api/v1/development/pipeline?jurisdiction=" + code, pipeline, code, wide));
            figures.add(new Figure("overview of the " + place[0], "/api/v1/jurisdictions/" + code + "/overview", overview, code, wide));
        }
        return figures;
    }

    /** List pages a user opens, first and deep, of the province and one county. */
    private static List<String[]> pages(JicengServer server, String admin, String province, String county) throws Exception {
        long provinceMembers = total(server, admin, "/api/v1/members?jurisdiction=" + province + "&size=1");
        long countyMembers = total(server, admin, "/api/v1/members?jurisdiction=" + county + "&size=1");
        long provinceOrganizations = total(server, admin, "/api/v1/organizations?jurisdiction=" + province + "&size=1");
        String m = "/api/v1/members?size=20&jurisdiction=";
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[]{"members of the province: first page", m + province});
        pages.add(new String[]{"members of the province: first page by name", m + province + "&sort=name"});
        // page 10,000, or the one before the last of a province generated smaller
        long deep = Math.min(9_999, (provinceMembers - 1) / 20 - 1);
        String deepLabel = String.format(java.util.Locale.ROOT, "members of the province: page %,d by name", deep + 1);
        pages.add(new String[]{deepLabel + " (number)", m + province + "&sort=name&page=" + deep});
        pages.add(new String[]{deepLabel + " (cursor)",
                m + province + "&sort=name&after=" + next(server, admin, m + province + "&sort=name&page=" + (deep - 1))});
        pages.add(new String[]{"members of the province: last page by name (cursor)",
                m + province + "&sort=name&after=" + next(server, admin, m + province + "&sort=name&page=" + ((provinceMembers - 1) / 20 - 1))});
        pages.add(new String[]{"members of a county: first page", m + county});
        pages.add(new String[]{"members of a county: first page by name", m + county + "&sort=name"});
        pages.add(new String[]{"members of a county: last page by name (number)", m + county + "&sort=name&page=" + (countyMembers - 1) / 20});
        pages.add(new String[]{"members of a county: last page by name (cursor)",
                m + county + "&sort=name&after=" + next(server, admin, m + county + "&sort=name&page=" + ((countyMembers - 1) / 20 - 1))});
        pages.add(new String[]{"organizations of the province: first page", "/api/v1/organizations?size=20&jurisdiction=" + province});
        String o = "/api/v1/organizations?size=20&sort=name&jurisdiction=";
        pages.add(new String[]{"organizations of the province: last page by name (number)",
                o + province + "&page=" + (provinceOrganizations - 1) / 20});
        pages.add(new String[]{"organizations of the province: last page by name (cursor)",
                o + province + "&after=" + next(server, admin, o + province + "&page=" + ((provinceOrganizations - 1) / 20 - 1))});
        pages.add(new String[]{"organizations of a county: first page by name", o + county});
        pages.add(new String[]{"villages of the province: first page", "/api/v1/jurisdictions/" + province + "/subtree?level=VILLAGE&size=20"});
        pages.add(new String[]{"activities of a county: first page", "/api/v1/organizational-life/activities?size=20&jurisdiction=" + county});
        return pages;
    }

    /** Fails unless the API and the hand-written query give the same figures (zero counts left out). */
    private static void checkSameAnswer(JicengServer server, String authorization, Connection c, Figure f) throws Exception {
        JsonNode api = Api.JSON.readTree(HTTP.send(request(server, f.path(), authorization), HttpResponse.BodyHandlers.ofString()).body());
        java.util.Map<String, Long> fromApi = new java.util.TreeMap<>();
        if (api.has("total")) {
            fromApi.put("", api.get("total").asLong());
        } else {
            api.properties().forEach(e -> {
                if (e.getValue().asLong() != 0) {
                    fromApi.put(e.getKey(), e.getValue().asLong());
                }
            });
        }
        java.util.Map<String, Long> fromSql = new java.util.TreeMap<>();
        try (PreparedStatement ps = prepare(c, f)) {
            try (ResultSet rs = ps.executeQuery()) {
                boolean grouped = rs.getMetaData().getColumnCount() == 2;
                while (rs.next()) {
                    if (grouped || rs.getLong(1) != 0) {
                        fromSql.put(grouped ? rs.getString(1) : "", rs.getLong(grouped ? 2 : 1));
                    }
                }
            }
        }
        if (!fromApi.equals(fromSql)) {
            throw new IllegalStateException(f.label() + ": the API says " + fromApi + ", the SQL " + fromSql);
        }
    }

    /** The cursor of the page after the one at {@code path}, URL-encoded. */
    private static String next(JicengServer server, String authorization, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(request(server, path, authorization), HttpResponse.BodyHandlers.ofString());
        JsonNode next = Api.JSON.readTree(r.body()).get("next");
        if (next == null || next.isNull()) {
            throw new IllegalStateException(path + " has no next page: " + r.body());
        }
        return java.net.URLEncoder.encode(next.asText(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long total(JicengServer server, String authorization, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(request(server, path, authorization), HttpResponse.BodyHandlers.ofString());
        JsonNode page = Api.JSON.readTree(r.body());
        return page.get("total").asLong();
    }

    private static HttpRequest request(JicengServer server, String path, String authorization) {
        return HttpRequest.newBuilder(server.uri(path)).GET().header("Accept", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(120)).build();
    }

    /** p50, p95 and p99 in milliseconds of {@code requests} requests in a row, after a tenth as many to warm up. */
    static double[] measure(JicengServer server, String path, String authorization, int requests) throws Exception {
        return RequestLatencies.of(HTTP, request(server, path, authorization), path, requests / 10, requests);
    }

    private static double[] measureSql(Connection c, Figure f, int requests) throws SQLException {
        long[] latencies = new long[requests];
        try (PreparedStatement ps = prepare(c, f)) {
            for (int i = -requests / 10; i < requests; i++) {
                long start = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                if (i >= 0) {
                    latencies[i] = System.nanoTime() - start;
                }
            }
        }
        return RequestLatencies.percentiles(latencies);
    }

    /** The figure's query with its code bound wherever it says {@code ?1} (or at its one {@code ?}). */
    private static PreparedStatement prepare(Connection c, Figure f) throws SQLException {
        int uses = f.sql().split("\\?1", -1).length - 1;
        PreparedStatement ps = c.prepareStatement(f.sql().replace("?1", "?"));
        for (int i = 1; i <= Math.max(1, uses); i++) {
            ps.setString(i, f.parameter());
        }
        return ps;
    }

    private static Connection connect(JicengServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), server.jdbcPassword());
    }
}
