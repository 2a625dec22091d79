package org.jiceng.module.guangzong.dailyevaluation.internal;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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

/** The year's score entries of the subtree, and one withdrawn by its id (version required: 409 when stale). */
@Component(service = EntriesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/entries")
@Produces(MediaType.APPLICATION_JSON)
public class EntriesResource {
    private final Entries entries;

    @Activate
    public EntriesResource(@Reference Entries entries) {
        this.entries = entries;
    }

    @GET
    public Page<EntryView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("township") String township,
            @QueryParam("board") String board, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Entries.SORTABLE);
        return entries.list(code, Params.year("year", year), Store.blankToNull(township),
                Params.enumOf(Board.class, "board", Store.blankToNull(board)),
                paging);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("version") String version) {
        entries.delete(code, Params.pathId("id", id), Params.id("version", version));
        return Response.noContent().build();
    }
}
