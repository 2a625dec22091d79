package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A write answered 2xx survives {@code kill -9} of the server JVM: concurrent clients create
 * problems, the JVM is killed while they write, the server is started again on the same data, and
 * every acknowledged problem is read back by id. Runs on H2 (the embedded default) and on
 * PostgreSQL. Leaves the server running.
 */
class DurabilityIT {
    static final int WRITERS = 4;
    /** Enough acknowledged writes that H2's default write delay (500 ms) would lose some at any rate this machine manages. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 600;

    static JicengServer server;
    static Api api;

    @BeforeAll
    static void start() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @Test
    void postgresqlCommitsAreFlushedBeforeTheyAreAcknowledged() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue("postgresql".equals(server.database), "only on PostgreSQL");
        // The server's own role and database: settings made with ALTER ROLE / ALTER DATABASE show here too.
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), server.jdbcPassword());
                Statement s = c.createStatement()) {
            assertEquals("on", show(s, "fsync"));
            assertEquals("on", show(s, "synchronous_commit"));
        }
        String dataSource = read("etc/org.ops4j.datasource-jiceng.cfg");
        assertTrue(!dataSource.contains("synchronous_commit"), "the data source must not turn synchronous_commit off: " + dataSource);
    }

    @Test
    void everyAcknowledgedWriteSurvivesKill9() throws InterruptedException {
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            // A writer thread (not the test) stops at the kill, or at a refusal the test then fails on.
            Thread t = new Thread(() -> {
                boolean serverGone = false;
                for (int n = 0; !killed.get() && !serverGone && refused.isEmpty(); n++) {
                    try {
                        Api.Reply r = api.post("/problems", problem("durability " + writer + "-" + n));
                        if (r.status() == 201) {
                            acknowledged.add(r.json().get("id").asLong());
                        } else if (!killed.get()) {
                            refused.add(r.toString());
                        }
                    } catch (RuntimeException e) {
                        serverGone = true; // killed under this request: it was never acknowledged
                    }
                }
            }, "writer-" + w);
            t.start();
            writers.add(t);
        }
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && refused.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(refused.isEmpty(), "writes refused before the kill: " + refused);
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "only " + acknowledged.size() + " writes acknowledged in 5 minutes");
        // Writers are mid-request: kill the JVM under them.
        server.killAndRestart();
        killed.set(true);
        for (Thread t : writers) {
            t.join();
        }
        List<Long> ids;
        synchronized (acknowledged) {
            ids = List.copyOf(acknowledged);
        }
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            Api.Reply r = api.get("/problems/" + id);
            if (r.status() == 404) {
                missing.add(id);
            } else {
                assertEquals(200, r.status(), r.toString());
            }
        }
        System.out.printf("Durability (%s): %d writes acknowledged before kill -9, %d present after the restart%n", server.database,
                ids.size(), ids.size() - missing.size());
        assertEquals(List.of(), missing, "acknowledged writes lost by kill -9 (" + missing.size() + " of " + ids.size() + ")");
        JsonNode verify = api.get("/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean(), verify.toString());
    }

    /**
     * An import is one unit: killed half-way through (by its own progress, {@code rowsDone} at
     * least half of {@code rowsTotal}), it leaves none of its rows behind. If this machine imports
     * the whole file before the test sees it half-way, the test says skipped, not passed.
     */
    @Test
    void anImportKilledHalfWayLeavesNothingWritten() throws java.io.IOException {
        String marker = "断电导入" + Long.toString(System.nanoTime() % 1_000_000, 36);
        JsonNode orgs = api.get("/organizations?jurisdiction=360823&field=RURAL&size=20").json().get("items");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            JsonNode org = orgs.get(i % orgs.size());
            LocalDate birth = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
            rows.add(new String[]{marker + i, i % 3 == 0 ? "女" : "男", birth.toString(), "高中",
                    ImportExportIT.idCard("360823", birth, 600_000 + i), "137" + String.format("%08d", i), "", org.get("jurisdictionCode").asText(),
                    org.get("name").asText(), "正式党员", birth.plusYears(20).toString(), birth.plusYears(20).plusMonths(3).toString(),
                    birth.plusYears(21).plusMonths(4).toString(), birth.plusYears(21).plusMonths(8).toString(),
                    birth.plusYears(22).plusMonths(8).toString(), "否"});
        }
        byte[] file = ImportExportIT.xlsx(rows);
        Api.Reply started = api.raw(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/imports?kind=members&dryRun=false&fileName=kill"))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file)));
        assertEquals(202, started.status(), started.toString());
        String job = started.json().get("id").asText();
        JsonNode progress;
        do {
            progress = api.get("/imports/" + job).json();
        } while ("RUNNING".equals(progress.get("status").asText())
                && progress.path("rowsDone").asLong() * 2 < Math.max(1, progress.path("rowsTotal").asLong()));
        org.junit.jupiter.api.Assumptions.assumeTrue("RUNNING".equals(progress.get("status").asText()),
                "the import ended before it could be killed half-way: " + progress);
        server.killAndRestart();
        // The count below is by name: the same query must find members the import did not write.
        String known = api.get("/members?jurisdiction=360823&size=1").json().get("items").get(0).get("name").asText();
        assertTrue(api.get("/members?q=" + java.net.URLEncoder.encode(known, java.nio.charset.StandardCharsets.UTF_8) + "&size=1").json()
                .get("total").asLong() > 0, "the name search finds " + known);
        long written = api.get("/members?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8) + "&size=1").json()
                .get("total").asLong();
        System.out.printf("Durability (%s): import killed at %s of %s rows; %d of its members present after the restart; the job now reads %s%n",
                server.database, progress.path("rowsDone"), progress.path("rowsTotal"), written, api.get("/imports/" + job));
        assertEquals(0, written, "members of an import killed half-way");
        JsonNode verify = api.get("/audit/verify").json();
        assertTrue(verify.get("valid").asBoolean(), verify.toString());
    }

    static com.fasterxml.jackson.databind.node.ObjectNode problem(String description) {
        LocalDate today = LocalDate.now();
        return Api.object().put("source", "INSPECTION_TOUR").put("subjectType", "JURISDICTION").put("subjectId", "441481")
                .put("jurisdictionCode", "441481").put("category", "持久性").put("severity", "LOW").put("description", description)
                .put("foundBy", "县委组织部").put("foundOn", today.toString()).put("deadline", today.plusDays(30).toString());
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String read(String relative) {
        try {
            return java.nio.file.Files.readString(server.home.resolve(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
