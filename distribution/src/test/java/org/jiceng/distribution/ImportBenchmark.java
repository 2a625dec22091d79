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
 * this program only) into the same database. Two alternating rounds, each file with rows of its
 * own; then one CSV import with the audit trail switched off, to show what the trail costs. Prints
 * figures; asserts nothing. Run with {@code mvn -B -f distribution/pom.xml test-compile exec:exec@import-benchmark}
 * after {@code mvn -B install -DskipTests}; add {@code -Djiceng.it.db=postgresql} for PostgreSQL.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    /** One measured load: rows per second, wall time from the first byte sent to the last row committed. */
    record Load(String what, int rows, double seconds) {
        double rate() {
            return rows / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 100_000);
        Path bundle = BenchReference.bundle();
        JicengServer server = JicengServer.get();
        Api api = new Api(server);
        try {
            BenchReference.install(server, bundle);
            // The reference takes the same file as the import: the import's body limit for it too.
            server.setProperty("org.jiceng.http", "maxBodyBytes", Long.toString(64L * 1024 * 1024));
            JsonNode orgs = api.get("/organizations?jurisdiction=430581&field=RURAL&size=50").json().get("items");
            System.out.printf("Import benchmark (%s): %,d members per file, 2 cores%n", server.database, rows);
            List<Load> loads = new ArrayList<>();
            int file = 0;
            for (int round = 1; round <= 2; round++) {
                loads.add(reference(server, csv(table(orgs, rows, file++)), "JDBC batch (reference) #" + round));
                loads.add(imported(api, server, csv(table(orgs, rows, file++)), "import CSV #" + round));
                loads.add(imported(api, server, ImportExportIT.xlsx(table(orgs, rows, file++)), "import XLSX #" + round));
            }
            server.setProperty("org.jiceng.audit", "enabled", "false");
            Load unaudited = imported(api, server, csv(table(orgs, rows, file++)), "import CSV, audit trail off");
            server.setProperty("org.jiceng.audit", "enabled", "true");
            loads.forEach(l -> System.out.printf("  %-30s %,9d rows in %6.1f s = %,8.0f rows/s%n", l.what(), l.rows(), l.seconds(), l.rate()));
            System.out.printf("  %-30s %,9d rows in %6.1f s = %,8.0f rows/s%n", unaudited.what(), unaudited.rows(), unaudited.seconds(),
                    unaudited.rate());
            double reference = best(loads, "JDBC");
            System.out.printf("Import CSV:  %.1f %% of the JDBC batch insert (best rounds)%n", 100 * best(loads, "import CSV #") / reference);
            System.out.printf("Import XLSX: %.1f %% of the JDBC batch insert (best rounds)%n", 100 * best(loads, "import XLSX") / reference);
            System.out.printf("Audit trail: import CSV with it is %.1f %% of without (%,.0f vs %,.0f rows/s)%n",
                    100 * best(loads, "import CSV #") / unaudited.rate(), best(loads, "import CSV #"), unaudited.rate());
        } finally {
            server.stop();
        }
    }

    private static double best(List<Load> loads, String prefix) {
        return loads.stream().filter(l -> l.what().startsWith(prefix)).mapToDouble(Load::rate).max().orElseThrow();
    }

    /** Rows of file number {@code file}: names, ID card numbers and member numbers no other file of the run has. */
    static List<String[]> table(JsonNode orgs, int rows, int file) {
        List<String[]> table = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            JsonNode org = orgs.get(i % orgs.size());
            LocalDate birth = LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            table.add(new String[]{"压测党员" + file + "-" + i, i % 3 == 0 ? "女" : "男", birth.toString(), "高中",
                    ImportExportIT.idCard(String.valueOf(430500 + file * 10 + i / 20_000), birth, i), "", "WG" + file + "-" + i,
                    org.get("jurisdictionCode").asText(), org.get("name").asText(), "正式党员", birth.plusYears(20).toString(),
                    birth.plusYears(20).plusMonths(3).toString(), birth.plusYears(21).plusMonths(4).toString(),
                    birth.plusYears(21).plusMonths(8).toString(), birth.plusYears(22).plusMonths(8).toString(), "否"});
        }
        return table;
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
