package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Exports read from a streaming replica of the PostgreSQL database once one is configured (a second
 * data source, {@code etc/org.ops4j.datasource-jiceng-replica.cfg}, dropped in while the server
 * runs), and never from a replica that has not replayed the caller's own write: with the replica's
 * replay paused, a member just created is still in the export, read from the primary. Needs the
 * replica {@code .ci/run} starts ({@code -Djiceng.it.pg.replica.url}); skipped without it. Removes the
 * replica's data source at the end.
 */
@EnabledIfSystemProperty(named = "jiceng.it.db", matches = "postgresql", disabledReason = "needs PostgreSQL")
@EnabledIfSystemProperty(named = "jiceng.it.pg.replica.url", matches = ".+", disabledReason = "needs a streaming replica "
        + "(-Djiceng.it.pg.replica.url, started by .ci/run)")
class ReplicaIT {
    private static final String READ_FROM = "Jiceng-Read-From";

    static JicengServer server;
    static Api api;
    static String replicaUrl;
    static Path replicaConfig;

    @BeforeAll
    static void replica() throws IOException {
        replicaUrl = System.getProperty("jiceng.it.pg.replica.url");
        server = JicengServer.get();
        api = new Api(server);
        replicaConfig = server.home.resolve("etc/org.ops4j.datasource-jiceng-replica.cfg");
        // What the README tells an operator to write.
        Files.writeString(replicaConfig, String.join("\n", "osgi.jdbc.driver.class = org.postgresql.Driver", "url = " + replicaUrl,
                "user = " + server.jdbcUser(), "password = " + server.jdbcPassword(), "dataSourceName = jiceng-replica",
                "osgi.jndi.service.name = jiceng-replica", "pool = hikari", "xa = false", "hikari.maximumPoolSize = 4", ""));
    }

    @AfterAll
    static void noReplica() throws IOException, SQLException {
        if (replicaConfig != null) {
            replay("pg_wal_replay_resume");
            Files.deleteIfExists(replicaConfig);
        }
    }

    @Test
    void exportsAndStatisticsReadTheReplicaButNeverBehindTheCallersOwnWrite() throws SQLException {
        long organizationId = api.get("/organizations?jurisdiction=430581&size=1").json().at("/items/0/id").asLong();
        String export = "/api/v1/exports/members.xlsx?organizationId=" + organizationId;
        long millis = JicengServer.until(() -> "replica".equals(server.download(export).headers().firstValue(READ_FROM).orElse("")),
                Duration.ofSeconds(60));
        System.out.printf("Replica: exports read the replica %d ms after its data source was configured%n", millis);

        String pipeline = "/development/pipeline?organizationId=" + organizationId;
        JicengServer.until(() -> "replica".equals(statistic(pipeline).headers().firstValue(READ_FROM).orElse("")), Duration.ofSeconds(30));
        long activists = activists(statistic(pipeline));

        replay("pg_wal_replay_pause");
        try {
            String paused = created(organizationId, "复制暂停时");
            HttpResponse<byte[]> r = server.download(export);
            assertEquals(200, r.statusCode());
            assertEquals("primary", r.headers().firstValue(READ_FROM).orElse(""), "the replica has not replayed the new member");
            assertTrue(names(r.body()).contains(paused), "the caller's own write is in the export");
            HttpResponse<String> counts = statistic(pipeline);
            assertEquals("primary", counts.headers().firstValue(READ_FROM).orElse(""), "nor is a statistic read there");
            assertEquals(activists + 1, activists(counts), "the statistic counts the caller's own write");
        } finally {
            replay("pg_wal_replay_resume");
        }

        String resumed = created(organizationId, "复制恢复后");
        HttpResponse<byte[]> r = server.download(export);
        assertEquals(200, r.statusCode());
        assertEquals("replica", r.headers().firstValue(READ_FROM).orElse(""), "a replica that replays at once serves the export");
        List<String> names = names(r.body());
        assertTrue(names.contains(resumed), "the write just made is on the replica the export read: " + names);
        HttpResponse<String> counts = statistic(pipeline);
        assertEquals("replica", counts.headers().firstValue(READ_FROM).orElse(""));
        assertEquals(activists + 2, activists(counts));
    }

    private static HttpResponse<String> statistic(String path) {
        HttpResponse<String> r = api.exchange(HttpRequest.newBuilder(server.uri("/api/v1" + path)).GET());
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    private static long activists(HttpResponse<String> pipeline) {
        try {
            return Api.JSON.readTree(pipeline.body()).path("ACTIVIST").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String created(long organizationId, String prefix) {
        String name = prefix + Long.toString(System.nanoTime() % 1_000_000, 36);
        ObjectNode m = Api.object().put("name", name).put("gender", "FEMALE").put("birthDate", "1990-05-01").put("organizationId", organizationId)
                .put("stage", "ACTIVIST").put("applicationDate", "2025-01-10").put("activistDate", "2025-03-01").put("hasPost", false);
        Api.Reply reply = api.post("/members", m);
        assertEquals(201, reply.status(), reply.toString());
        return name;
    }

    /** Pauses or resumes the replica's replay (granted to the test's role by .ci/run). */
    private static void replay(String function) throws SQLException {
        try (Connection c = DriverManager.getConnection(replicaUrl, server.jdbcUser(), server.jdbcPassword()); Statement s = c.createStatement()) {
            s.execute("SELECT " + function + "()");
        }
    }

    private static List<String> names(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
