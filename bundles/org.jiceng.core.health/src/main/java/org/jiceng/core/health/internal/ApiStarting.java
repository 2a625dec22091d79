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
 * {@code /api/v1/*} in the root context: reached only while the JAX-RS whiteboard has not created
 * its own {@code /api/v1} context yet (Jetty routes to the longest matching context path), and then
 * answers 503 problem+json instead of Jetty's HTML 404 page.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/*",
        "osgi.http.whiteboard.servlet.name=jiceng-api-starting",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class ApiStarting extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Readiness readiness;

    @Activate
    public ApiStarting(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Json.notReady(response, "The server is starting: the REST application is not deployed yet; " + readiness.evaluate().summary(),
                request.getRequestURI(), "");
    }
}
