package org.jiceng.distribution;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Import against the database's own limit, in one run on one server: a file of N members (default
 * 100,000) imported as one job from CSV and from XLSX, against the same rows inserted with plain
 * JDBC batches by a servlet in the same Karaf ({@code org.jiceng.bench.reference}, installed by
 * this program only) into the same database. Two rounds in mirrored order (reference, CSV, XLSX; then
 * XLSX, CSV, reference: each load grows the table the next writes into), each file with rows of its
 * own, the means of each kind compared; then one CSV import with the audit trail switched off, to show
 * what the trail costs; then, when asked ({@code -Dbenchmark.import.big=1000000}), one XLSX file of that
 * many rows at the server's default heap. Prints figures; asserts nothing. Run with {@code mvn -B -f distribution/pom.xml test-compile exec:exec@import-benchmark}
 * after {@code mvn -B install -DskipTests}; add {@code -Djiceng.it.db=postgresql} for PostgreSQL.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    /** One measured load: rows per second, wall time from the first byte sent to the last row committed. */
    record Load(String what, int rows, double seconds, long membersBefore) {
        Load(String what, int rows, double seconds) {
            this(what, rows, seconds, -1);
        }

        double rate() {
            return rows / seconds;
        }

        /** The same load, noting how many members the table held before it. */
        Load into(long members) {
            return new Load(what, rows, seconds, members);
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 100_000);
        int rounds = Integer.getInteger("rounds", 2);
        int big = Integer.getInteger("big", 0);
        Path bundle = BenchReference.bundle();
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        try {
            BenchReference.install(server, bundle);
            // The reference takes the same file as the import: the import's body limit for it too.
            server.setProperty("org.jiceng.http", "maxBodyBytes", Long.toString(64L * 1024 * 1024));
            JsonNode orgs = api.get("/organizations?jurisdiction=430581&field=RURAL&size=50").json().get("items");
            if (rounds > 0) {
                compare(api, server, orgs, rows, rounds);
            }
            if (big > 0) {
                big(api, server, orgs, big);
            }
        } finally {
            server.stop();
        }
    }

    /** The import against the JDBC batch, {@code rounds} alternating rounds of each, then the CSV without the audit trail. */
    private static void compare(Api api, JicengServer server, JsonNode orgs, int rows, int rounds) throws Exception {
        System.out.printf("Import benchmark (%s): %,d members per file, 2 cores%n", server.database, rows);
        List<Load> loads = new ArrayList<>();
        int file = 0;
        // counted here: the reference's rows bypass the registry's kept counts, which the API's totals read
        long members = api.get("/members?size=1").json().get("total").asLong();
        for (int round = 1; round <= rounds; round++) {
            // Every load makes the table the next one writes into bigger, and a bigger table takes rows more slowly
            // (the reference's first round, into a nearly empty table, ran half again as fast as its second). So the
            // even rounds run in the reverse order (ABC, CBA): over each pair of rounds every kind writes at the same
            // mean table size, and the means compare.
            List<String> order = round % 2 == 1 ? List.of("JDBC", "CSV", "XLSX") : List.of("XLSX", "CSV", "JDBC");
            for (String kind : order) {
                Load load = switch (kind) {
                    case "JDBC" -> reference(server, csv(table(orgs, rows, file++)), "JDBC batch (reference) #" + round);
                    case "CSV" -> imported(api, server, csv(table(orgs, rows, file++)), "import CSV #" + round);
                    default -> imported(api, server, ImportExportIT.xlsx(table(orgs, rows, file++)), "import XLSX #" + round);
                };
                loads.add(load.into(members));
                members += load.rows();
            }
        }
        server.setProperty("org.jiceng.audit", "enabled", "false");
        Load unaudited = imported(api, server, csv(table(orgs, rows, file++)), "import CSV, audit trail off").into(members);
        server.setProperty("org.jiceng.audit", "enabled", "true");
        loads.forEach(ImportBenchmark::print);
        print(unaudited);
        double reference = mean(loads, "JDBC");
        System.out.printf("Import CSV:  %.1f %% of the JDBC batch insert (means of the rounds; best rounds %.1f %%)%n",
                100 * mean(loads, "import CSV #") / reference, 100 * best(loads, "import CSV #") / best(loads, "JDBC"));
        System.out.printf("Import XLSX: %.1f %% of the JDBC batch insert (means of the rounds; best rounds %.1f %%)%n",
                100 * mean(loads, "import XLSX") / reference, 100 * best(loads, "import XLSX") / best(loads, "JDBC"));
        System.out.printf("Audit trail: import CSV with it is %.1f %% of without (%,.0f vs %,.0f rows/s, the last rounds)%n",
                100 * last(loads, "import CSV #").rate() / unaudited.rate(), last(loads, "import CSV #").rate(), unaudited.rate());
    }

    private static void print(Load l) {
        System.out.printf("  %-30s %,9d rows in %6.1f s = %,8.0f rows/s (into %,d members)%n", l.what(), l.rows(), l.seconds(), l.rate(),
                l.membersBefore());
    }

    private static double mean(List<Load> loads, String prefix) {
        return loads.stream().filter(l -> l.what().startsWith(prefix)).mapToDouble(Load::rate).average().orElseThrow();
    }

    private static Load last(List<Load> loads, String prefix) {
        return loads.stream().filter(l -> l.what().startsWith(prefix)).reduce((a, b) -> b).orElseThrow();
    }

    /**
     * One XLSX file of {@code rows} members (a million by {@code -Dbenchmark.import.big=1000000}) imported at the
     * server's default heap: the file's size against the upload limit, the rate, the server's peak heap (jstat every
     * 200 ms) and whether every row arrived (the county's total before and after).
     */
    private static void big(Api api, JicengServer server, JsonNode orgs, int rows) throws Exception {
        // a million members do not fit the default 64 MiB import limit as XLSX (about 97 MB) nor as CSV (about
        // 134 MB): the limits are configuration (etc/org.jiceng.http.cfg, etc/org.jiceng.bulk.cfg), the heap is not raised
        server.setProperty("org.jiceng.http", "uploadMaxBodyBytes", Long.toString(256L * 1024 * 1024));
        server.setProperty("org.jiceng.bulk", "maxImportFileBytes", Long.toString(256L * 1024 * 1024));
        // files 100 and 200: ID card regions of their own (430500 + 10 × file + a block of 20,000 rows), so no row of
        // one is a member of the other (a row whose ID card exists updates that member)
        bigImport(api, server, ImportExportIT.xlsx(rows / 10, i -> row(orgs, i, 100)), rows / 10);
        bigImport(api, server, ImportExportIT.xlsx(rows, i -> row(orgs, i, 200)), rows);
    }

    private static void bigImport(Api api, JicengServer server, byte[] file, int rows) throws Exception {
        System.out.printf("Big import (%s): %,d members as one XLSX file of %,d bytes%n", server.database, rows, file.length);
        long before = api.get("/members?jurisdiction=430581&size=1").json().get("total").asLong();
        HeapSampler heap = new HeapSampler(server.java().pid());
        try {
            heap.reset();
            long t0 = System.nanoTime();
            JsonNode job = ImportExportIT.runImportWith(api, server, "members", file, false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long after = api.get("/members?jurisdiction=430581&size=1").json().get("total").asLong();
            System.out.printf(
                    "  %s: %,d inserted, %,d updated in %.1f s = %,.0f rows/s; peak server heap %,d MB (%s); the county's members %,d -> %,d (%s)%n",
                    job.get("status").asText(), job.get("inserted").asInt(), job.get("updated").asInt(), seconds, rows / seconds,
                    heap.peakKilobytes() / 1024, heap.maxHeap(), before, after, after - before == rows ? "every row" : "ROWS MISSING");
            if (!"SUCCEEDED".equals(job.get("status").asText())) {
                System.out.println("  " + job.get("message") + " " + job.get("errors").path(0));
            }
        } finally {
            heap.stop();
        }
    }

    private static double best(List<Load> loads, String prefix) {
        return loads.stream().filter(l -> l.what().startsWith(prefix)).mapToDouble(Load::rate).max().orElseThrow();
    }

    /** Rows of file number {@code file}: names, ID card numbers and member numbers no other file of the run has. */
    static List<String[]> table(JsonNode orgs, int rows, int file) {
        List<String[]> table = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            table.add(row(orgs, i, file));
        }
        return table;
    }

    /** Row {@code i} of file number {@code file}: unique within the file for up to 1,050,000 rows (ID cards by block of 20,000). */
    static String[] row(JsonNode orgs, int i, int file) {
        JsonNode org = orgs.get(i % orgs.size());
        LocalDate birth = LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
        return new String[]{"压测党员" + file + "-" + i, i % 3 == 0 ? "女" : "男", birth.toString(), "高中",
                ImportExportIT.idCard(String.valueOf(430500 + file * 10 + i / 20_000), birth, i), "", "WG" + file + "-" + i,
                org.get("jurisdictionCode").asText(), org.get("name").asText(), "正式党员", birth.plusYears(20).toString(),
                birth.plusYears(20).plusMonths(3).toString(), birth.plusYears(21).plusMonths(4).toString(),
                birth.plusYears(21).plusMonths(8).toString(), birth.plusYears(22).plusMonths(8).toString(), "否"};
    }

    static byte[] csv(List<String[]> table) {
        StringBuilder out = new StringBuilder(String.join(",", ImportExportIT.HEADER)).append('\n');
        table.forEach(row -> out.append(String.join(",", row)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Load reference(JicengServer server, byte[] csv, String what) {
        long t0 = System.nanoTime();
        Api.Reply r = new Api(server).raw(HttpRequest.newBuilder(server.uri("/bench/reference/member-batch")).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.status() != 200) {
            throw new IllegalStateException("The reference refused the file: " + r);
        }
        return new Load(what, r.json().get("rows").asInt(), seconds);
    }

    private static Load imported(Api api, JicengServer server, byte[] file, String what) {
        long t0 = System.nanoTime();
        JsonNode job = ImportExportIT.runImportWith(api, server, "members", file, false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!"SUCCEEDED".equals(job.get("status").asText())) {
            throw new IllegalStateException("The benchmark file was refused: " + job.get("message") + " " + job.get("errors").path(0));
        }
        return new Load(what, job.get("inserted").asInt(), seconds);
    }
}
