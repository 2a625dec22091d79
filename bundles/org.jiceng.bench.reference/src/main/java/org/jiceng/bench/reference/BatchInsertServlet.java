package org.jiceng.bench.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The database's own limit for an import: {@code POST /bench/reference/member-batch} with a member
 * CSV in the import's layout, read line by line and inserted with plain JDBC batches of 1,000 into
 * {@code party_member} in one transaction, ids taken from the member sequence the way JPA takes them
 * (blocks of 50). No checks, no audit, no JPA: what the import is measured against. It knows the
 * few vocabulary words the benchmark's file uses (男/女, 高中, 正式党员, 否), not the import's whole
 * vocabulary. Answers {@code {"rows": n, "millis": m}}. Installed only by the benchmark.
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=/bench/reference/member-batch",
        "osgi.http.whiteboard.servlet.name=jiceng-bench-member-batch",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class BatchInsertServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int BATCH = 1_000;
    private static final String INSERT = "INSERT INTO party_member (id, name, gender, birth_date, education, organization_id, stage, "
            + "application_date, activist_date, candidate_date, probation_date, full_date, has_post, membership_status, id_card_number, phone, "
            + "member_number, probation_extended_months, version, county_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0, 1, ?)";
    private static final Map<String, String> WORDS = Map.of("男", "MALE", "女", "FEMALE", "高中", "SENIOR_SECONDARY", "正式党员", "FULL");

    private final transient DataSource dataSource;

    @Activate
    public BatchInsertServlet(@Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        int rows = 0;
        try (Connection c = dataSource.getConnection();
                BufferedReader in = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
            c.setAutoCommit(false);
            Map<String, Long> organizations = organizations(c);
            Map<String, String> counties = counties(c);
            String nextId = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                    ? "SELECT nextval('party_member_seq')"
                    : "SELECT NEXT VALUE FOR party_member_seq";
            long id = 0;
            long idsLeft = 0;
            try (PreparedStatement insert = c.prepareStatement(INSERT); Statement sequence = c.createStatement()) {
                in.readLine(); // the header
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(",", -1);
                    if (idsLeft == 0) {
                        try (ResultSet r = sequence.executeQuery(nextId)) {
                            r.next();
                            id = r.getLong(1) - 50;
                            idsLeft = 50;
                        }
                    }
                    insert.setLong(1, ++id);
                    idsLeft--;
                    insert.setString(2, f[0]);
                    insert.setString(3, WORDS.get(f[1]));
                    insert.setDate(4, date(f[2]));
                    insert.setString(5, WORDS.get(f[3]));
                    Long organization = organizations.get(f[7] + "|" + f[8]);
                    if (organization == null) {
                        throw new IllegalArgumentException("no organization " + f[8] + " in " + f[7]);
                    }
                    insert.setLong(6, organization);
                    insert.setString(7, WORDS.get(f[9]));
                    for (int d = 0; d < 5; d++) {
                        insert.setDate(8 + d, date(f[10 + d]));
                    }
                    insert.setBoolean(13, "是".equals(f[15]));
                    insert.setString(14, empty(f[4]));
                    insert.setString(15, empty(f[5]));
                    insert.setString(16, empty(f[6]));
                    insert.setString(17, counties.get(f[7])); // the county the import keeps on the row too
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            response.sendError(500, e.toString());
            return;
        }
        byte[] body = ("{\"rows\":" + rows + ",\"millis\":" + (System.nanoTime() - started) / 1_000_000 + "}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Every organization by jurisdiction and name, as the import's rows name them. */
    private static Map<String, Long> organizations(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, jurisdiction_code, name FROM party_organization")) {
            while (r.next()) {
                ids.put(r.getString(2) + "|" + r.getString(3), r.getLong(1));
            }
        }
        return ids;
    }

    /** The county of every jurisdiction that lies in one, as the registry keeps it on a member's row. */
    private static Map<String, String> counties(Connection c) throws SQLException {
        Map<String, String> counties = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT c.descendant_code, c.ancestor_code FROM jurisdiction_closure c"
                        + " JOIN jurisdiction j ON j.code = c.ancestor_code WHERE j.jurisdiction_level = 'COUNTY'")) {
            while (r.next()) {
                counties.put(r.getString(1), r.getString(2));
            }
        }
        return counties;
    }

    private static Date date(String text) {
        return text.isEmpty() ? null : Date.valueOf(LocalDate.parse(text));
    }

    private static String empty(String text) {
        return text.isEmpty() ? null : text;
    }
}
