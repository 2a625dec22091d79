package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** REST of the top scorers selected for site training under {@code …/guangzong-study-and-training/selections}. */
@Component(service = SelectionsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/selections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionsResource {
    private final Exams exams;

    @Activate
    public SelectionsResource(@Reference Exams exams) {
        this.exams = exams;
    }

    /** Body of POST /selections/{id}/training. */
    public static class TrainingInput {
        public String site;
        public LocalDate trainedOn;
        public String note;
        public Long version;
    }

    @GET
    public Page<SelectionView> list(@PathParam("code") String code, @QueryParam("examId") String examId, @QueryParam("status") String status,
            @QueryParam("town") String town, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Exams.SELECTION_SORTABLE);
        return exams.selections(code, Params.id("examId", examId), Params.enumOf(SelectionStatus.class, "status", status), town, paging);
    }

    @GET
    @Path("{id}")
    public SelectionView get(@PathParam("code") String code, @PathParam("id") String id) {
        return exams.selection(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/training")
    public SelectionView training(@PathParam("code") String code, @PathParam("id") String id, TrainingInput input) {
        TrainingInput b = Params.body(input);
        return exams.recordTraining(code, Params.pathId("id", id), b.site, b.trainedOn, b.note, b.version, LocalDate.now());
    }
}
