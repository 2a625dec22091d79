package org.jiceng.core.health.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Until the server has been ready once, every request to the REST application is answered 503
 * problem+json naming what is not ready, instead of CXF's HTML "No service was found." or a 404
 * for a resource not added yet. Once ready the gate stays open: a module installed later is the
 * module gate's business, and a database outage is answered by the resources themselves.
 * Sits on the JAX-RS whiteboard's own servlet context (the Aries whiteboard names it
 * {@value #API_CONTEXT} for the default application).
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.filter.name=jiceng-startup-gate",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + StartupGate.API_CONTEXT + ")"})
public class StartupGate implements Filter {
    static final String API_CONTEXT = "context.for.default";

    private final Readiness readiness;

    @Activate
    public StartupGate(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (readiness.everReady() || http.getServletPath().startsWith("/health/")) {
            chain.doFilter(request, response);
            return;
        }
        ReadinessReport report = readiness.evaluate();
        Json.notReady((HttpServletResponse) response, "The server is starting: " + report.summary(), http.getRequestURI(), "");
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
