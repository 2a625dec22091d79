package org.jiceng.bench.reference;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the same Jetty can serve for a write when nothing stands between the request and the database: an
 * organization's fields replaced ({@code PUT /bench/reference/organizations/{id}} with the organization as the API
 * takes it), by one plain JDBC {@code UPDATE} that checks and moves the optimistic-lock version in the same
 * statement (409 when the version sent is not the row's), committed, and answered with the organization as the
 * API answers it. No authentication, no scope or reference check, no JPA, no audit trail: the write benchmark's
 * limit, installed only by the benchmark.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/bench/reference/organizations/*",
        "osgi.http.whiteboard.servlet.name=jiceng-bench-reference-write",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class ReferenceWriteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String UPDATE = "UPDATE party_organization SET name = ?, org_type = ?, org_field = ?, parent_id = ?, jurisdiction_code = ?,"
            + " term_start = ?, term_end = ?, status = ?, star_rating = ?, version = version + 1 WHERE id = ? AND version = ?";

    private final transient DataSource dataSource;

    @Activate
    public ReferenceWriteServlet(@Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(404);
            return;
        }
        long id = Long.parseLong(path.substring(1));
        PartyOrganization in = ApiJson.MAPPER.readValue(request.getInputStream(), PartyOrganization.class);
        OrganizationStatus status = in.status() == null ? OrganizationStatus.NORMAL : in.status();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(UPDATE)) {
            c.setAutoCommit(false);
            s.setString(1, in.name());
            s.setString(2, in.type().name());
            s.setString(3, in.field().name());
            setNullable(s, 4, in.parentId(), Types.BIGINT);
            s.setString(5, in.jurisdictionCode());
            setDate(s, 6, in.termStart());
            setDate(s, 7, in.termEnd());
            s.setString(8, status.name());
            setNullable(s, 9, in.starRating(), Types.INTEGER);
            s.setLong(10, id);
            s.setLong(11, in.version());
            int updated = s.executeUpdate();
            c.commit();
            if (updated == 0) {
                response.sendError(409);
                return;
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        PartyOrganization out = in.toBuilder().id(id).status(status).version(in.version() + 1).build();
        ApiJson.answer(response, out);
    }

    private static void setNullable(PreparedStatement s, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
        } else {
            s.setObject(index, value, sqlType);
        }
    }

    private static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }
}
