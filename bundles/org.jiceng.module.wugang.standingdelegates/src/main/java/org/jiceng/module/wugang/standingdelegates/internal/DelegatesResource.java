package org.jiceng.module.wugang.standingdelegates.internal;

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
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Delegates, their contacts (one village, ten households) and the end of their service, under
 * {@code /api/v1/jurisdictions/{code}/wugang-standing-delegates/delegates}. Households are shown in
 * full only in a single delegate; their list masks phones.
 */
@Component(service = DelegatesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/delegates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegatesResource {
    private final Delegates delegates;
    private final Contacts contacts;

    @Activate
    public DelegatesResource(@Reference Delegates delegates, @Reference Contacts contacts) {
        this.delegates = delegates;
        this.contacts = contacts;
    }

    /** One delegate of POST delegates: a member of the county, or a name. */
    public static class NewDelegate {
        public Long memberId;
        public String name;
        public LocalDate termStart;
        public LocalDate termEnd;
    }

    /** Body of POST delegates: the delegates of one studio, registered all or none. */
    public static class Registration {
        public Long studioId;
        public List<NewDelegate> delegates;
    }

    /** A household of PUT delegates/{id}/contacts. */
    public static class Household {
        public String headName;
        public String address;
        public String phone;
    }

    /** Body of PUT delegates/{id}/contacts. */
    public static class Links {
        public String villageCode;
        public List<Household> households;
        public LocalDate linkedOn;
        public Long version;
    }

    /** Body of PUT delegates/{id}/end. */
    public static class Ending {
        public LocalDate on;
        public String reason;
        public Long version;
    }

    @GET
    public Page<DelegateView> list(@PathParam("code") String code, @QueryParam("studioId") String studioId,
            @QueryParam("villageCode") String villageCode, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Delegates.SORTABLE);
        return delegates.list(code, Params.id("studioId", studioId), villageCode == null || villageCode.isBlank() ? null : villageCode,
                Params.enumOf(DelegateStatus.class, "status", status), paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the delegates as stored, with their ids", content = @Content(array = @ArraySchema(schema = @Schema(implementation = DelegateView.class))))
    public Response register(@PathParam("code") String code, Registration input) {
        Registration in = Params.body(input);
        new Validator().require("studioId", in.studioId).require("delegates", in.delegates).throwIfInvalid();

        List<Delegates.NewDelegate> list = in.delegates.stream()
                .map(d -> d == null ? null : new Delegates.NewDelegate(d.memberId, d.name, d.termStart, d.termEnd)).toList();
        return Response.status(Response.Status.CREATED).entity(delegates.register(code, in.studioId, list)).build();
    }

    @GET
    @Path("{delegateId}")
    public DelegateView get(@PathParam("code") String code, @PathParam("delegateId") String delegateId) {
        return delegates.get(code, Params.pathId("delegateId", delegateId));
    }

    /** Links the delegate's village and their ten households (the households replace earlier ones). */
    @PUT
    @Path("{delegateId}/contacts")
    public DelegateView link(@PathParam("code") String code, @PathParam("delegateId") String delegateId, Links input) {
        Links in = Params.body(input);
        List<Contacts.Household> households = in.households == null
                ? null
                : in.households.stream().map(h -> h == null ? null : new Contacts.Household(h.headName, h.address, h.phone)).toList();
        long id = Params.pathId("delegateId", delegateId);
        contacts.link(code, id, new Contacts.Links(in.villageCode, households, in.linkedOn, in.version), LocalDate.now());
        return delegates.get(code, id);
    }

    @GET
    @Path("{delegateId}/households")
    public Page<HouseholdView> households(@PathParam("code") String code, @PathParam("delegateId") String delegateId,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Contacts.SORTABLE);
        return contacts.households(code, Params.pathId("delegateId", delegateId), paging);
    }

    @PUT
    @Path("{delegateId}/end")
    public DelegateView end(@PathParam("code") String code, @PathParam("delegateId") String delegateId, Ending input) {
        Ending in = Params.body(input);
        return delegates.end(code, Params.pathId("delegateId", delegateId), new Delegates.Ending(in.on, in.reason, in.version));
    }
}
