package org.jiceng.module.guangzong.studytraining.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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

/** REST of the exams under {@code …/guangzong-study-and-training/exams}: the exam, its score sheet, closing, ranking and selection. */
@Component(service = ExamsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/exams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExamsResource {
    private final Exams exams;

    @Activate
    public ExamsResource(@Reference Exams exams) {
        this.exams = exams;
    }

    /** Body of POST /exams. */
    public static class NewExam {
        public String title;
        public LocalDate heldOn;
        public Integer fullMark;
        public Integer passMark;
    }

    /** One line of a score sheet. */
    public static class ScoreLine {
        public Long memberId;
        public Integer score;
    }

    /** Body of POST /exams/{id}/scores. */
    public static class ScoreSheet {
        public List<ScoreLine> scores;
    }

    /** Body of POST /exams/{id}/closing. */
    public static class VersionInput {
        public Long version;
    }

    /** Body of POST /exams/{id}/selection. */
    public static class SelectionInput {
        public Integer places;
        public Integer minScore;
        public Long version;
    }

    @GET
    public Page<ExamView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Exams.SORTABLE);
        return exams.list(code, year == null ? null : Params.year("year", year), Params.enumOf(ExamStatus.class, "status", status), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the exam as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ExamView.class)))
    public Response create(@PathParam("code") String code, NewExam input) {
        NewExam b = Params.body(input);
        ExamView created = exams.create(code, new Exams.NewExam(b.title, b.heldOn, b.fullMark, b.passMark));
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/exams/" + created.id)).entity(created).build();
    }

    @GET
    @Path("{id}")
    public ExamView get(@PathParam("code") String code, @PathParam("id") String id) {
        return exams.get(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/scores")
    public ExamView scores(@PathParam("code") String code, @PathParam("id") String id, ScoreSheet input) {
        ScoreSheet b = Params.body(input);
        List<Exams.ScoreLine> lines = b.scores == null
                ? null
                : b.scores.stream().map(l -> l == null ? new Exams.ScoreLine(null, null) : new Exams.ScoreLine(l.memberId, l.score)).toList();
        return exams.enterScores(code, Params.pathId("id", id), lines, LocalDate.now());
    }

    /** The ranking: every score of the exam with its rank, by rank unless sorted otherwise. */
    @GET
    @Path("{id}/scores")
    public Page<ScoreView> ranking(@PathParam("code") String code, @PathParam("id") String id, @QueryParam("town") String town,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Exams.SCORE_SORTABLE);
        return exams.ranking(code, Params.pathId("id", id), town, paging);
    }

    @POST
    @Path("{id}/closing")
    public ExamView close(@PathParam("code") String code, @PathParam("id") String id, VersionInput input) {
        return exams.close(code, Params.pathId("id", id), Params.body(input).version, LocalDate.now());
    }

    @POST
    @Path("{id}/selection")
    public List<SelectionView> select(@PathParam("code") String code, @PathParam("id") String id, SelectionInput input) {
        SelectionInput b = Params.body(input);
        return exams.select(code, Params.pathId("id", id), b.places, b.minScore, b.version, LocalDate.now());
    }
}
