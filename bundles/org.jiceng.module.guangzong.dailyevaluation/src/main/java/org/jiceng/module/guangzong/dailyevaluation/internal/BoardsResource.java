package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Component;

/** The three boards with their weights, bases and items: what entries may record. Under {@code …/guangzong-daily-evaluation/boards}. */
@Component(service = BoardsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/boards")
@Produces(MediaType.APPLICATION_JSON)
public class BoardsResource {
    @GET
    public List<BoardView> list(@PathParam("code") String code) {
        return Arrays.stream(Board.values()).map(BoardView::of).toList();
    }
}
