package org.jiceng.core.health.internal;

import javax.servlet.Servlet;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/health/live|ready}: the health servlet in the JAX-RS whiteboard's {@code /api/v1}
 * context, where its exact mappings take precedence over CXF's {@code /*}. A service of its own so
 * that this context coming and going never touches the root context's {@link HealthServlet}.
 * Registered only once the JAX-RS whiteboard's own servlet is (a reference to it, never getting the
 * service, which would make Aries create a servlet for us): the first servlet of a context starts
 * it, and a context started with this servlet alone answered every other {@code /api/v1} path with
 * Jetty's HTML 404 until CXF's servlet came.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.LIVE,
        "osgi.http.whiteboard.servlet.pattern=" + HealthServlet.READY,
        "osgi.http.whiteboard.servlet.name=jiceng-health-api",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + StartupGate.API_CONTEXT + ")"})
public class ApiHealthServlet extends HealthServlet {
    private static final long serialVersionUID = 1L;

    /** {@code osgi.http.whiteboard.servlet.name} of the servlet the Aries JAX-RS whiteboard registers for an application. */
    static final String JAXRS_SERVLET = "cxf-servlet";

    @Activate
    public ApiHealthServlet(@Reference Readiness readiness,
            @Reference(service = Servlet.class, target = "(osgi.http.whiteboard.servlet.name=" + JAXRS_SERVLET
                    + ")") ServiceReference<Servlet> jaxrsServlet) {
        super(readiness);
    }
}
