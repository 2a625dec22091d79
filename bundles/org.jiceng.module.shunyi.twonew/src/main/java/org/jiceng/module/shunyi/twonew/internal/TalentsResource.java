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

/** The reserve talent database under {@code /api/v1/jurisdictions/{code}/shunyi-two-new/talents}. */
@Component(service = TalentsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/talents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TalentsResource {
    private final Talents talents;

    @Activate
    public TalentsResource(@Reference Talents talents) {
        this.talents = talents;
    }

    /** Reserve talents of the subtree. */
    @GET
    public Page<TalentView> list(@PathParam("code") String code,
            @QueryParam("state") String state,
            @QueryParam("source") String source,
            @QueryParam("intendedPost") String post,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Talents.SORTABLE);
        return talents.list(code, Params.enumOf(TalentState.class, "state", state), Params.enumOf(TalentSource.class, "source", source),
                Params.enumOf(IntendedPost.class, "intendedPost", post), paging);
    }

    /** Enters a talent into the reserve (a core member, or a name and birth date). */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the talent as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = TalentView.class)))
    public Response enter(@PathParam("code") String code, Talents.NewTalent input) {
        TalentView created = talents.enter(code, Params.body(input));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/talents/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{talentId}")
    public TalentView get(@PathParam("code") String code, @PathParam("talentId") String id) {
        return talents.get(code, Params.pathId("talentId", id));
    }

    /** Posts a talent in reserve to a village or community (选派到村、社区任职); 422 talent-not-in-reserve. */
    @PUT
    @Path("{talentId}/posting")
    public TalentView post(@PathParam("code") String code, @PathParam("talentId") String id, Talents.Posting input) {
        return talents.post(code, Params.pathId("talentId", id), Params.body(input));
    }

    /** Takes a talent out of the reserve; 422 talent-not-in-reserve. */
    @PUT
    @Path("{talentId}/withdrawal")
    public TalentView withdraw(@PathParam("code") String code, @PathParam("talentId") String id, Talents.Withdrawal input) {
        return talents.withdraw(code, Params.pathId("talentId", id), Params.body(input));
    }
}
