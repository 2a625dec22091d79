package org.jiceng.core.rest.internal.runtime;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.AbstractPortableFeature;
import org.apache.cxf.feature.Feature;
import org.osgi.service.component.annotations.Component;

/**
 * What Jiceng changes in each JAX-RS application's CXF server, as one whiteboard extension: the whiteboard builds its
 * applications again for every extension that arrives, during start-up among them, so the changes share one.
 * The bus's class loader is pinned ({@link RequestClassLoaderPin}) and requests without overrides skip CXF's
 * preprocessing ({@link RequestPreprocessing}) and responses take their date from a text made once a second
 * ({@link ResponseDate}), and a client's {@code OnewayRequest} header no longer makes an exchange one-way
 * ({@link OneWayHeaderIgnored}), and a request without a content type carries no empty one among its headers
 * ({@link AbsentContentTypeDropped}). The defaults do nothing for clients and buses.
 */
@Component(service = Feature.class, property = {"osgi.jaxrs.extension=true", "osgi.jaxrs.name=jiceng.server"})
public class ServerFeature implements AbstractPortableFeature {

    @Override
    public void initialize(Server server, Bus bus) {
        RequestClassLoaderPin.install(server, bus);
        RequestPreprocessing.install(server);
        ResponseDate.install(server);
        OneWayHeaderIgnored.install(server);
        AbsentContentTypeDropped.install(server);
    }
}
