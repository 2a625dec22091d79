package org.jiceng.core.soap.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The first request to a SOAP endpoint whose building was left until after the start has it built before CXF looks
 * for it (see {@link SoapPublisher}). A Jetty customizer, which Pax Web calls for every request before any handler:
 * CXF's servlet lives in the HTTP service context of CXF's own bundle, which no filter of this bundle can join.
 * <p>Its ranking is its own: Pax Web 8.0.34 keeps the customizers in a set ordered by ranking alone, so a second
 * customizer of the same ranking as the HTTP hardening's (0) would be dropped without a word.
 * <p>It reads CXF's own configuration for the servlet's context, so that moving SOAP elsewhere moves this with it.
 */
@Component(service = HttpConfiguration.Customizer.class, property = "service.ranking:Integer=10", configurationPid = SoapFirstUse.CXF_PID)
public class SoapFirstUse implements HttpConfiguration.Customizer {
    /** CXF's servlet configuration, {@code etc/org.apache.cxf.osgi.cfg}. */
    static final String CXF_PID = "org.apache.cxf.osgi";

    /** The part of CXF's configuration read here; the default is CXF's own. */
    @interface CxfServlet {
        String org_apache_cxf_servlet_context() default "/cxf";
    }

    private final SoapPublisher publisher;
    private volatile String services;

    @Activate
    public SoapFirstUse(@Reference SoapPublisher publisher, CxfServlet cxf) {
        this.publisher = publisher;
        modified(cxf);
    }

    @Modified
    void modified(CxfServlet cxf) {
        services = prefixOf(cxf.org_apache_cxf_servlet_context());
    }

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        String address = addressOf(services, request.getRequestURI());
        if (address != null) {
            publisher.publishOnFirstUse(address);
        }
    }

    /** {@code /services} or {@code services/} → {@code /services/}: what a request's path starts with below it. */
    static String prefixOf(String context) {
        String trimmed = context == null ? "" : context.trim();
        String start = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return start.endsWith("/") ? start : start + "/";
    }

    /** {@code /services/RegistryService?wsdl} below {@code /services/} → {@code /RegistryService}; null outside it. */
    static String addressOf(String services, String path) {
        if (path == null || !path.startsWith(services) || path.length() == services.length()) {
            return null;
        }
        int end = path.length();
        for (int i = services.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || c == '?' || c == ';') {
                end = i;
                break;
            }
        }
        return end == services.length() ? null : "/" + path.substring(services.length(), end);
    }
}
