package org.jiceng.module.guangzong.villageassets.internal;

import java.net.URI;
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

/** Villages' operating funds, under {@code …/guangzong-village-assets/funds}. */
@Component(service = FundsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/funds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundsResource {
    private final Funds funds;

    @Activate
    public FundsResource(@Reference Funds funds) {
        this.funds = funds;
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the fund as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = FundView.class)))
    public Response allocate(@PathParam("code") String code, Funds.FundInput input) {
        FundView f = funds.allocate(code, Params.body(input), LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/funds/" + f.id)).entity(f).build();
    }

    @GET
    public Page<FundView> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Funds.SORTABLE);
        return funds.list(code, Params.integer("year", year), paging);
    }

    @GET
    @Path("{id}")
    public FundView get(@PathParam("code") String code, @PathParam("id") String id) {
        return funds.get(code, Params.pathId("id", id));
    }

    @PUT
    @Path("{id}")
    public FundView update(@PathParam("code") String code, @PathParam("id") String id, Funds.FundInput input) {
        return funds.update(code, Params.pathId("id", id), Params.body(input));
    }
}
