package org.jiceng.module.guangzong.workstandard.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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

import org.jiceng.checklist.Evaluation;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The yearly checks against the standard, under {@code …/guangzong-work-standard/checks}: a unit's self-check, then its township's check. */
@Component(service = ChecksResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecksResource {
    private static final Set<String> RESULTS = Set.of("PENDING", "PASSED", "BELOW_STANDARD");
    private final Checks checks;

    @Activate
    public ChecksResource(@Reference Checks checks) {
        this.checks = checks;
    }

    /** The unit's self-check (自查), which opens its check of the year. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the check as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CheckView.class)))
    public Response selfCheck(@PathParam("code") String code, CheckInput input) {
        CheckView c = checks.selfCheck(code, Params.body(input), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/checks/" + c.id)).entity(c).build();
    }

    @GET
    public Page<CheckView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("township") String township,
            @QueryParam("result") String result, @QueryParam("organizationId") String organizationId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Checks.SORTABLE);
        String r = Store.blankToNull(result);
        if (r != null && !RESULTS.contains(r)) {
            throw new ValidationException("result", "must be one of " + RESULTS);
        }
        return checks.list(code, new Checks.Filter(Params.integer("year", year), Store.blankToNull(township), r, Params.id("organizationId",
                organizationId)), paging);
    }

    @GET
    @Path("{id}")
    public CheckView get(@PathParam("code") String code, @PathParam("id") String id) {
        return checks.get(code, Params.pathId("id", id));
    }

    /** The check's evaluations in the checklist engine (self-check, then the township's), with every answer. */
    @GET
    @Path("{id}/evaluations")
    public List<Evaluation> evaluations(@PathParam("code") String code, @PathParam("id") String id) {
        return checks.evaluations(code, Params.pathId("id", id));
    }

    /** The township's check (乡镇检查), made in the township's scope. */
    @POST
    @Path("{id}/township-check")
    public CheckView townshipCheck(@PathParam("code") String code, @PathParam("id") String id, CheckInput input) {
        return checks.townshipCheck(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }
}
