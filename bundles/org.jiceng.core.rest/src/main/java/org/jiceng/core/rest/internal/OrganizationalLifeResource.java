package org.jiceng.core.rest.internal;

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

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.orglife.Activity;
import org.jiceng.orglife.ActivityQuery;
import org.jiceng.orglife.ActivityRecord;
import org.jiceng.orglife.ActivityStatus;
import org.jiceng.orglife.ActivityType;
import org.jiceng.orglife.BranchStatistics;
import org.jiceng.orglife.DuesPayment;
import org.jiceng.orglife.MemberHandbook;
import org.jiceng.orglife.OrganizationalLifeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 组织生活: 三会一课 and the other activities filed, recorded and archived; dues; handbook; statistics. */
@Component(service = OrganizationalLifeResource.class)
@JaxrsResource
@Path("organizational-life")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizational life", description = "组织生活: 三会一课 filed before, recorded when held, archived after; Party dues; member handbook; branch statistics")
public class OrganizationalLifeResource {
    static final int FIRST_YEAR = 1921;
    static final int LAST_YEAR = 2100;

    private final OrganizationalLifeService orglife;
    private final ReportReads reports;

    @Activate
    public OrganizationalLifeResource(@Reference OrganizationalLifeService orglife, @Reference ReportReads reports) {
        this.orglife = orglife;
        this.reports = reports;
    }

    @POST
    @Path("activities")
    @Operation(summary = "File an activity plan (计划报备): organizationId, type, plannedDate (today or later, else 422 plan-before), topic, filedBy")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Activity.class)))
    public Response plan(Activity plan) {
        Activity created = orglife.plan(Params.body(plan));
        return Response.created(URI.create("organizational-life/activities/" + created.id())).entity(created).build();
    }

    @GET
    @Path("activities")
    @Operation(summary = "Activities of an organization or of a jurisdiction's subtree; filters combine with AND; newest planned date first by default")
    public Page<Activity> find(@QueryParam("organizationId") String organizationId,
            @QueryParam("jurisdiction") @Parameter(description = "only activities of organizations in this jurisdiction and its subtree") String jurisdiction,
            @QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("from") @Parameter(description = "planned on or after, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(description = "planned on or before, yyyy-MM-dd") String to,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        ActivityQuery query = new ActivityQuery(Params.id("organizationId", organizationId), JurisdictionResource.blankToNull(jurisdiction),
                Params.enumOf(ActivityType.class, "type", type), Params.enumOf(ActivityStatus.class, "status", status), Params.date("from", from),
                Params.date("to", to));
        new Validator().check(query.from() == null || query.to() == null || !query.to().isBefore(query.from()), "to",
                "must not be before from").throwIfInvalid();
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, OrganizationalLifeService.SORTABLE);
        return orglife.find(query, paging);
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "One activity with its roll")
    public Activity get(@PathParam("id") String id) {
        return orglife.get(requireId("id", id));
    }

    @PUT
    @Path("activities/{id}/record")
    @Operation(summary = "Record a planned activity as held (纪实): heldDate, minutes, attendance [{memberId, present, absenceReason}], version; "
            + "every absence needs a reason; a second record or a stale version is 409")
    public Activity record(@PathParam("id") String id, ActivityRecord record) {
        return orglife.recordHeld(requireId("id", id), Params.body(record));
    }

    @POST
    @Path("activities/{id}/archive")
    @Operation(summary = "Archive a held activity (归档); archived activities are read-only")
    public Activity archive(@PathParam("id") String id,
            @QueryParam("version") @Parameter(description = "the version you read; 409 if it changed") String version) {
        return orglife.archive(requireId("id", id), Params.id("version", version));
    }

    @POST
    @Path("activities/{id}/cancel")
    @Operation(summary = "Cancel a planned activity")
    public Activity cancel(@PathParam("id") String id,
            @QueryParam("version") @Parameter(description = "the version you read; 409 if it changed") String version) {
        return orglife.cancel(requireId("id", id), Params.id("version", version));
    }

    @POST
    @Path("dues")
    @Operation(summary = "Record a month of a member's Party dues (党费): memberId, month yyyy-MM (not in the future), amount in yuan, paidOn; "
            + "one payment per member and month (409)")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = DuesPayment.class)))
    public Response payDues(DuesPayment payment) {
        DuesPayment paid = orglife.recordDues(Params.body(payment));
        return Response.created(URI.create("organizational-life/dues?memberId=" + paid.memberId() + "&year=" + paid.month().substring(0, 4)))
                .entity(paid).build();
    }

    @GET
    @Path("dues")
    @Operation(summary = "Dues paid for months of a year (default: this year) by a member or at an organization, by month")
    public List<DuesPayment> dues(@QueryParam("memberId") String memberId, @QueryParam("organizationId") String organizationId,
            @QueryParam("year") String year) {
        return orglife.dues(Params.id("memberId", memberId), Params.id("organizationId", organizationId), year(year));
    }

    @GET
    @Path("members/{id}/handbook")
    @Operation(summary = "A member's organizational-life handbook (党内组织生活活动手册) for a year (default: this year)")
    public MemberHandbook handbook(@PathParam("id") String id, @QueryParam("year") String year) {
        return orglife.handbook(requireId("id", id), year(year));
    }

    @GET
    @Path("organizations/{id}/statistics")
    @Operation(summary = "A branch's year by quarter: planned against held per type, attendance rate, dues completeness")
    public BranchStatistics statistics(@PathParam("id") String id, @QueryParam("year") String year) {
        long organizationId = requireId("id", id);
        int of = year(year);
        return reports.read(() -> orglife.statistics(organizationId, of));
    }

    private static long requireId(String name, String value) {
        Long id = Params.id(name, value);
        new Validator().require(name, id).throwIfInvalid();
        return id;
    }

    private static int year(String value) {
        Integer year = Params.integer("year", value);
        new Validator().range("year", year, FIRST_YEAR, LAST_YEAR).throwIfInvalid();
        return year == null ? LocalDate.now().getYear() : year;
    }
}
