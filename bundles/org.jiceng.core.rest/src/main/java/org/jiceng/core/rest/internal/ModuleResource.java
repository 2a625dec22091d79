package org.jiceng.core.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.module.ModuleDeployment;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.security.RequiresRole;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ModuleResource.class)
@JaxrsResource
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Installed county modules and the jurisdictions they are enabled for")
public class ModuleResource {
    private final ModuleRegistry modules;
    private final ModuleDeployment deployment;

    /** What {@code POST /modules} takes: the module's feature. */
    public record InstallRequest(String feature) {
    }

    @Activate
    public ModuleResource(@Reference ModuleRegistry modules, @Reference ModuleDeployment deployment) {
        this.modules = modules;
        this.deployment = deployment;
    }

    @GET
    @Path("available")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Module features the server can install (the distribution's offline repository and any added), installed or not")
    public List<ModuleDeployment.AvailableModule> available() {
        return deployment.available();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Install a module from its feature at runtime (201; 200 when it was installed already); audited")
    @ApiResponse(responseCode = "201", description = "Installed now: the module", content = @Content(schema = @Schema(implementation = ModuleDescriptor.class)))
    @ApiResponse(responseCode = "200", description = "Already installed: the module", content = @Content(schema = @Schema(implementation = ModuleDescriptor.class)))
    public Response install(InstallRequest request) {
        String feature = Params.body(request).feature();
        if (feature == null || feature.isBlank()) {
            throw new ValidationException("feature", "is required");
        }
        ModuleDeployment.Installed result = deployment.install(feature.trim());
        String id = result.module().id();
        return (result.installedNow() ? Response.created(URI.create("modules/" + id)) : Response.ok()).entity(result.module()).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Uninstall a module at runtime (a county feature's other modules stay); its data and enablement are kept; audited")
    public Response uninstall(@PathParam("id") String id) {
        deployment.uninstall(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/update")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Update an installed module to the newest version of its feature the server has (its bundle replaced, nothing "
            + "else refreshed; data and enablement kept); 409 when it is at the newest already; audited")
    public ModuleDeployment.Updated update(@PathParam("id") String id) {
        return deployment.update(id);
    }

    @GET
    @Operation(summary = "Installed modules with their bundle state and enabled jurisdictions")
    public List<ModuleDescriptor> list() {
        return modules.modules();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One installed module")
    public ModuleDescriptor get(@PathParam("id") String id) {
        return modules.module(id).orElseThrow(() -> new NotFoundException("Module", id));
    }

    @PUT
    @Path("{id}/jurisdictions/{code}")
    @Operation(summary = "Enable the module for a jurisdiction and its whole subtree (idempotent)")
    public Response enable(@PathParam("id") String id, @PathParam("code") String code) {
        boolean changed = modules.enable(id, code);
        return Response.status(changed ? 201 : 200).entity(Map.of("module", id, "jurisdiction", code, "enabled", true)).build();
    }

    @DELETE
    @Path("{id}/jurisdictions/{code}")
    @Operation(summary = "Remove the module's enablement for a jurisdiction; its data is kept")
    public Response disable(@PathParam("id") String id, @PathParam("code") String code) {
        if (!modules.disable(id, code)) {
            throw new NotFoundException("Module '" + id + "' is not enabled explicitly for jurisdiction '" + code + "'");
        }
        return Response.noContent().build();
    }
}
