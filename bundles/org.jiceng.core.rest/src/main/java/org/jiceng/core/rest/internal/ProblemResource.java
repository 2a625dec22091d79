package org.jiceng.core.rest.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

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
import org.jiceng.common.Validator;
import org.jiceng.problem.AccountabilityAction;
import org.jiceng.problem.AccountabilityType;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatistics;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.security.Actor;
import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Problems found by inspection, supervision, resident contact or feedback, and their rectification. */
@Component(service = ProblemResource.class)
@JaxrsResource
@Path("problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Problems and rectification", description = "问题整改: found → plan filed → in progress → rectified → verified (or reopened); "
        + "accountability 问责; statistics by jurisdiction and source")
public class ProblemResource {
    private static final Set<String> SORTABLE = Set.of("id", "foundOn", "deadline", "severity", "status", "category");

    private final ProblemService problems;

    @Activate
    public ProblemResource(@Reference ProblemService problems) {
        this.problems = problems;
    }

    /**
     * Body of POST /problems.
     *
     * @param foundBy who found it — the inspection team or body, an outside name the record keeps; the account that entered it is in
     *            the audit trail
     */
    public record Report(ProblemSource source, String subjectType, String subjectId, String jurisdictionCode, String category,
            ProblemSeverity severity, String description, String foundBy, LocalDate foundOn, LocalDate deadline) {
    }

    /** Body of POST /problems/{id}/plan; {@code by} is the account logged in (filled in when absent, 400 when naming another). */
    public record Plan(String plan, String responsible, @Actor String by, LocalDate date, Long version) {
    }

    /** Body of POST /problems/{id}/progress. */
    public record Progress(String note, @Actor String by, LocalDate date, Long version) {
    }

    /** Body of POST /problems/{id}/rectified. */
    public record Rectified(String completion, @Actor String by, LocalDate date, Long version) {
    }

    /**
     * Body of POST /problems/{id}/verify.
     *
     * @param verifiedBy the verifying inspectors, an outside name the record keeps (not the side that found it); the account that
     *            entered it is in the audit trail
     */
    public record Verify(String verifiedBy, String note, LocalDate date, Long version) {
    }

    /** Body of POST /problems/{id}/reopen. */
    public record Reopen(String reason, @Actor String by, LocalDate date, Long version) {
    }

    /**
     * Body of POST /problems/{id}/accountability.
     *
     * @param decidedBy the organ that decided the action, an outside name the record keeps; the account that entered it is in the
     *            audit trail
     */
    public record Accountability(AccountabilityType type, @ScopedReference(Kind.MEMBER) Long targetMemberId,
            @ScopedReference(Kind.ORGANIZATION) Long targetOrganizationId, LocalDate date, String decidedBy,
            String note) {
    }

    @POST
    @Operation(summary = "Record a problem found (status FOUND)")
    @ApiResponse(responseCode = "201", description = "Recorded: the problem as stored, with its id (Location: problems/{id})", content = @Content(schema = @Schema(implementation = Problem.class)))
    public Response report(Report body) {
        Report r = Params.body(body);
        Problem p = problems.report(new Problem(null, r.source(), r.subjectType(), r.subjectId(), r.jurisdictionCode(), r.category(),
                r.severity(), r.description(), r.foundBy(), r.foundOn(), r.deadline(), null, false, null, null, null, null, null, null, null, 0,
                null, null, null));
        return Response.created(URI.create("problems/" + p.id())).entity(p).build();
    }

    @GET
    @Operation(summary = "Problems in the jurisdiction subtree; overdue=true: deadline passed and not rectified")
    public Page<Problem> find(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("source") String source,
            @QueryParam("status") String status, @QueryParam("severity") String severity, @QueryParam("overdue") String overdue,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return problems.find(JurisdictionResource.blankToNull(jurisdiction), Params.enumOf(ProblemSource.class, "source", source),
                Params.enumOf(ProblemStatus.class, "status", status), Params.enumOf(ProblemSeverity.class, "severity", severity),
                Params.bool("overdue", overdue), PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, SORTABLE));
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Found, rectified (rectified or verified), verified, overdue and resolution rate in the subtree, in total and per source")
    public ProblemStatistics statistics(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("source") String source,
            @QueryParam("year") String year) {
        return problems.statistics(JurisdictionResource.blankToNull(jurisdiction), Params.enumOf(ProblemSource.class, "source", source),
                Params.integer("year", year));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One problem with its history and accountability actions")
    public Problem get(@PathParam("id") String id) {
        return problems.get(Params.pathId("id", id));
    }

    @POST
    @Path("{id}/plan")
    @Operation(summary = "File the rectification plan and who is responsible (FOUND → PLAN_FILED)")
    public Problem plan(@PathParam("id") String id, Plan body) {
        Plan b = Params.body(body);
        return problems.filePlan(Params.pathId("id", id), b.plan(), b.responsible(), b.by(), b.date(), Validator.requiredVersion(b.version()));
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Add a progress note (→ IN_PROGRESS)")
    public Problem progress(@PathParam("id") String id, Progress body) {
        Progress b = Params.body(body);
        return problems.recordProgress(Params.pathId("id", id), b.note(), b.by(), b.date(), Validator.requiredVersion(b.version()));
    }

    @POST
    @Path("{id}/rectified")
    @Operation(summary = "Report the rectification complete (→ RECTIFIED)")
    public Problem rectified(@PathParam("id") String id, Rectified body) {
        Rectified b = Params.body(body);
        return problems.markRectified(Params.pathId("id", id), b.completion(), b.by(), b.date(), Validator.requiredVersion(b.version()));
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Revisit and re-check passed (RECTIFIED → VERIFIED); whether the verifier is the finder is recorded")
    public Problem verify(@PathParam("id") String id, Verify body) {
        Verify b = Params.body(body);
        return problems.verify(Params.pathId("id", id), b.verifiedBy(), b.note(), b.date(), Validator.requiredVersion(b.version()));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Re-check failed (RECTIFIED → IN_PROGRESS, reason required)")
    public Problem reopen(@PathParam("id") String id, Reopen body) {
        Reopen b = Params.body(body);
        return problems.reopen(Params.pathId("id", id), b.reason(), b.by(), b.date(), Validator.requiredVersion(b.version()));
    }

    @POST
    @Path("{id}/accountability")
    @Operation(summary = "Link an accountability action: TALK 约谈, INQUIRY_LETTER 函询, ADMONISHMENT 诫勉谈话, RECALL 召回, SANCTION 处分")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = AccountabilityAction.class)))
    public Response accountability(@PathParam("id") String id, Accountability body) {
        Accountability a = Params.body(body);
        long problemId = Params.pathId("id", id);
        AccountabilityAction saved = problems.addAccountability(problemId, new AccountabilityAction(null, problemId, a.type(), a.targetMemberId(),
                a.targetOrganizationId(), a.date(), a.decidedBy(), a.note()));
        return Response.created(URI.create("problems/" + problemId)).entity(saved).build();
    }
}
