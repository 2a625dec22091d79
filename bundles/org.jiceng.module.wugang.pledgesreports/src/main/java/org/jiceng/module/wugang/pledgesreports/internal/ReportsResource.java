package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.jiceng.common.ValidationException;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.Evaluation;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Township secretaries' reports: submission and the two-way evaluation, under
 * {@code /api/v1/jurisdictions/{code}/wugang-pledges-reports/reports}.
 */
@Component(service = ReportsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Wugang.MODULE_ID + "/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {
    private final DutyRounds rounds;

    @Activate
    public ReportsResource(@Reference DutyRounds rounds) {
        this.rounds = rounds;
    }

    /** Body of PUT reports/{id}/submission. */
    public static class Submission {
        public String summary;
        public LocalDate submittedOn;
        public Long version;
    }

    /** One evaluation: raterKind UPPER (the city committee) or LOWER (a village cadre of the township); rating 好/较好/一般/差. */
    public static class Rated {
        public String raterKind;
        public String rater;
        public String rating;
        public Integer score;
        public String comment;
        public LocalDate ratedOn;
    }

    /** Body of POST reports/{id}/evaluations: the evaluations of one sitting, recorded all or none. */
    public static class Sitting {
        public List<Rated> evaluations;
    }

    /** Reports of the subtree; {@code overdue=true}: unsubmitted after the due date. */
    @GET
    public Page<DutyReport> list(@PathParam("code") String code, @QueryParam("submitted") String submitted, @QueryParam("overdue") String overdue,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, DutyReportService.REPORT_SORTABLE);
        return rounds.reports(code, null, Params.bool("submitted", submitted), Params.bool("overdue", overdue), paging);
    }

    @GET
    @Path("{reportId}")
    public DutyReport get(@PathParam("code") String code, @PathParam("reportId") String reportId) {
        return rounds.report(code, Params.pathId("reportId", reportId));
    }

    @PUT
    @Path("{reportId}/submission")
    public DutyReport submit(@PathParam("code") String code, @PathParam("reportId") String reportId, Submission input) {
        Submission in = Params.body(input);
        return rounds.submit(code, Params.pathId("reportId", reportId), in.summary, in.submittedOn, in.version);
    }

    @GET
    @Path("{reportId}/evaluations")
    public List<Evaluation> evaluations(@PathParam("code") String code, @PathParam("reportId") String reportId) {
        return rounds.evaluations(code, Params.pathId("reportId", reportId));
    }

    @POST
    @Path("{reportId}/evaluations")
    @ApiResponse(responseCode = "201", description = "Created: the evaluations as stored, with their ids", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Evaluation.class))))
    public Response evaluate(@PathParam("code") String code, @PathParam("reportId") String reportId, Sitting input) {
        Sitting in = Params.body(input);
        if (in.evaluations == null || in.evaluations.isEmpty()) {
            throw new ValidationException("evaluations", "at least one evaluation is required");
        }
        long id = Params.pathId("reportId", reportId);
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < in.evaluations.size(); i++) {
            Rated r = in.evaluations.get(i);
            String f = "evaluations[" + i + "]";
            if (r == null) {
                throw new ValidationException(f, "is required");
            }
            evaluations.add(new Evaluation(null, id, WugangRules.raterKind(f + ".raterKind", r.raterKind), r.rater,
                    WugangRules.rating(f + ".rating", r.rating), r.score, r.comment, r.ratedOn));
        }
        return Response.status(Response.Status.CREATED).entity(rounds.evaluate(code, id, evaluations)).build();
    }
}
