package org.jiceng.core.soap.internal;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The first request to a SOAP endpoint whose building was left until after the start has it built before CXF looks
 * for it (see {@link SoapPublisher}). A Jetty customizer, which Pax Web calls for every request before any handler:
 * CXF's servlet lives in the HTTP service context of CXF's own bundle, which no filter of this bundle can join.
 * <p>Its ranking is its own: Pax Web 8.0.34 keeps the customizers in a set ordered by ranking alone, so a second
 * customizer of the same ranking as the HTTP hardening's (0) would be dropped without a word.
 */
@Component(service = HttpConfiguration.Customizer.class, property = "service.ranking:Integer=10")
public class SoapFirstUse implements HttpConfiguration.Customizer {
    /** CXF's servlet context for SOAP ({@code org.apache.cxf.servlet.context} in {@code etc/org.apache.cxf.osgi.cfg}). */
    static final String SERVICES = "/services/";

    private final SoapPublisher publisher;

    @Activate
    public SoapFirstUse(@Reference SoapPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        String address = addressOf(request.getRequestURI());
        if (address != null) {
            publisher.publishOnFirstUse(address);
        }
    }

    /** {@code /services/RegistryService?wsdl} → {@code /RegistryService}; null outside the SOAP context. */
    static String addressOf(String path) {
        if (path == null || !path.startsWith(SERVICES) || path.length() == SERVICES.length()) {
            return null;
        }
        int end = path.length();
        for (int i = SERVICES.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || c == '?' || c == ';') {
                end = i;
                break;
            }
        }
        return end == SERVICES.length() ? null : "/" + path.substring(SERVICES.length(), end);
    }
}
