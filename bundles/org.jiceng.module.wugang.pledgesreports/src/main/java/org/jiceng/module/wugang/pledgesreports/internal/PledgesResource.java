package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jiceng.common.ValidationException;
import org.jiceng.duty.ItemAssessment;
import org.jiceng.duty.Pledge;
import org.jiceng.duty.PledgeCascade;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.PledgeService;
import org.jiceng.duty.PledgeStatus;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Three-level responsibility pledges (三级责任状): issue, sign, assess, and the cascade figure, under
 * {@code /api/v1/jurisdictions/{code}/wugang-pledges-reports/pledges}.
 */
@Component(service = PledgesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Wugang.MODULE_ID + "/pledges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PledgesResource {
    private final Pledges pledges;

    @Activate
    public PledgesResource(@Reference Pledges pledges) {
        this.pledges = pledges;
    }

    /** An item of a new pledge. */
    public static class NewItem {
        public String text;
        public String measure;
        public Integer points;
    }

    /** Body of POST pledges: the issuer defaults to {code}; without items, 武冈's standard items for the signer's level. */
    public static class NewPledge {
        public Integer year;
        public String issuerCode;
        public String signerCode;
        public String title;
        public List<NewItem> items;
    }

    /** Body of PUT pledges/{id}/signature. */
    public static class Signature {
        /** The person who signed the pledge (the signing unit's secretary): an outside name; the account is in the audit trail. */
        public String signedBy;
        public LocalDate signedOn;
        public Long version;
    }

    /** One item's assessment. */
    public static class ItemResult {
        public Long itemId;
        public Boolean met;
        public Integer points;
        public String note;
    }

    /** Body of PUT pledges/{id}/assessment. */
    public static class Assessment {
        public List<ItemResult> items;
        /** The body that assessed it (e.g. the county organization department): an outside name; the account is in the audit trail. */
        public String assessedBy;
        public LocalDate assessedOn;
        public Long version;
    }

    @GET
    public Page<Pledge> list(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("status") String status,
            @QueryParam("issuerCode") String issuerCode, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, PledgeService.SORTABLE);
        return pledges.list(code, Params.integer("year", year), Params.enumOf(PledgeStatus.class, "status", status), issuerCode, paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the pledge as stored, with its id", content = @Content(schema = @Schema(implementation = Pledge.class)))
    public Response issue(@PathParam("code") String code, NewPledge input) {
        NewPledge in = Params.body(input);
        List<PledgeItem> items = new ArrayList<>();
        if (in.items != null) {
            for (int i = 0; i < in.items.size(); i++) {
                NewItem item = in.items.get(i);
                if (item == null || item.points == null) {
                    throw new ValidationException("items[" + i + "].points", "is required");
                }
                items.add(new PledgeItem(null, item.text, item.measure, item.points, null, null, null));
            }
        }
        Pledge issued = pledges.issue(code, in.year, in.issuerCode, in.signerCode, in.title, items);
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    /** How many townships and villages have a pledge of the year, signed and assessed. */
    @GET
    @Path("cascade")
    public PledgeCascade cascade(@PathParam("code") String code, @QueryParam("year") String year) {
        return pledges.cascade(code, Params.integer("year", year));
    }

    @GET
    @Path("{pledgeId}")
    public Pledge get(@PathParam("code") String code, @PathParam("pledgeId") String pledgeId) {
        return pledges.get(code, Params.pathId("pledgeId", pledgeId));
    }

    @PUT
    @Path("{pledgeId}/signature")
    public Pledge sign(@PathParam("code") String code, @PathParam("pledgeId") String pledgeId, Signature input) {
        Signature in = Params.body(input);
        return pledges.sign(code, Params.pathId("pledgeId", pledgeId), in.signedBy, in.signedOn, in.version);
    }

    @PUT
    @Path("{pledgeId}/assessment")
    public Pledge assess(@PathParam("code") String code, @PathParam("pledgeId") String pledgeId, Assessment input) {
        Assessment in = Params.body(input);
        List<ItemAssessment> items = new ArrayList<>();
        if (in.items != null) {
            for (int i = 0; i < in.items.size(); i++) {
                ItemResult r = in.items.get(i);
                if (r == null || r.itemId == null || r.met == null) {
                    throw new ValidationException("items[" + i + "]", "itemId and met are required");
                }
                items.add(new ItemAssessment(r.itemId, r.met, r.points, r.note));
            }
        }
        return pledges.assess(code, Params.pathId("pledgeId", pledgeId), items, in.assessedBy, in.assessedOn, in.version);
    }
}
