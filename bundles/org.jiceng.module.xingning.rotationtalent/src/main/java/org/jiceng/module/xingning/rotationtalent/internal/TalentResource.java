package org.jiceng.module.xingning.rotationtalent.internal;

import java.net.URI;
import java.time.LocalDate;

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

/** Talent REST under {@code /api/v1/jurisdictions/{code}/xingning-rotation-and-talent/talent}: talent lists, needed posts, matching, figures. */
@Component(service = TalentResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/talent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TalentResource {
    private final Talents talents;

    @Activate
    public TalentResource(@Reference Talents talents) {
        this.talents = talents;
    }

    /** Body of POST /posts and PUT /posts/{id}. */
    public static class PostInput {
        public String title;
        public String unit;
        public TalentCategory category;
        public Integer needed;
        public Integer year;
        public String jurisdictionCode;
        public String note;
        public Long version;
    }

    /** Body of POST /talents. */
    public static class NewTalent {
        public Long memberId;
        public String name;
        public TalentCategory category;
        public String specialty;
        public String workplace;
        public String jurisdictionCode;
    }

    /** Body of PUT /talents/{id}/post: the needed post the talent fills (null releases it). */
    public static class Match {
        public Long postId;
        public Long version;
    }

    private static Talents.PostInput post(PostInput b) {
        return new Talents.PostInput(b.title, b.unit, b.category, b.needed, b.year, b.jurisdictionCode, b.note, b.version);
    }

    @GET
    @Path("posts")
    public Page<PostView> posts(@PathParam("code") String code, @QueryParam("category") String category, @QueryParam("open") String open,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Talents.POST_SORTABLE);
        return talents.posts(code, Params.enumOf(TalentCategory.class, "category", category), Params.bool("open", open), paging);
    }

    @POST
    @Path("posts")
    @ApiResponse(responseCode = "201", description = "Created: the post as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = PostView.class)))
    public Response createPost(@PathParam("code") String code, PostInput input) {
        PostView created = talents.createPost(code, post(Params.body(input)), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/talent/posts/" + created.id)).entity(created).build();
    }

    @GET
    @Path("posts/{id}")
    public PostView post(@PathParam("code") String code, @PathParam("id") String id) {
        return talents.post(code, Params.pathId("id", id));
    }

    @PUT
    @Path("posts/{id}")
    public PostView updatePost(@PathParam("code") String code, @PathParam("id") String id, PostInput input) {
        return talents.updatePost(code, Params.pathId("id", id), post(Params.body(input)));
    }

    @GET
    @Path("talents")
    public Page<TalentView> talents(@PathParam("code") String code, @QueryParam("category") String category, @QueryParam("post") String post,
            @QueryParam("matched") String matched, @QueryParam("member") String member, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Talents.TALENT_SORTABLE);
        return talents.talents(code, Params.enumOf(TalentCategory.class, "category", category), Params.id("post", post),
                Params.bool("matched", matched), Params.bool("member", member), paging);
    }

    @POST
    @Path("talents")
    @ApiResponse(responseCode = "201", description = "Created: the talent as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = TalentView.class)))
    public Response createTalent(@PathParam("code") String code, NewTalent input) {
        NewTalent b = Params.body(input);
        TalentView created = talents.createTalent(code,
                new Talents.NewTalent(b.memberId, b.name, b.category, b.specialty, b.workplace, b.jurisdictionCode));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/talent/talents/" + created.id)).entity(created)
                .build();
    }

    @GET
    @Path("talents/{id}")
    public TalentView talent(@PathParam("code") String code, @PathParam("id") String id) {
        return talents.talent(code, Params.pathId("id", id));
    }

    @PUT
    @Path("talents/{id}/post")
    public TalentView match(@PathParam("code") String code, @PathParam("id") String id, Match input) {
        Match b = Params.body(input);
        return talents.match(code, Params.pathId("id", id), b.postId, b.version, LocalDate.now());
    }

    @GET
    @Path("figures")
    public TalentFigures figures(@PathParam("code") String code) {
        return talents.figures(code);
    }
}
