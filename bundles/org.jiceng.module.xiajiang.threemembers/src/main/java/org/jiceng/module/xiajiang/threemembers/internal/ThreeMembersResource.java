package org.jiceng.module.xiajiang.threemembers.internal;

import java.net.URI;
import java.time.LocalDate;
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

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.CriteriaSet;
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

/**
 * REST of the module under {@code /api/v1/jurisdictions/{code}/xiajiang-three-members}. The core
 * answers 404 before this is reached wherever the module is not enabled. Lists take {@code year}
 * (default: the current year).
 */
@Component(service = ThreeMembersResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreeMembersResource {
    private final Targets targets;
    private final Selection selection;
    private final Operation operation;
    private final Assessment assessment;
    private final DashboardService dashboard;

    @Activate
    public ThreeMembersResource(@Reference Targets targets, @Reference Selection selection, @Reference Operation operation,
            @Reference Assessment assessment, @Reference DashboardService dashboard) {
        this.targets = targets;
        this.selection = selection;
        this.operation = operation;
        this.assessment = assessment;
        this.dashboard = dashboard;
    }

    private static int year(String year) {
        return Store.yearOrCurrent(Params.integer("year", year));
    }

    private static Response created(String code, String path, long id, Object entity) {
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/" + path + "/" + id)).entity(entity).build();
    }

    // ---- targets -------------------------------------------------------------------------------

    @POST
    @Path("targets/derive")
    public Targets.Derivation derive(@PathParam("code") String code, @QueryParam("year") String year) {
        return targets.derive(code, year(year));
    }

    @GET
    @Path("targets")
    public Page<TargetView> targets(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("role") String role,
            @QueryParam("domain") String domain, @QueryParam("upgraded") String upgraded, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return targets.list(code, year(year), Params.enumOf(MemberRole.class, "role", role), Params.enumOf(SectorDomain.class, "domain", domain),
                Params.bool("upgraded", upgraded),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Targets.SORTABLE));
    }

    @GET
    @Path("targets/{id}")
    public TargetView target(@PathParam("code") String code, @PathParam("id") String id) {
        return targets.get(code, Params.pathId("id", id));
    }

    /** Body of POST /targets. */
    public static class NewTarget {
        public Integer year;
        public MemberRole role;
        public Long organizationId;
        public SectorDomain domain;
        public String note;
    }

    @POST
    @Path("targets")
    @ApiResponse(responseCode = "201", description = "Created: the target as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = TargetView.class)))
    public Response addTarget(@PathParam("code") String code, NewTarget input) {
        NewTarget b = Params.body(input);
        TargetView t = targets.add(code, b.year, b.role, b.organizationId, b.domain, b.note);
        return created(code, "targets", t.id(), t);
    }

    /** Body of PUT /targets/{id}. */
    public static class TargetChange {
        public SectorDomain domain;
        public Boolean withdrawn;
        public String note;
        public Long version;
    }

    @PUT
    @Path("targets/{id}")
    public TargetView updateTarget(@PathParam("code") String code, @PathParam("id") String id, TargetChange input) {
        TargetChange b = Params.body(input);
        return targets.update(code, Params.pathId("id", id), b.domain, b.withdrawn, b.note, b.version);
    }

    /** Body of PUT /targets/{id}/rating. */
    public static class Rating {
        public Integer starsAfter;
        public Long version;
    }

    @PUT
    @Path("targets/{id}/rating")
    public TargetView rate(@PathParam("code") String code, @PathParam("id") String id, Rating input) {
        Rating b = Params.body(input);
        return targets.rate(code, Params.pathId("id", id), b.starsAfter, b.version);
    }

    /** Body of POST /targets/{id}/six-goods and /dispatches/{id}/duty-reviews. */
    public static class Answers {
        public String evaluatorUnit;
        public List<Answer> answers;
    }

    @POST
    @Path("targets/{id}/six-goods")
    public TargetView sixGoods(@PathParam("code") String code, @PathParam("id") String id, Answers input) {
        Answers b = Params.body(input);
        return targets.evaluateSixGoods(code, Params.pathId("id", id), b.evaluatorUnit, b.answers);
    }

    // ---- candidates and dispatch ---------------------------------------------------------------

    @GET
    @Path("candidates/pool")
    public List<Selection.PoolEntry> pool(@PathParam("code") String code, @QueryParam("year") String year) {
        return selection.pool(code, year(year), LocalDate.now());
    }

    @GET
    @Path("candidates")
    public Page<CandidateView> candidates(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("eligible") String eligible,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return selection.candidates(code, year(year), Params.bool("eligible", eligible),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Selection.CANDIDATE_SORTABLE));
    }

    @GET
    @Path("candidates/{id}")
    public CandidateView candidate(@PathParam("code") String code, @PathParam("id") String id) {
        return selection.getCandidate(code, Params.pathId("id", id));
    }

    @POST
    @Path("candidates")
    @ApiResponse(responseCode = "201", description = "Created: the candidate as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CandidateView.class)))
    public Response addCandidate(@PathParam("code") String code, CandidateInput input) {
        CandidateView c = selection.addCandidate(code, Params.body(input), LocalDate.now());
        return created(code, "candidates", c.id(), c);
    }

    @PUT
    @Path("candidates/{id}")
    public CandidateView updateCandidate(@PathParam("code") String code, @PathParam("id") String id, CandidateInput input) {
        return selection.updateCandidate(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }

    @POST
    @Path("dispatches")
    @ApiResponse(responseCode = "201", description = "Created: the dispatch as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = DispatchView.class)))
    public Response dispatch(@PathParam("code") String code, Selection.DispatchInput input) {
        DispatchView d = selection.dispatch(code, Params.body(input));
        return created(code, "dispatches", d.id, d);
    }

    @GET
    @Path("dispatches")
    public Page<DispatchView> dispatches(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("role") String role,
            @QueryParam("domain") String domain, @QueryParam("nonLeading") String nonLeading, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return selection.dispatches(code, year(year), Params.enumOf(MemberRole.class, "role", role),
                Params.enumOf(SectorDomain.class, "domain", domain),
                Params.bool("nonLeading", nonLeading),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Selection.DISPATCH_SORTABLE));
    }

    @GET
    @Path("dispatches/{id}")
    public DispatchView dispatchById(@PathParam("code") String code, @PathParam("id") String id) {
        return selection.getDispatch(code, Params.pathId("id", id));
    }

    /** Body of POST /dispatches/{id}/appointment. */
    public static class Appointment {
        public LocalDate appointedOn;
        public Long version;
    }

    @POST
    @Path("dispatches/{id}/appointment")
    public DispatchView appoint(@PathParam("code") String code, @PathParam("id") String id, Appointment input) {
        Appointment b = Params.body(input);
        return selection.issueAppointment(code, Params.pathId("id", id), b.appointedOn == null ? LocalDate.now() : b.appointedOn, b.version);
    }

    @POST
    @Path("dispatches/{id}/end")
    public DispatchView end(@PathParam("code") String code, @PathParam("id") String id, Selection.EndInput input) {
        return selection.end(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }

    // ---- operation -----------------------------------------------------------------------------

    @GET
    @Path("duties/{role}")
    public CriteriaSet duties(@PathParam("role") String role) {
        return operation.duties(Params.enumOf(MemberRole.class, "role", role.toUpperCase()));
    }

    @POST
    @Path("dispatches/{id}/duty-reviews")
    @ApiResponse(responseCode = "201", description = "Created: the duty review as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = DutyReviewView.class)))
    public Response reviewDuties(@PathParam("code") String code, @PathParam("id") String id, Answers input) {
        DutyReviewView r = operation.reviewDuties(code, Params.pathId("id", id), Params.body(input).answers, LocalDate.now());
        return created(code, "dispatches/" + r.dispatchId() + "/duty-reviews", r.id(), r);
    }

    @GET
    @Path("dispatches/{id}/duty-reviews")
    public List<DutyReviewView> dutyReviews(@PathParam("code") String code, @PathParam("id") String id) {
        return operation.dutyReviews(code, Params.pathId("id", id));
    }

    @POST
    @Path("dispatches/{id}/feedback")
    @ApiResponse(responseCode = "201", description = "Created: the feedback as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    public Response feedback(@PathParam("code") String code, @PathParam("id") String id, Operation.FeedbackInput input) {
        FeedbackView f = operation.feedback(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
        return created(code, "feedback", f.id(), f);
    }

    @GET
    @Path("feedback")
    public List<FeedbackView> feedbackList(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("dispatchId") String dispatchId) {
        return operation.feedbackList(code, year(year), Params.id("dispatchId", dispatchId));
    }

    @POST
    @Path("dispatches/{id}/supervisions")
    @ApiResponse(responseCode = "201", description = "Created: the supervision as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = SupervisionView.class)))
    public Response supervise(@PathParam("code") String code, @PathParam("id") String id, Operation.SupervisionInput input) {
        SupervisionView s = operation.recordSupervision(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
        return created(code, "supervisions", s.id(), s);
    }

    @GET
    @Path("supervisions")
    public List<SupervisionView> supervisions(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("dispatchId") String dispatchId) {
        return operation.supervisions(code, year(year), Params.id("dispatchId", dispatchId));
    }

    @GET
    @Path("supervisions/overdue")
    public List<OverdueSupervision> overdue(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("on") String on) {
        LocalDate day = Params.date("on", on);
        return operation.overdue(code, year(year), day == null ? LocalDate.now() : day);
    }

    @POST
    @Path("report-meetings")
    @ApiResponse(responseCode = "201", description = "Created: the report meeting as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = ReportMeetingView.class)))
    public Response meeting(@PathParam("code") String code, Operation.MeetingInput input) {
        ReportMeetingView m = operation.recordMeeting(code, Params.body(input), LocalDate.now());
        return created(code, "report-meetings", m.id(), m);
    }

    @GET
    @Path("report-meetings")
    public List<ReportMeetingView> meetings(@PathParam("code") String code, @QueryParam("year") String year) {
        return operation.meetings(code, year(year));
    }

    // ---- assessment and figures ----------------------------------------------------------------

    /** Body of PUT /assessments/{year}. */
    public static class Sheets {
        public List<Assessment.Sheet> sheets;
    }

    @PUT
    @Path("assessments/{year}")
    public List<DispatchView> assess(@PathParam("code") String code, @PathParam("year") String year, Sheets input) {
        return assessment.assess(code, Store.year(Params.integer("year", year), "year"), Params.body(input).sheets);
    }

    @GET
    @Path("dashboard")
    public Dashboard dashboard(@PathParam("code") String code, @QueryParam("year") String year) {
        return dashboard.dashboard(code, year(year), LocalDate.now());
    }
}
