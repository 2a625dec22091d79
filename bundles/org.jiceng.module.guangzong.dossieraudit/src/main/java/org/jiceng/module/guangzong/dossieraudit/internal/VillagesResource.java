package org.jiceng.module.guangzong.dossieraudit.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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

/** The villages without development: the core's detection, the county's list, its clearing and figures. */
@Component(service = VillagesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VillagesResource {
    private final Villages villages;

    @Activate
    public VillagesResource(@Reference Villages villages) {
        this.villages = villages;
    }

    /** Body of POST villages. */
    public static class ListingInput {
        public String villageCode;
        public Integer thresholdYears;
        public String listedOn;
        public String responsibleCadre;
        public String measures;
    }

    /** Body of PUT villages/{id}. */
    public static class ResponsibilityInput {
        public String responsibleCadre;
        public String measures;
        public Long version;
    }

    /** The core's villages without an admission for {@code years} years (3 when left out), each with its listing if any. */
    @GET
    @Path("detected")
    public List<DetectedVillage> detected(@PathParam("code") String code, @QueryParam("years") String years) {
        return villages.detected(code, Params.integer("years", years));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the village as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = VillageView.class)))
    public Response list(@PathParam("code") String code, ListingInput input) {
        ListingInput body = Params.body(input);
        VillageView v = villages.list(code, body.villageCode, body.thresholdYears, Params.date("listedOn", body.listedOn), body.responsibleCadre,
                body.measures, LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/villages/" + v.id)).entity(v).build();
    }

    @GET
    public Page<VillageView> list(@PathParam("code") String code, @QueryParam("status") String status, @QueryParam("township") String township,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Villages.SORTABLE);
        return villages.list(code, Params.enumOf(ClearingStatus.class, "status", status),
                township == null || township.isBlank() ? null : township.trim(), paging);
    }

    @GET
    @Path("figures")
    public VillageFigures figures(@PathParam("code") String code) {
        return villages.figures(code);
    }

    /** Reads the admissions of every listed village of the scope from the core and clears those that have one. */
    @POST
    @Path("clearing-check")
    public List<VillageView> checkAll(@PathParam("code") String code) {
        return villages.checkAll(code);
    }

    @GET
    @Path("{id}")
    public VillageView get(@PathParam("code") String code, @PathParam("id") String id) {
        return villages.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}")
    public VillageView update(@PathParam("code") String code, @PathParam("id") String id, ResponsibilityInput input) {
        ResponsibilityInput body = Params.body(input);
        return villages.update(code, Params.pathId("id", id), body.responsibleCadre, body.measures, body.version);
    }

    @POST
    @Path("{id}/clearing-check")
    public VillageView check(@PathParam("code") String code, @PathParam("id") String id) {
        return villages.check(code, Params.pathId("id", id));
    }
}
