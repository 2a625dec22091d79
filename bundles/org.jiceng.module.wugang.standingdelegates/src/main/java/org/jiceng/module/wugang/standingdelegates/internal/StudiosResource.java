package org.jiceng.module.wugang.standingdelegates.internal;

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

/** Studios (党代表工作室) under {@code /api/v1/jurisdictions/{code}/wugang-standing-delegates/studios}. */
@Component(service = StudiosResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/studios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudiosResource {
    private final Studios studios;

    @Activate
    public StudiosResource(@Reference Studios studios) {
        this.studios = studios;
    }

    /** Body of POST studios. */
    public static class NewStudio {
        public String jurisdictionCode;
        public String name;
        public String address;
    }

    @GET
    public Page<StudioView> list(@PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return studios.list(code, PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Studios.SORTABLE));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the studio as stored, with its id", content = @Content(schema = @Schema(implementation = StudioView.class)))
    public Response create(@PathParam("code") String code, NewStudio input) {
        NewStudio in = Params.body(input);
        return Response.status(Response.Status.CREATED).entity(studios.create(code, new Studios.NewStudio(in.jurisdictionCode, in.name, in.address)))
                .build();
    }

    @GET
    @Path("{studioId}")
    public StudioView get(@PathParam("code") String code, @PathParam("studioId") String studioId) {
        return studios.get(code, Params.pathId("studioId", studioId));
    }
}
