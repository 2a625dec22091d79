package org.jiceng.core.rest.internal;

import java.net.URI;
import java.util.LinkedHashMap;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
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

@Component(service = MemberResource.class)
@JaxrsResource
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "党员: members and people in the development pipeline")
public class MemberResource {
    private final MemberService members;
    private final DevelopmentService development;

    @Activate
    public MemberResource(@Reference MemberService members, @Reference DevelopmentService development) {
        this.members = members;
        this.development = development;
    }

    @GET
    @Operation(summary = "Search members; filters combine with AND; ID card and phone numbers are masked in lists")
    public Page<Member> find(
            @QueryParam("jurisdiction") @Parameter(description = "only members of organizations in this jurisdiction and its subtree") String jurisdiction,
            @QueryParam("organizationId") String organizationId, @QueryParam("stage") String stage,
            @QueryParam("hasPost") String hasPost, @QueryParam("status") @Parameter(description = "ACTIVE, DISQUALIFIED or EXITED") String status,
            @QueryParam("q") @Parameter(description = "name contains") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
            @QueryParam("after") @Parameter(description = "the next of the page before (keyset paging: a deep page as fast as the first;"
                    + " page is then not used and total is -1, not counted again); sorts on name, birthDate, stage, organizationId and id") String after) {
        MemberQuery query = new MemberQuery(JurisdictionResource.blankToNull(jurisdiction), Params.id("organizationId", organizationId),
                Params.enumOf(MemberStage.class, "stage", stage), Params.bool("hasPost", hasPost), q,
                Params.enumOf(MembershipStatus.class, "status", status));
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, MemberService.SORTABLE).after(after);
        return members.find(query, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member")
    public Member get(@PathParam("id") String id) {
        return members.get(Params.pathId("id", id));
    }

    @POST
    @Operation(summary = "Create a member")
    @ApiResponse(responseCode = "201", description = "Created: the member as stored, with its id (Location: members/{id})", content = @Content(schema = @Schema(implementation = Member.class)))
    public Response create(Member member) {
        Member created = members.create(Params.body(member));
        return Response.created(URI.create("members/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a member's fields (send the version you read; 409 if it changed); stage, stage dates and status change only through events")
    public Member update(@PathParam("id") String id, Member member) {
        return members.update(Params.pathId("id", id), Params.body(member));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a member registered by mistake (409 once development steps are on record: record EXITED instead)")
    public Response delete(@PathParam("id") String id) {
        members.delete(Params.pathId("id", id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/events")
    @Operation(summary = "Record a development step (stage transition, probation extended, disqualified, restored, exited); 422 names the rule a refused step breaks")
    @ApiResponse(responseCode = "201", description = "Recorded: the event as stored, with its id", content = @Content(schema = @Schema(implementation = DevelopmentEvent.class)))
    public Response record(@PathParam("id") String id, DevelopmentEvent event) {
        long memberId = Params.pathId("id", id);
        DevelopmentEvent recorded = development.record(memberId, Params.body(event));
        return Response.created(URI.create("members/" + memberId + "/events/" + recorded.id())).entity(recorded).build();
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "Every development step of a member, oldest first")
    public List<DevelopmentEvent> history(@PathParam("id") String id) {
        return development.history(Params.pathId("id", id));
    }

    @GET
    @Path("{id}/record")
    @Operation(summary = "The member's full record (纪实档案): the member and every step")
    public Map<String, Object> record(@PathParam("id") String id) {
        long memberId = Params.pathId("id", id);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("member", members.get(memberId));
        record.put("events", development.history(memberId));
        return record;
    }

}
