package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every secretary's month in the village, and corrections of a logged day. Under {@code /api/v1/jurisdictions/{code}/wugang-first-secretaries/presence}: the core routes a
 * module's requests to the resource class whose literal path follows the module id, and answers 404
 * before this is reached wherever the module is not enabled.
 */
@Component(service = PresenceResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/presence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PresenceResource {
    private final Presence presence;

    @Activate
    public PresenceResource(@Reference Presence presence) {
        this.presence = presence;
    }

    /** Every secretary's month; {@code shortfall=true} lists those short of days or nights. */
    @GET
    public Page<MonthPresence> months(@PathParam("code") String code, @QueryParam("month") String month, @QueryParam("shortfall") String shortfall,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Presence.SORT.keySet());
        return presence.months(code, Store.month("month", month), Params.bool("shortfall", shortfall), paging, LocalDate.now());
    }

    /** Corrects a logged day (send the version read). */
    @PUT
    @Path("{presenceId}")
    public PresenceView update(@PathParam("code") String code, @PathParam("presenceId") String presenceId, Presence.Day day) {
        return presence.update(code, Params.pathId("presenceId", presenceId), Params.body(day));
    }
}
