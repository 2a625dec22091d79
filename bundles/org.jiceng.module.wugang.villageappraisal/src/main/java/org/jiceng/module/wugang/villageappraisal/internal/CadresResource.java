package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/**
 * The cadres on a year's appraisal, their results, and their dossiers. Under
 * {@code /api/v1/jurisdictions/{code}/wugang-village-cadre-appraisal/cadres}: the core routes a module's requests to the resource
 * class whose literal path follows the module id, and answers 404 before this is reached wherever the module is not enabled.
 */
@Component(service = CadresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadresResource {
    private final Cadres cadres;
    private final Dossier dossier;

    @Activate
    public CadresResource(@Reference Cadres cadres, @Reference Dossier dossier) {
        this.cadres = cadres;
        this.dossier = dossier;
    }

    /** Puts the holder of a village post on a year's appraisal. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the cadre as stored, with its id", content = @Content(schema = @Schema(implementation = CadreView.class)))
    public Response enroll(@PathParam("code") String code, Enrolment enrolment) {
        return Response.status(Response.Status.CREATED).entity(cadres.enroll(code, enrolment, LocalDate.now())).build();
    }

    /** The year's cadres and their results; {@code sort=rank} with {@code township} gives a township's ranking. */
    @GET
    public Page<CadreView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("township") String township,
            @QueryParam("grade") String grade, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Cadres.SORTABLE);
        return cadres.list(code, Params.year("year", year), blankToNull(township), blankToNull(grade), paging);
    }

    @GET
    @Path("{id}")
    public CadreView get(@PathParam("code") String code, @PathParam("id") String id) {
        return cadres.get(code, Params.pathId("id", id));
    }

    /** Adds a record to the cadre's performance dossier. */
    @POST
    @Path("{id}/records")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id", content = @Content(schema = @Schema(implementation = RecordView.class)))
    public Response record(@PathParam("code") String code, @PathParam("id") String id, RecordInput record) {
        return Response.status(Response.Status.CREATED).entity(dossier.add(code, Params.pathId("id", id), record, LocalDate.now())).build();
    }

    /** The cadre's performance dossier. */
    @GET
    @Path("{id}/records")
    public Page<RecordView> records(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Dossier.SORTABLE);
        return dossier.list(code, Params.pathId("id", id), paging);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
