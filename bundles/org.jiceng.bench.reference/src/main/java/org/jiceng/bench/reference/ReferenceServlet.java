package org.jiceng.bench.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.jiceng.common.Page;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.PersonalDataMask;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the same Jetty can serve when nothing stands between the request and the database: one
 * member by id ({@code /bench/reference/members/{id}}), or the first page of 20 members of a
 * jurisdiction's subtree by name ({@code /bench/reference/members?jurisdiction=}, masked as the API
 * masks lists), read with plain JDBC from the server's own data source and written as the API writes
 * them (the API's records through Jackson configured as the REST layer is). No authentication, no
 * scope check, no JPA: the benchmark's limit, installed only by the benchmark.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/bench/reference/members/*",
        "osgi.http.whiteboard.servlet.pattern=/bench/reference/members",
        "osgi.http.whiteboard.servlet.name=jiceng-bench-reference",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class ReferenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;
    private static final Base64.Encoder CURSOR = Base64.getUrlEncoder().withoutPadding();
    private static final String COLUMNS = "m.id, m.name, m.gender, m.birth_date, m.education, m.organization_id, o.jurisdiction_code, m.stage, "
            + "m.application_date, m.activist_date, m.candidate_date, m.probation_date, m.full_date, m.has_post, m.membership_status, "
            + "m.id_card_number, m.phone, m.member_number, m.probation_extended_months, m.version";

    private final transient DataSource dataSource;

    @Activate
    public ReferenceServlet(@Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            String path = request.getPathInfo();
            Object body = path == null || path.equals("/")
                    ? page(c, request.getParameter("jurisdiction"))
                    : member(c, Long.parseLong(path.substring(1)));
            if (body == null) {
                response.sendError(404);
                return;
            }
            ApiJson.answer(response, body);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private Member member(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM party_member m JOIN party_organization o ON o.id = m.organization_id WHERE m.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? member(r) : null;
            }
        }
    }

    private Page<Member> page(Connection c, String jurisdiction) throws SQLException {
        String subtree = " FROM party_member m JOIN party_organization o ON o.id = m.organization_id"
                + " JOIN jurisdiction_closure j ON j.descendant_code = o.jurisdiction_code WHERE j.ancestor_code = ?";
        long total;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + subtree)) {
            s.setString(1, jurisdiction);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        List<Member> items = new ArrayList<>();
        String next = null;
        // one row more than the page: when there is one, the page carries the cursor the API gives (its last name and id)
        try (PreparedStatement s = c
                .prepareStatement("SELECT " + COLUMNS + subtree + " ORDER BY m.name, m.id FETCH FIRST " + (PAGE_SIZE + 1) + " ROWS ONLY")) {
            s.setString(1, jurisdiction);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (items.size() == PAGE_SIZE) {
                        Member last = items.get(PAGE_SIZE - 1);
                        next = cursorPart(last.name()) + "." + cursorPart(Long.toString(last.id()));
                        break;
                    }
                    items.add(member(r));
                }
            }
        }
        return new Page<>(items.stream().map(PersonalDataMask::mask).toList(), 0, PAGE_SIZE, total, next);
    }

    /** A sort value as the API's cursors write it: its text in base64url without padding. */
    private static String cursorPart(String value) {
        return CURSOR.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static Member member(ResultSet r) throws SQLException {
        String education = r.getString(5);
        String status = r.getString(15);
        int months = r.getInt(19);
        Integer extended = r.wasNull() ? null : months;
        return new Member(r.getLong(1), r.getString(2), Gender.valueOf(r.getString(3)), date(r, 4),
                education == null ? null : Education.valueOf(education),
                r.getLong(6), r.getString(7), MemberStage.valueOf(r.getString(8)), date(r, 9), date(r, 10), date(r, 11), date(r, 12), date(r, 13),
                r.getBoolean(14), status == null ? null : MembershipStatus.valueOf(status), r.getString(16), r.getString(17), r.getString(18),
                extended, r.getLong(20));
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
