package org.jiceng.module.shunyi.twonew.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
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
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The ledger's sheets under {@code /api/v1/jurisdictions/{code}/shunyi-two-new/sheets}. */
@Component(service = SheetsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/sheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SheetsResource {
    private final Sheets sheets;

    @Activate
    public SheetsResource(@Reference Sheets sheets) {
        this.sheets = sheets;
    }

    /** Ledger sheets of the subtree (一企一表、一社一表), contacts masked. */
    @GET
    public Page<SheetView> list(@PathParam("code") String code,
            @QueryParam("kind") String kind,
            @QueryParam("township") String township,
            @QueryParam("coverage") String coverage,
            @QueryParam("state") String state,
            @QueryParam("name") String name, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Sheets.SORTABLE);
        return sheets.list(code, Params.enumOf(UnitKind.class, "kind", kind), township, Params.enumOf(Coverage.class, "coverage", coverage), state,
                name, paging);
    }

    /** Opens the sheet of a unit (422 own-organization-needs-three-members, organization-field-mismatch, coverage-organization-type, own-organization-taken, credit-code-registered). */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the sheet as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = SheetView.class)))
    public Response create(@PathParam("code") String code, Sheets.SheetInput input) {
        SheetView created = sheets.create(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/sheets/" + created.id)).entity(created).build();
    }

    /** One sheet in full. */
    @GET
    @Path("{sheetId}")
    public SheetView get(@PathParam("code") String code, @PathParam("sheetId") String id) {
        return sheets.get(code, Params.pathId("sheetId", id));
    }

    /** Brings a sheet up to date (台账更新) at the version read; 422 sheet-closed and the rules of a new sheet. */
    @PUT
    @Path("{sheetId}")
    public SheetView update(@PathParam("code") String code, @PathParam("sheetId") String id, Sheets.SheetInput input) {
        return sheets.update(code, Params.pathId("sheetId", id), Params.body(input));
    }

    /** Closes the sheet of a unit deregistered or dissolved (注销): kept, counted no more. */
    @PUT
    @Path("{sheetId}/closure")
    public SheetView close(@PathParam("code") String code, @PathParam("sheetId") String id, Sheets.Closure input) {
        return sheets.close(code, Params.pathId("sheetId", id), Params.body(input));
    }
}
