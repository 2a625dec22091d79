package org.jiceng.core.apidocs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.module.ModuleEndpoints;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3 document of the REST resources registered right now: the core's (JAX-RS whiteboard
 * resources) and those of every installed module (services marked
 * {@value ModuleEndpoints#REST_RESOURCE}, routed by the core), read from the service registry on
 * each request, so installing or removing a module changes the document without a restart.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@Path("openapi.json")
@Hidden
public class OpenApiResource {
    private static final String RESOURCES = "(|(osgi.jaxrs.resource=true)(" + ModuleEndpoints.REST_RESOURCE + "=true))";

    private final BundleContext context;
    private final String version;
    private volatile Cached cached;

    private record Cached(List<Long> serviceIds, String document) {
    }

    /** Resolves models with unique names and the API's times as sent ({@link ContractModels}); first in swagger's chain while this runs. */
    private final ModelResolver models = new ContractModels();

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
        this.version = context.getBundle().getVersion().toString();
        ModelConverters.getInstance().addConverter(models);
    }

    @Deactivate
    void deactivate() {
        ModelConverters.getInstance().removeConverter(models);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() throws InvalidSyntaxException {
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, RESOURCES);
        List<ServiceReference<?>> resources = refs == null ? List.of() : new ArrayList<>(Arrays.asList(refs));
        List<Long> ids = resources.stream().map(r -> (Long) r.getProperty("service.id")).sorted().toList();
        Cached current = cached;
        if (current != null && current.serviceIds().equals(ids)) {
            return current.document();
        }
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (ServiceReference<?> ref : resources) {
            Object resource = context.getService(ref);
            if (resource != null) {
                try {
                    classes.add(resource.getClass());
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Jiceng API").version(version)
                        .description("基层党建 — core registry, module registry and the REST resources of every installed module. "
                                + "Errors are application/problem+json; module resources answer only in jurisdictions where the module is enabled. "
                                + "Every operation needs an account (HTTP Basic or a bearer token from POST /auth/token) and answers only "
                                + "inside the account's jurisdiction subtree."))
                .servers(List.of(new Server().url("/api/v1")))
                // Every operation needs an account: HTTP Basic or a bearer token from POST /auth/token.
                .components(new io.swagger.v3.oas.models.Components()
                        .addSecuritySchemes("basic", new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .security(List.of(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basic"),
                        new io.swagger.v3.oas.models.security.SecurityRequirement().addList("bearer")));
        base.getComponents().addSchemas(ContractReader.PROBLEM, problemSchema());
        List<Class<?>> ordered = classes.stream().sorted(java.util.Comparator.comparing(Class::getName)).toList();
        OpenAPI api = ContractReader.complete(new ContractReader(new SwaggerConfiguration().openAPI(base)).read(new LinkedHashSet<>(ordered)));
        String document = Json.pretty(api);
        cached = new Cached(ids, document);
        return document;
    }

    /** RFC 9457 problem details as every error of the API carries them. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger's schema builders are raw types
    private static Schema problemSchema() {
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field or parameter, e.g. members[2].birthDate"))
                .addProperty("reason", new StringSchema().description("why it was refused")).required(List.of("field", "reason"));
        return new ObjectSchema().description("application/problem+json (RFC 9457)")
                .addProperty("type", new StringSchema().format("uri").example("https://jiceng.org/problems/validation")
                        .description("the kind of problem; its last segment is stable (validation, not-found, conflict, rule-violation, …)"))
                .addProperty("title", new StringSchema()).addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema()).addProperty("instance", new StringSchema().description("the request path"))
                .addProperty("rule",
                        new StringSchema().description("with rule-violation (422): the domain rule that refused, e.g. eligibility-four-conditions"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("with validation (400): one entry per refused field"))
                .required(List.of("type", "title", "status"));
    }
}
