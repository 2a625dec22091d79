package org.jiceng.core.rest.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = OrganizationResource.class)
@JaxrsResource
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "党组织: Party organizations")
public class OrganizationResource {
    private final OrganizationService organizations;

    @Activate
    public OrganizationResource(@Reference OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Operation(summary = "Search organizations; filters combine with AND")
    public Page<PartyOrganization> find(
            @QueryParam("jurisdiction") @Parameter(description = "only this jurisdiction and its subtree") String jurisdiction,
            @QueryParam("field") String field, @QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("parentId") String parentId,
            @QueryParam("termEndsBefore") @Parameter(description = "yyyy-MM-dd") String termEndsBefore,
            @QueryParam("q") @Parameter(description = "name contains") String q,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") @Parameter(description = "e.g. termEnd,-starRating") String sort,
            @QueryParam("after") @Parameter(description = "the next of the page before (keyset paging: page is then not used and total is -1);"
                    + " sorts on name, type, field, status, jurisdictionCode and id") String after) {
        OrganizationQuery query = new OrganizationQuery(JurisdictionResource.blankToNull(jurisdiction),
                Params.enumOf(OrganizationField.class, "field", field), Params.enumOf(OrganizationStatus.class, "status", status),
                Params.enumOf(OrganizationType.class, "type", type), Params.id("parentId", parentId), Params.date("termEndsBefore", termEndsBefore),
                q);
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, OrganizationService.SORTABLE)
                .after(after);
        return organizations.find(query, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organization")
    public PartyOrganization get(@PathParam("id") String id) {
        return organizations.get(Params.pathId("id", id));
    }

    @POST
    @Operation(summary = "Create an organization")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PartyOrganization.class)))
    public Response create(PartyOrganization organization) {
        PartyOrganization created = organizations.create(Params.body(organization));
        return Response.created(URI.create("organizations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an organization's fields (send the version you read; 409 if it changed)")
    public PartyOrganization update(@PathParam("id") String id, PartyOrganization organization) {
        return organizations.update(Params.pathId("id", id), Params.body(organization));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an organization without members or subordinate organizations")
    public Response delete(@PathParam("id") String id) {
        organizations.delete(Params.pathId("id", id));
        return Response.noContent().build();
    }
}
