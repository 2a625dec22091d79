package org.jiceng.core.apidocs.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves Swagger UI's static files from this bundle at {@code /swagger-ui/}. */
@Component(service = SwaggerUi.class)
@HttpWhiteboardResource(pattern = "/swagger-ui/*", prefix = "/swagger-ui")
public class SwaggerUi {
}
