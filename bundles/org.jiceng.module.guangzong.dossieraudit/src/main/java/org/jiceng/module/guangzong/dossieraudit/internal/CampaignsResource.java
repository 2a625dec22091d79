package org.jiceng.module.guangzong.dossieraudit.internal;

import java.net.URI;
import java.time.LocalDate;

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

/**
 * Audit campaigns, their scope, figures and closing, under
 * {@code /api/v1/jurisdictions/{code}/guangzong-dossier-audit/campaigns}: the core routes a module's
 * requests to the resource class whose literal path follows the module id, and answers 404 before
 * this is reached wherever the module is not enabled.
 */
@Component(service = CampaignsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {
    private final Campaigns campaigns;
    private final Figures figures;

    @Activate
    public CampaignsResource(@Reference Campaigns campaigns, @Reference Figures figures) {
        this.campaigns = campaigns;
        this.figures = figures;
    }

    /** Body of POST campaigns. */
    public static class CampaignInput {
        public String title;
        public String startsOn;
        public String endsOn;
        public Integer ageLimit;
    }

    /** Body of POST campaigns/{id}/dossiers. */
    public static class MemberInput {
        public Long memberId;
    }

    /** Body of POST campaigns/{id}/closing. */
    public static class VersionInput {
        public Long version;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the campaign as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response open(@PathParam("code") String code, CampaignInput input) {
        CampaignInput body = Params.body(input);
        CampaignView c = campaigns.open(code, body.title, Params.date("startsOn", body.startsOn), Params.date("endsOn", body.endsOn), body.ageLimit,
                LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/campaigns/" + c.id)).entity(c).build();
    }

    @GET
    public Page<CampaignView> list(@PathParam("code") String code, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Campaigns.SORTABLE);
        return campaigns.list(code, Params.enumOf(CampaignStatus.class, "status", status), paging);
    }

    @GET
    @Path("{id}")
    public CampaignView get(@PathParam("code") String code, @PathParam("id") String id) {
        return campaigns.get(code, Params.pathId("id", id));
    }

    /** Takes every rural member under the age limit from the core's records who is not in scope yet. */
    @POST
    @Path("{id}/scope")
    public Campaigns.ScopeResult scope(@PathParam("code") String code, @PathParam("id") String id) {
        return campaigns.takeScope(code, Params.pathId("id", id));
    }

    /** Takes one member in scope; 422 with the rule the member fails (not rural, over the age limit, not in the ranks). */
    @POST
    @Path("{id}/dossiers")
    @ApiResponse(responseCode = "201", description = "Created: the dossier as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = DossierView.class)))
    public Response add(@PathParam("code") String code, @PathParam("id") String id, MemberInput input) {
        DossierView d = campaigns.addMember(code, Params.pathId("id", id), Params.body(input).memberId);
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/dossiers/" + d.id)).entity(d).build();
    }

    @GET
    @Path("{id}/figures")
    public AuditFigures figures(@PathParam("code") String code, @PathParam("id") String id) {
        return figures.of(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/closing")
    public CampaignView close(@PathParam("code") String code, @PathParam("id") String id, VersionInput input) {
        return campaigns.close(code, Params.pathId("id", id), Params.body(input).version, LocalDate.now());
    }
}
