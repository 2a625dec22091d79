package org.jiceng.module.guangzong.dailyevaluation.internal;

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
 * The pilot townships' evaluations: registered by the county, their members put on them and their
 * entries recorded, the township's ranking. Under {@code …/guangzong-daily-evaluation/townships}.
 */
@Component(service = TownshipsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/townships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TownshipsResource {
    private final Townships townships;
    private final Members members;
    private final Entries entries;

    @Activate
    public TownshipsResource(@Reference Townships townships, @Reference Members members, @Reference Entries entries) {
        this.townships = townships;
        this.members = members;
        this.entries = entries;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the township as stored, with its id", content = @Content(schema = @Schema(implementation = TownshipView.class)))
    public Response register(@PathParam("code") String code, TownshipInput township) {
        return Response.status(Response.Status.CREATED).entity(townships.register(code, township, LocalDate.now())).build();
    }

    @GET
    public Page<TownshipView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Townships.SORTABLE);
        return townships.list(code, Params.year("year", year), paging);
    }

    @GET
    @Path("{id}")
    public TownshipView get(@PathParam("code") String code, @PathParam("id") String id) {
        return townships.get(code, Params.pathId("id", id));
    }

    /** Puts a member of the township (a registry member) on its evaluation. */
    @POST
    @Path("{id}/members")
    @ApiResponse(responseCode = "201", description = "Created: the member as stored, with its id", content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response enroll(@PathParam("code") String code, @PathParam("id") String id, EnrolmentInput enrolment) {
        return Response.status(Response.Status.CREATED).entity(members.enroll(code, Params.pathId("id", id), enrolment)).build();
    }

    /** The township's ranking: its evaluated members by their rank in the township. */
    @GET
    @Path("{id}/ranking")
    public Page<MemberView> ranking(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        TownshipView t = townships.get(code, Params.pathId("id", id));
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Members.SORTABLE)
                .withDefaultOrder(new PageRequest.Order("rank", true));
        return members.list(code, t.year, t.townshipCode, null, paging);
    }

    /** Records a score entry for one of the township's members. */
    @POST
    @Path("{id}/entries")
    @ApiResponse(responseCode = "201", description = "Created: the entry as stored, with its id", content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response record(@PathParam("code") String code, @PathParam("id") String id, EntryInput entry) {
        return Response.status(Response.Status.CREATED).entity(entries.add(code, Params.pathId("id", id), entry, LocalDate.now())).build();
    }
}
