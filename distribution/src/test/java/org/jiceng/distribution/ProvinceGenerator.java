package org.jiceng.distribution;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a province into the core's PostgreSQL schema (issue "Performance near the limits", item 3): at
 * {@code counties = 120} about 4,000,000 members in 200,000 Party organizations, 25,000 villages and
 * communities, 1,500 townships, 120 counties in 12 cities, with a year of development events and of
 * organizational life (a themed Party day held each month by every branch). Every figure scales with the
 * number of counties, so a small run proves the program still works.
 *
 * <p>Plain SQL over {@code generate_series}, not the services: the services' own rate (about 9,000
 * members/s through the import) would take hours for a province, and what is measured here is reading.
 * Every value is a function of the row's number and the seed ({@code hashint8extended}), never of
 * {@code random()} or the clock, so the same seed gives the same province in any run and any plan
 * order; dates count back from {@link #DAY}. The server must be stopped while it runs (the registry
 * caches jurisdictions); sequences are moved past the generated ids so the services go on from there.
 */
final class ProvinceGenerator {
    /** The province's code: 贵州 (52), absent from the demo data's five provinces. */
    static final String PROVINCE = "520000";
    /** The day the generated year ends. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static final String SURNAMES = "'王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗',"
            + "'郑','梁','谢','宋','唐','许','韩','冯','邓','曹','彭','曾','肖','田','董','袁','潘','于','蒋','蔡'";
    private static final String GIVEN = "'伟','芳','娜','秀','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','兰','霞',"
            + "'平','刚','桂','英','华','文','国','建','玉','红','春','金','海','云','飞','志','德','荣','晓','林'";

    private final int counties;
    private final long seed;
    private long firstMember;
    private int branches;

    /** The sizes written, for the benchmark's report. */
    record Size(int cities, int counties, int townships, int villages, int organizations, int members) {
    }

    ProvinceGenerator(int counties, long seed) {
        if (counties < 1 || counties > 990) {
            throw new IllegalArgumentException("counties: 1 to 990, not " + counties);
        }
        this.counties = counties;
        this.seed = seed;
    }

    Size size() {
        int cities = (counties + 9) / 10;
        int townships = (int) Math.round(counties * 12.5);
        int villages = (int) Math.round(counties * 25_000 / 120.0);
        int organizations = (int) Math.round(counties * 200_000 / 120.0);
        int members = (int) Math.round(counties * 4_000_000 / 120.0);
        return new Size(cities, counties, townships, villages, organizations, members);
    }

