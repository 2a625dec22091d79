package org.jiceng.core.health.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/health/live|ready}: the health servlet in the JAX-RS whiteboard's {@code /api/v1}
 * context, where its exact mappings take precedence over CXF's {@code /*}. A service of its own so
 * that this context coming and going never touches the root context's {@link HealthServlet}.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.LIVE,
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.READY,
        "osgi.http.whiteboard.servlet.name=jiceng-health-api",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + StartupGate.API_CONTEXT + ")"})
public class ApiHealthServlet extends HealthServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public ApiHealthServlet(@Reference Readiness readiness) {
        super(readiness);
    }
}
