package org.jiceng.core.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.NotFoundException;
import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ModuleResource.class)
@JaxrsResource
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Installed county modules and the jurisdictions they are enabled for")
public class ModuleResource {
    private final ModuleRegistry modules;

    @Activate
    public ModuleResource(@Reference ModuleRegistry modules) {
        this.modules = modules;
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
