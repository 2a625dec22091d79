package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures under {@code …/guangzong-study-and-training/figures}: exams and no-post training coverage. */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final FiguresService figures;

    @Activate
    public FiguresResource(@Reference FiguresService figures) {
        this.figures = figures;
    }

    /** Exams, sittings, pass rate, top scorers selected and trained; of one year when asked. */
    @GET
    @Path("exams")
    public ExamFigures exams(@PathParam("code") String code, @QueryParam("year") String year) {
        return figures.exams(code, year == null ? null : Params.year("year", year));
    }

    /** Coverage of the members without a post under a 3-year plan (the one covering this year unless planId is given). */
    @GET
    @Path("coverage")
    public CoverageFigures coverage(@PathParam("code") String code, @QueryParam("planId") String planId) {
        return figures.coverage(code, Params.id("planId", planId), LocalDate.now());
    }
}
