package org.jiceng.module.guangzong.villageassets.internal;

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

/** Spending requests on the funds and their approval steps, under {@code …/guangzong-village-assets/spending}. */
@Component(service = SpendingResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/spending")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpendingResource {
    private final Funds funds;

    @Activate
    public SpendingResource(@Reference Funds funds) {
        this.funds = funds;
    }

    /** Body of POST spending/{id}/payment. */
    public static class PaymentInput {
        public String paidOn;
        public Long version;
    }

    /** A village's request: 422 spending-outside-scope, spending-over-budget, spending-without-fund. */
    @POST
    @ApiResponse(responseCode = "201", description = "Created: the spending as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = SpendingView.class)))
    public Response request(@PathParam("code") String code, Funds.SpendingInput input) {
        SpendingView s = funds.request(code, Params.body(input), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/spending/" + s.id)).entity(s).build();
    }

    @GET
    public Page<SpendingView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("fundId") String fundId, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Funds.SPENDING_SORTABLE);
        return funds.spending(code, new Funds.SpendingFilter(Params.integer("year", year), Params.enumOf(SpendingStatus.class, "status", status),
                Params.enumOf(FundCategory.class, "category", category), Params.id("fundId", fundId)), paging);
    }

    @GET
    @Path("{id}")
    public SpendingView get(@PathParam("code") String code, @PathParam("id") String id) {
        return funds.getSpending(code, Params.pathId("id", id));
    }

    /** The waiting step's decision, from its level's path (the township's, then the county's): 422 decision-wrong-level. */
    @POST
    @Path("{id}/decision")
    public SpendingView decide(@PathParam("code") String code, @PathParam("id") String id, Funds.DecisionInput input) {
        return funds.decide(code, Params.pathId("id", id), Params.body(input), LocalDate.now());
    }

    @POST
    @Path("{id}/payment")
    public SpendingView pay(@PathParam("code") String code, @PathParam("id") String id, PaymentInput input) {
        PaymentInput body = Params.body(input);
        return funds.pay(code, Params.pathId("id", id), Params.date("paidOn", body.paidOn), body.version, LocalDate.now());
    }
}