    /** Whether the province is in the database already (the same seed and size give the same province). */
    static boolean present(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM jurisdiction WHERE code = ?")) {
            ps.setString(1, PROVINCE);
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /** Writes the province, one statement at a time (each its own transaction); returns what was written. */
    Size write(Connection c) throws SQLException {
        Size s = size();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            jurisdictions(st, s);
            organizations(st, s);
            members(st, s);
            developmentEvents(st);
            activities(st);
            // the registry's kept counts of the province's jurisdictions (V16; the services keep them as they write)
            exec(st, "INSERT INTO jurisdiction_tally (jurisdiction_code, members, organizations) SELECT j.code, COALESCE(m.n, 0), COALESCE(o.n, 0)"
                    + " FROM jurisdiction j LEFT JOIN (SELECT og.jurisdiction_code AS code, COUNT(*) AS n FROM party_member pm JOIN party_organization og"
                    + " ON pm.organization_id = og.id WHERE og.jurisdiction_code LIKE '52%' GROUP BY og.jurisdiction_code) m ON m.code = j.code"
                    + " LEFT JOIN (SELECT jurisdiction_code AS code, COUNT(*) AS n FROM party_organization WHERE jurisdiction_code LIKE '52%'"
                    + " GROUP BY jurisdiction_code) o ON o.code = j.code WHERE j.code LIKE '52%'");
            for (String seq : new String[]{"party_organization", "party_member", "development_event", "orglife_activity"}) {
                // EclipseLink takes the next value as the end of a block of 50 ids
                exec(st, "SELECT setval('" + seq + "_seq', (SELECT COALESCE(MAX(id), 0) FROM " + seq + ") + 100)");
            }
            // visibility maps set, so counts read the indexes alone (index-only scans), and fresh statistics
            exec(st, "VACUUM ANALYZE jurisdiction, jurisdiction_closure, jurisdiction_tally, party_organization, party_member, development_event, orglife_activity");
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return s;
    }

    /** The province, its cities, counties, townships and villages, and their closure rows. */
    private void jurisdictions(Statement st, Size s) throws SQLException {
        exec(st, "CREATE TEMP TABLE g_county AS SELECT n, '52' || lpad((n / 10 + 1)::text, 2, '0') || lpad((n % 10 + 1)::text, 2, '0') AS code,"
                + " '52' || lpad((n / 10 + 1)::text, 2, '0') || '00' AS city FROM generate_series(0, " + (s.counties() - 1) + ") n");
        exec(st, "CREATE TEMP TABLE g_township AS SELECT t, c.n AS county_n, c.code || lpad((row_number() OVER (PARTITION BY c.n ORDER BY t))::text, 3, '0')"
                + " AS code, c.code AS county FROM generate_series(0, " + (s.townships() - 1) + ") t JOIN g_county c ON c.n = t::bigint * "
                + s.counties() + " / " + s.townships());
        exec(st, "CREATE TEMP TABLE g_village AS SELECT v, w.t AS township_t, w.code || lpad((row_number() OVER (PARTITION BY w.t ORDER BY v))::text, 3, '0')"
                + " AS code, w.code AS township FROM generate_series(0, " + (s.villages() - 1) + ") v JOIN g_township w ON w.t = v::bigint * "
                + s.townships() + " / " + s.villages());
        String j = "INSERT INTO jurisdiction (code, name, jurisdiction_level, parent_code, depth, version) ";
        exec(st, j + "VALUES ('" + PROVINCE + "', '贵州省（生成）', 'PROVINCE', NULL, 0, 1)");
        exec(st, j + "SELECT DISTINCT city, '生成' || substr(city, 3, 2) || '市', 'CITY', '" + PROVINCE + "', 1, 1 FROM g_county");
        exec(st, j + "SELECT code, '生成' || substr(code, 3, 4) || '县', 'COUNTY', city, 2, 1 FROM g_county");
        exec(st, j + "SELECT code, '生成' || substr(code, 5, 5) || '镇', 'TOWNSHIP', county, 3, 1 FROM g_township");
        exec(st, j + "SELECT code, '生成' || substr(code, 7, 6) || CASE WHEN " + hash("v", 1) + " % 10 = 0 THEN '社区' ELSE '村' END,"
                + " 'VILLAGE', township, 4, 1 FROM g_village");
        exec(st, "INSERT INTO jurisdiction_closure (ancestor_code, descendant_code, distance) SELECT code, code, 0 FROM jurisdiction"
                + " WHERE code LIKE '52%' AND code NOT IN (SELECT descendant_code FROM jurisdiction_closure)");
        for (int depth = 1; depth <= 4; depth++) {
            exec(st, "INSERT INTO jurisdiction_closure (ancestor_code, descendant_code, distance) SELECT c.ancestor_code, j.code, c.distance + 1"
                    + " FROM jurisdiction j JOIN jurisdiction_closure c ON c.descendant_code = j.parent_code WHERE j.code LIKE '52%' AND j.depth = "
                    + depth);
        }
    }

    /**
     * The committees of the province, cities, counties and townships, a general branch per village or
     * community, and branches below them: six per village, the rest in the townships' organs (in
     * {@code g_branch}, numbered from 0, for the members and activities).
     */
    private void organizations(Statement st, Size s) throws SQLException {
        long first = nextId(st, "party_organization");
        long cities = first + 1;
        long countyIds = cities + s.cities();
        long townshipIds = countyIds + s.counties();
        long villageIds = townshipIds + s.townships();
        long branchIds = villageIds + s.villages();
        branches = s.organizations() - (int) (branchIds - first);
        String o = "INSERT INTO party_organization (id, name, org_type, org_field, parent_id, jurisdiction_code, term_start, term_end, status, star_rating,"
                + " version) ";
        exec(st, o + "VALUES (" + first + ", '中共贵州省（生成）委员会', 'COMMITTEE', 'ORGAN', NULL, '" + PROVINCE
                + "', DATE '2022-01-01', DATE '2027-01-01', 'NORMAL', NULL, 1)");
        exec(st, o + "SELECT " + cities + " + (substr(code, 3, 2)::int - 1), '中共' || name || '委员会', 'COMMITTEE', 'ORGAN', " + first + ", code,"
                + " DATE '2021-09-01', DATE '2026-09-01', 'NORMAL', NULL, 1 FROM jurisdiction WHERE code LIKE '52%' AND jurisdiction_level = 'CITY'");
        exec(st, o + "SELECT " + countyIds + " + c.n, '中共' || j.name || '委员会', 'COMMITTEE', 'ORGAN', " + cities + " + c.n / 10, c.code,"
                + " DATE '2021-09-01', DATE '2026-09-01', 'NORMAL', NULL, 1 FROM g_county c JOIN jurisdiction j ON j.code = c.code");
        exec(st, o + "SELECT " + townshipIds + " + t.t, '中共' || j.name || '委员会', 'COMMITTEE', 'ORGAN', " + countyIds + " + t.county_n, t.code,"
                + " DATE '2021-06-01', DATE '2026-06-01', 'NORMAL', NULL, 1 FROM g_township t JOIN jurisdiction j ON j.code = t.code");
        exec(st, o + "SELECT " + villageIds + " + v.v, '中共' || j.name || '总支部委员会', 'GENERAL_BRANCH', CASE WHEN j.name LIKE '%社区' THEN 'COMMUNITY'"
                + " ELSE 'RURAL' END, " + townshipIds + " + v.township_t, v.code, " + term("v.v") + ", " + status("v.v") + ", NULL, 1"
                + " FROM g_village v JOIN jurisdiction j ON j.code = v.code");
        // branch b: the first six per village go to the villages, round-robin; the rest to the townships' organs
        int inVillages = Math.min(branches, 6 * s.villages());
        exec(st, o + "SELECT " + branchIds + " + b, '中共' || j.name || '第' || (b / " + s.villages() + " + 1) || '党支部', 'BRANCH',"
                + " CASE WHEN j.name LIKE '%社区' THEN 'COMMUNITY' ELSE 'RURAL' END, " + villageIds + " + v.v, v.code, " + term("b") + ", "
                + status("b") + ", NULL, 1 FROM generate_series(0, " + (inVillages - 1) + ") b JOIN g_village v ON v.v = b % " + s.villages()
                + " JOIN jurisdiction j ON j.code = v.code");
        if (branches > inVillages) {
            exec(st, o + "SELECT " + branchIds + " + b, '中共' || j.name || '机关第' || ((b - " + inVillages + ") / " + s.townships() + " + 1) || '党支部',"
                    + " 'BRANCH', 'ORGAN', " + townshipIds + " + t.t, t.code, " + term("b") + ", " + status("b") + ", NULL, 1"
                    + " FROM generate_series(" + inVillages + ", " + (branches - 1) + ") b JOIN g_township t ON t.t = (b - " + inVillages + ") % "
                    + s.townships() + " JOIN jurisdiction j ON j.code = t.code");
        }
        // every branch lies in a township or a village: its county is its jurisdiction code's first six digits
        exec(st, "CREATE TEMP TABLE g_branch AS SELECT b, " + branchIds + " + b AS id, substr(o.jurisdiction_code, 1, 6) AS county"
                + " FROM generate_series(0, " + (branches - 1) + ") b JOIN party_organization o ON o.id = " + branchIds + " + b");
        exec(st, "ALTER TABLE g_branch ADD PRIMARY KEY (b)");
    }

    /**
     * The members, spread over the branches round-robin: 1 % each applicants, activists and candidates,
     * 2 % probationary, the rest full members; every stage date consistent with the rules (18 at the
     * application, a year as an activist, a year on probation) and counted back from {@link #DAY}.
     */
    private void members(Statement st, Size s) throws SQLException {
        firstMember = nextId(st, "party_member");
        long first = firstMember;
        String day = "DATE '" + DAY + "'";
        // the last stage date: within the year for the pipeline, up to 49 years back for full members
        exec(st, "CREATE TEMP TABLE g_member AS SELECT i, " + hash("i", 6) + " % 1000 AS r, " + day + " - (CASE WHEN " + hash("i", 6)
                + " % 1000 < 50 THEN " + hash("i", 8) + " % 365 ELSE " + hash("i", 8) + " % 18000 END)::int AS last_date"
                + " FROM generate_series(0, " + (s.members() - 1) + ") i");
        String stage = "CASE WHEN r < 10 THEN 'APPLICANT' WHEN r < 20 THEN 'ACTIVIST' WHEN r < 30 THEN 'CANDIDATE' WHEN r < 50 THEN 'PROBATIONARY'"
                + " ELSE 'FULL' END";
        // each stage's date counted back from the next one's
        String full = "CASE WHEN r >= 50 THEN last_date END";
        String probation = "CASE WHEN r >= 50 THEN last_date - 365 WHEN r >= 30 THEN last_date END";
        String candidate = "CASE WHEN r >= 30 THEN COALESCE(" + probation + ", last_date) - (90 + " + hash("i", 9) + " % 200)::int"
                + " WHEN r >= 20 THEN last_date END";
        String activist = "CASE WHEN r >= 20 THEN COALESCE(" + candidate + ", last_date) - (366 + " + hash("i", 10) + " % 200)::int"
                + " WHEN r >= 10 THEN last_date END";
        String application = "COALESCE(" + activist + ", last_date) - (30 + " + hash("i", 11) + " % 120)::int";
        exec(st, "CREATE TEMP TABLE g_member_dates AS SELECT i, r, " + stage + " AS stage, " + application + " AS application_date, " + activist
                + " AS activist_date, " + candidate + " AS candidate_date, " + probation + " AS probation_date, " + full
                + " AS full_date FROM g_member");
        exec(st, "INSERT INTO party_member (id, name, gender, birth_date, education, organization_id, stage, application_date, activist_date,"
                + " candidate_date, probation_date, full_date, has_post, version, membership_status, county_code) SELECT " + first + " + i,"
                + " (ARRAY[" + SURNAMES + "])[1 + " + hash("i", 1) + " % 40] || (ARRAY[" + GIVEN + "])[1 + " + hash("i", 2) + " % 40]"
                + " || CASE WHEN " + hash("i", 3) + " % 3 = 0 THEN '' ELSE (ARRAY[" + GIVEN + "])[1 + " + hash("i", 4) + " % 40] END,"
                + " CASE WHEN " + hash("i", 5) + " % 100 < 28 THEN 'FEMALE' ELSE 'MALE' END,"
                + " application_date - (18 * 366 + " + hash("i", 7) + " % 7300)::int,"
                + " (ARRAY['PRIMARY','JUNIOR_SECONDARY','SENIOR_SECONDARY','VOCATIONAL','JUNIOR_COLLEGE','BACHELOR','MASTER','DOCTORATE'])[1 + "
                + hash("i", 12) + " % 8], g.id, stage, application_date, activist_date, candidate_date, probation_date, full_date, "
                + hash("i", 13) + " % 10 < 2, 1, 'ACTIVE', g.county FROM g_member_dates d JOIN g_branch g ON g.b = d.i % " + branches);
    }

    /** An event for every step a generated member took within the year before {@link #DAY}. */
    private void developmentEvents(Statement st) throws SQLException {
        long first = nextId(st, "development_event");
        String[][] steps = {
                {"ACTIVIST_CONFIRMED", "activist_date", "APPLICATION_LETTER,TALK"},
                {"CANDIDATE_CONFIRMED", "candidate_date", "TRAINING,RECOMMENDATION"},
                {"ADMITTED_PROBATIONARY", "probation_date", "POLITICAL_REVIEW,PUBLIC_NOTICE,BRANCH_RESOLUTION,HIGHER_APPROVAL,OATH"},
                {"CONVERTED_FULL", "full_date", "BRANCH_RESOLUTION,HIGHER_APPROVAL,CONVERSION_APPLICATION"}};
        StringBuilder union = new StringBuilder();
        for (String[] step : steps) {
            union.append(union.length() == 0 ? "" : " UNION ALL ").append("SELECT id, '").append(step[0]).append("' AS t, ").append(step[1])
                    .append(" AS d, '").append(step[2]).append("' AS evidence FROM party_member WHERE id >= ").append(firstMember)
                    .append(" AND ").append(step[1]).append(" > DATE '").append(DAY.minusYears(1)).append("'");
        }
        exec(st, "INSERT INTO development_event (id, member_id, event_type, event_date, deciding_body, evidence, recorded_by, recorded_at) SELECT "
                + first + " + row_number() OVER (ORDER BY id, d), id, t, d, NULL, evidence, 'province-generator', d + TIME '10:00' FROM (" + union
                + ") e");
    }

    /** A themed Party day (主题党日) held by every branch in each month of the year. */
    private void activities(Statement st) throws SQLException {
        long first = nextId(st, "orglife_activity");
        LocalDate month0 = DAY.withDayOfMonth(1).minusMonths(11);
        exec(st, "INSERT INTO orglife_activity (id, organization_id, activity_type, status, planned_date, topic, filed_by, filed_at, held_date, minutes,"
                + " version) SELECT " + first + " + g.b * 12 + m, g.id, 'THEMED_PARTY_DAY', 'HELD', d, '主题党日：' || to_char(d, 'YYYY年MM月'),"
                + " 'province-generator', d - 7 + TIME '09:00', d, '按计划开展。', 2 FROM g_branch g CROSS JOIN generate_series(0, 11) m"
                + " CROSS JOIN LATERAL (SELECT (DATE '" + month0 + "' + make_interval(months => m))::date + (" + hash("g.b", 14)
                + " % 20)::int AS d) x");
    }

    /** A non-negative pseudo-random int of the row number {@code of} and the seed, one stream per {@code stream}. */
    private String hash(String of, int stream) {
        return "(hashint8extended(" + of + "::bigint, " + (seed * 64 + stream) + ") & 2147483647)";
    }

    /** Terms of five years that began between 2021 and 2025, so some are due for renewal. */
    private String term(String of) {
        return "DATE '2021-01-01' + (" + hash(of, 15) + " % 1826)::int, DATE '2026-01-01' + (" + hash(of, 15) + " % 1826)::int";
    }

    /** 90 % normal, 7 % backward (后进), 3 % weak and lax (软弱涣散). */
    private String status(String of) {
        return "CASE WHEN " + hash(of, 16) + " % 100 < 3 THEN 'WEAK_LAX' WHEN " + hash(of, 16) + " % 100 < 10 THEN 'BACKWARD' ELSE 'NORMAL' END";
    }

    private static long nextId(Statement st, String table) throws SQLException {
        try (var rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Statement st, String sql) throws SQLException {
        long t0 = System.nanoTime();
        int rows = st.execute(sql) ? 0 : st.getUpdateCount();
        String what = sql.length() > 60 ? sql.substring(0, 60) + "…" : sql;
        System.out.printf(Locale.ROOT, "  %,10d rows %6.1f s  %s%n", rows, (System.nanoTime() - t0) / 1e9, what);
    }
}
