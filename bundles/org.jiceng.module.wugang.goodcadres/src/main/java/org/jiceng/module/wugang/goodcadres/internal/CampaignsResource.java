package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

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
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Selection campaigns, their public notice, figures and result list. Under
 * {@code /api/v1/jurisdictions/{code}/wugang-good-cadres/campaigns}: the core routes a module's
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
    private final Results results;

    @Activate
    public CampaignsResource(@Reference Campaigns campaigns, @Reference Results results) {
        this.campaigns = campaigns;
        this.results = results;
    }

    /** Body of POST campaigns. */
    public static class NewCampaign {
        public Integer year;
        public String title;
        public LocalDate nominationDeadline;
        public Integer quota;
    }

    /** Body of PUT campaigns/{id}/notice. */
    public static class Notice {
        public LocalDate from;
        public LocalDate to;
        public Long version;
    }

    @GET
    public Page<CampaignView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Campaigns.SORTABLE);
        return campaigns.list(code, Params.integer("year", year), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the campaign as stored, with its id", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(@PathParam("code") String code, NewCampaign input) {
        NewCampaign in = Params.body(input);
        CampaignView created = campaigns.create(code, new Campaigns.NewCampaign(in.year, in.title, in.nominationDeadline, in.quota));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{campaignId}")
    public CampaignView get(@PathParam("code") String code, @PathParam("campaignId") String campaignId) {
        return campaigns.get(code, Params.pathId("campaignId", campaignId));
    }

    /** Publishes the public notice (公示) and its objection period. */
    @PUT
    @Path("{campaignId}/notice")
    public CampaignView publishNotice(@PathParam("code") String code, @PathParam("campaignId") String campaignId, Notice input) {
        Notice in = Params.body(input);
        return campaigns.publishNotice(code, Params.pathId("campaignId", campaignId), in.from, in.to, in.version);
    }

    @GET
    @Path("{campaignId}/figures")
    public Figures figures(@PathParam("code") String code, @PathParam("campaignId") String campaignId) {
        return results.figures(code, Params.pathId("campaignId", campaignId));
    }

    /** The result list (好干部名单): the approved nominees. */
    @GET
    @Path("{campaignId}/results")
    public Page<ResultRow> results(@PathParam("code") String code, @PathParam("campaignId") String campaignId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Results.SORTABLE);
        return results.page(code, Params.pathId("campaignId", campaignId), paging.withDefaultOrder(new PageRequest.Order("approvedOn", true),
                new PageRequest.Order("memberName", true)));
    }
}
