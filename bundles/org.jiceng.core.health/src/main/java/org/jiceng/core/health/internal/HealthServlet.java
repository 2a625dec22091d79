package org.jiceng.core.health.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /health/live} and {@code GET /health/ready}, public, for load balancers, systemd and
 * container health checks. A plain servlet on the HTTP whiteboard, not a JAX-RS resource: it
 * answers while the JAX-RS application does not exist yet or is being rebuilt. This one serves the
 * root context; {@link ApiHealthServlet} the same in the JAX-RS whiteboard's {@code /api/v1}
 * context. Two services, not one selecting both contexts: Pax Web re-registers a servlet in all its
 * contexts when one of them appears, and {@code /health/ready} answered Jetty's HTML 404 for that
 * moment when the {@code /api/v1} context came up during start-up.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.LIVE,
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.READY,
        "osgi.http.whiteboard.servlet.name=jiceng-health",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";

    private final transient Readiness readiness;

    @Activate
    public HealthServlet(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (LIVE.equals(request.getServletPath())) {
            // The JVM runs and Jetty dispatches to a servlet: nothing more is claimed.
            Json.write(response, 200, "application/json", "{\"status\":\"UP\"}");
            return;
        }
        ReadinessReport report = readiness.evaluate();
        if (report.ready()) {
            Json.write(response, 200, "application/json", "{\"status\":\"READY\",\"checks\":" + report.checksJson() + "}");
        } else {
            Json.notReady(response, "Not ready: " + report.summary(), request.getRequestURI(), ",\"checks\":" + report.checksJson());
        }
    }
}
