package org.jiceng.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The province benchmark's export part: the members of a jurisdiction as XLSX through
 * {@code GET /exports/members.xlsx}, read as a client reads it (every row counted from the streamed file),
 * with the server's peak heap while it writes; against the baseline of the same rows read from the
 * database by a hand-written SQL query over JDBC with a cursor, which is all the export must do besides
 * writing them. A county and the province are exported one after the other: memory flat in the file's
 * size shows as the same peak for both.
 */
final class ProvinceExport {
    private static final byte[] ROW = "<row ".getBytes(StandardCharsets.US_ASCII);
    private static final String SAME_ROWS_BY_HAND = "SELECT m.name, m.gender, m.birth_date, m.education, m.id_card_number, m.phone,"
            + " m.member_number, o.jurisdiction_code, o.name, m.stage, m.application_date, m.activist_date, m.candidate_date,"
            + " m.probation_date, m.full_date, m.has_post FROM party_member m JOIN party_organization o ON o.id = m.organization_id"
            + " JOIN jurisdiction_closure c ON c.descendant_code = o.jurisdiction_code WHERE c.ancestor_code = ? ORDER BY m.organization_id, m.id";

    private ProvinceExport() {
    }

    /** What a client saw of one export. */
    record Download(long rows, int sheets, long bytes, double firstByteSeconds, double seconds) {
    }

    /** Exports each jurisdiction's members and prints what it took, beside the hand-written SQL. */
    static void measure(JicengServer server, String authorization, Connection c, String... codes) throws Exception {
        HeapSampler heap = new HeapSampler(server.java().pid());
        try {
            System.out.printf("Export of members as XLSX, against the same rows read by hand-written SQL (server heap sampled every 200 ms, %s)%n",
                    heap.maxHeap());
            for (String code : codes) {
                heap.reset();
                Download d = download(server, authorization, "/api/v1/exports/members.xlsx?jurisdiction=" + code);
                long peak = heap.peakKilobytes();
                long[] sql = readByHand(c, code);
                double sqlSeconds = sql[1] / 1e9;
                System.out.printf(Locale.ROOT,
                        "  %s: %,d rows on %d sheet(s), %,d bytes; first byte after %.2f s, whole file %.1f s (%,.0f rows/s);"
                                + " peak server heap %,d MB | SQL by hand %,d rows in %.1f s | %.2f× %s%n",
                        code, d.rows(), d.sheets(), d.bytes(), d.firstByteSeconds(), d.seconds(), d.rows() / d.seconds(), peak / 1024, sql[0],
                        sqlSeconds, d.seconds() / sqlSeconds, d.rows() == sql[0] ? "same rows" : "ROWS DIFFER");
            }
        } finally {
            heap.stop();
        }
    }

    /** Downloads an export and counts the rows of its sheets as they arrive (header rows left out). */
    static Download download(JicengServer server, String authorization, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", authorization).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = server.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        CountingStream counted = new CountingStream(response.body());
        long rows = 0;
        int sheets = 0;
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheets++;
                    rows += occurrences(zip, ROW) - 1; // each sheet starts with the header
                }
            }
        }
        long t1 = System.nanoTime();
        return new Download(rows, sheets, counted.count, (counted.firstByteAt - t0) / 1e9, (t1 - t0) / 1e9);
    }

    /** The number of rows and the nanoseconds the hand-written query takes to read them all (fetched 5,000 at a time). */
    private static long[] readByHand(Connection c, String code) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL's driver streams with a cursor only inside a transaction
        long t0 = System.nanoTime();
        long rows = 0;
        try (PreparedStatement st = c.prepareStatement(SAME_ROWS_BY_HAND)) {
            st.setFetchSize(5_000);
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    rows++;
                }
            }
        } finally {
            c.commit();
            c.setAutoCommit(autoCommit);
        }
        return new long[]{rows, System.nanoTime() - t0};
    }

    /** How often {@code pattern} (whose first byte does not recur in it) occurs in the stream. */
    static long occurrences(InputStream in, byte[] pattern) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long found = 0;
        int matched = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == pattern[matched]) {
                    if (++matched == pattern.length) {
                        found++;
                        matched = 0;
                    }
                } else {
                    matched = b == pattern[0] ? 1 : 0;
                }
            }
        }
        return found;
    }

    private static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;
        long firstByteAt;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                seen(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                seen(n);
            }
            return n;
        }

        private void seen(int n) {
            if (count == 0) {
                firstByteAt = System.nanoTime();
            }
            count += n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
