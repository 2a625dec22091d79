package org.jiceng.module.guangzong.dailyevaluation.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The evaluated members and their entries. Under {@code …/guangzong-daily-evaluation/members}. */
@Component(service = MembersResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {
    private final Members members;
    private final Entries entries;

    @Activate
    public MembersResource(@Reference Members members, @Reference Entries entries) {
        this.members = members;
        this.entries = entries;
    }

    @GET
    public Page<MemberView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("township") String township,
            @QueryParam("grade") String grade, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Members.SORTABLE);
        return members.list(code, Params.year("year", year), Store.blankToNull(township), Store.blankToNull(grade), paging);
    }

    @GET
    @Path("{id}")
    public MemberView get(@PathParam("code") String code, @PathParam("id") String id) {
        return members.get(code, Params.pathId("id", id));
    }

    /** The member's entries of the year, optionally of one board (WORK, VIRTUE, STUDY). */
    @GET
    @Path("{id}/entries")
    public Page<EntryView> entries(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("board") String board,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Entries.SORTABLE);
        return entries.ofMember(code, Params.pathId("id", id), Params.enumOf(Board.class, "board", Store.blankToNull(board)), paging);
    }
}
