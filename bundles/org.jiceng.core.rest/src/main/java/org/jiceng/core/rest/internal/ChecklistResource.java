package org.jiceng.core.rest.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;

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
import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.ChecklistResults;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Evaluation;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Acceptance checklists: versioned criteria sets, evaluations (with cross-inspection), pass rates and ranking. */
@Component(service = ChecklistResource.class)
@JaxrsResource
@Path("checklists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Acceptance checklists", description = "验收清单: criteria sets in aspects (versioned), evaluations DRAFT → SUBMITTED, "
        + "cross-inspection 交叉检查, pass rate per jurisdiction and ranking")
public class ChecklistResource {
    private static final Set<String> SORTABLE = Set.of("id", "scoreTotal", "submittedAt", "status");

    private final ChecklistService checklists;

    @Activate
    public ChecklistResource(@Reference ChecklistService checklists) {
        this.checklists = checklists;
    }

    /** Body of POST /checklists. */
    public record Definition(String key, String name, List<Aspect> aspects, BigDecimal minimumScore, BigDecimal minimumShareMet) {
    }

    /** Body of POST /checklists/{key}/evaluations. */
    public record NewEvaluation(Integer criteriaVersion, String subjectType, String subjectId, String subjectJurisdictionCode, String evaluator,
            String evaluatorUnit, String evaluatorJurisdictionCode, List<Answer> answers) {
    }

    /** Body of PUT /checklists/evaluations/{id}. */
    public record Answers(List<Answer> answers, Long version) {
    }

    /** Body of POST /checklists/evaluations/{id}/submit. */
    public record Submit(Long version) {
    }

    @POST
    @Operation(summary = "Define a criteria set; a changed set under an existing key becomes its next version (201), an unchanged one is returned (200)")
    @org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CriteriaSet.class)))
    public Response define(Definition body) {
        Definition d = Params.body(body);
        CriteriaSet s = checklists.define(new CriteriaSet(null, d.key(), d.name(), null, d.aspects(), d.minimumScore(), d.minimumShareMet(), null));
        return Response.created(URI.create("checklists/" + s.key() + "?version=" + s.version())).entity(s).build();
    }

    @GET
    @Operation(summary = "The latest version of each criteria set")
    public List<CriteriaSet> list() {
        return checklists.list();
    }

    @GET
    @Path("evaluations")
    @Operation(summary = "Evaluations whose subject is in the jurisdiction subtree; passed=true/false keeps submitted ones with that result")
    public Page<Evaluation> evaluations(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("key") String key,
            @QueryParam("passed") String passed, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return checklists.findEvaluations(JurisdictionResource.blankToNull(jurisdiction), JurisdictionResource.blankToNull(key),
                Params.bool("passed", passed), PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, SORTABLE));
    }

    @GET
    @Path("evaluations/{id}")
    @Operation(summary = "One evaluation with its answers")
    public Evaluation evaluation(@PathParam("id") String id) {
        return checklists.getEvaluation(Params.pathId("id", id));
    }

    @PUT
    @Path("evaluations/{id}")
    @Operation(summary = "Fill in answers of a DRAFT evaluation (merged by criterion key); a submitted one is read-only (409)")
    public Evaluation answer(@PathParam("id") String id, Answers body) {
        Answers b = Params.body(body);
        return checklists.answer(Params.pathId("id", id), b.answers(), Validator.requiredVersion(b.version()));
    }

    @POST
    @Path("evaluations/{id}/submit")
    @Operation(summary = "Submit (DRAFT → SUBMITTED): passed, met count, score total and share met are computed; every criterion must be answered")
    public Evaluation submit(@PathParam("id") String id, Submit body) {
        Submit b = Params.body(body);
        return checklists.submit(Params.pathId("id", id), Validator.requiredVersion(b.version()));
    }

    @GET
    @Path("{key}")
    @Operation(summary = "A criteria set, the latest version unless ?version= is given")
    public CriteriaSet get(@PathParam("key") String key, @QueryParam("version") String version) {
        return checklists.get(key, Params.integer("version", version));
    }

    @POST
    @Path("{key}/evaluations")
    @Operation(summary = "Start a DRAFT evaluation of a subject (latest version unless criteriaVersion is given); cross-inspection is computed")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Evaluation.class)))
    public Response start(@PathParam("key") String key, NewEvaluation body) {
        NewEvaluation s = Params.body(body);
        Evaluation e = checklists.start(key, new Evaluation(null, key, s.criteriaVersion(), s.subjectType(), s.subjectId(),
                s.subjectJurisdictionCode(), s.evaluator(), s.evaluatorUnit(), s.evaluatorJurisdictionCode(), false, null, s.answers(), null, null,
                null, null, null, null));
        return Response.created(URI.create("checklists/evaluations/" + e.id())).entity(e).build();
    }

    @GET
    @Path("{key}/results")
    @Operation(summary = "Pass rate for the jurisdiction and each child, and the ranking of subjects by score (ties share a rank: 1, 2, 2, 4)")
    public ChecklistResults results(@PathParam("key") String key, @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("version") String version) {
        return checklists.results(key, JurisdictionResource.blankToNull(jurisdiction), Params.integer("version", version));
    }
}
