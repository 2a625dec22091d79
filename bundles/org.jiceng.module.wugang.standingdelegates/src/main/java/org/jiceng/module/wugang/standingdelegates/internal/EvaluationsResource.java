package org.jiceng.module.wugang.standingdelegates.internal;

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

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Studios (党代表工作室) under {@code /api/v1/jurisdictions/{code}/wugang-standing-delegates/studios}. */
/** The yearly democratic evaluation (民主评议) under {@code …/evaluations}: a studio's meeting evaluates its delegates. */
@Component(service = EvaluationsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationsResource {
    private final Evaluations evaluations;

    @Activate
    public EvaluationsResource(@Reference Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** One delegate's votes at the evaluation meeting. */
    public static class Vote {
        public Long delegateId;
        public Integer satisfied;
        public Integer total;
    }

    /** Body of POST evaluations: a studio's evaluation meeting. */
    public static class Meeting {
        public Long studioId;
        public Integer year;
        public LocalDate evaluatedOn;
        public List<Vote> votes;
    }

    @GET
    public Page<EvaluationView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("studioId") String studioId,
            @QueryParam("grade") String grade, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Evaluations.SORTABLE);
        return evaluations.list(code, Params.integer("year", year), Params.id("studioId", studioId), Params.enumOf(Grade.class, "grade", grade),
                paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the evaluations as stored, with their ids", content = @Content(array = @ArraySchema(schema = @Schema(implementation = EvaluationView.class))))
    public Response evaluate(@PathParam("code") String code, Meeting input) {
        Meeting in = Params.body(input);
        List<Evaluations.Vote> votes = in.votes == null
                ? null
                : in.votes.stream().map(v -> v == null ? null : new Evaluations.Vote(v.delegateId, v.satisfied, v.total)).toList();
        List<EvaluationView> done = evaluations.evaluate(code, new Evaluations.Meeting(in.studioId, in.year, in.evaluatedOn, votes), LocalDate.now());
        return Response.status(Response.Status.CREATED).entity(done).build();
    }
}
