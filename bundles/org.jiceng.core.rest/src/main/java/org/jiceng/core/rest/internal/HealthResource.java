package org.jiceng.core.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = HealthResource.class)
@JaxrsResource
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {
    private final Logger logger = LoggerFactory.getLogger(HealthResource.class);

    private final SchemaMigrator migrator;
    private final ModuleRegistry modules;
    private final JurisdictionService jurisdictions;
    private final String version;

    @Activate
    public HealthResource(@Reference SchemaMigrator migrator, @Reference ModuleRegistry modules,
            @Reference JurisdictionService jurisdictions, BundleContext context) {
        this.migrator = migrator;
        this.modules = modules;
        this.jurisdictions = jurisdictions;
        this.version = context.getBundle().getVersion().toString();
    }

    @GET
    @Operation(summary = "Status, version, database and installed modules; 503 when the database does not answer")
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> database = new LinkedHashMap<>();
        boolean up = true;
        database.put("product", migrator.databaseProduct());
        try {
            database.put("schemaVersion", migrator.currentVersion("core"));
            database.put("jurisdictions", jurisdictions.count());
            database.put("status", "UP");
        } catch (RuntimeException e) {
            logger.warn("Health check: database does not answer: {}", e.getMessage());
            database.put("status", "DOWN");
            up = false;
        }
        List<Map<String, Object>> installed = new ArrayList<>();
        for (ModuleDescriptor m : modules.modules()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.id());
            row.put("version", m.version());
            row.put("state", m.bundleState());
            installed.add(row);
        }
        body.put("status", up ? "UP" : "DOWN");
        body.put("version", version);
        body.put("database", database);
        body.put("modules", installed);
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
