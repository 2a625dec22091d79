package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** Findings of the audits and their fixes (整改). */
@Component(service = FindingsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {
    private final Dossiers dossiers;

    @Activate
    public FindingsResource(@Reference Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** Body of POST findings/{id}/fix. */
    public static class FixInput {
        public String fixedOn;
        public String fixedBy;
        public String note;
        public Long version;
    }

    @GET
    public Page<FindingView> list(@PathParam("code") String code, @QueryParam("campaignId") String campaignId,
            @QueryParam("dossierId") String dossierId, @QueryParam("criterion") String criterion, @QueryParam("fixed") String fixed,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Dossiers.FINDINGS_SORTABLE);
        return dossiers.findings(code, Params.id("campaignId", campaignId), Params.id("dossierId", dossierId),
                Params.enumOf(Criterion.class, "criterion", criterion), Params.bool("fixed", fixed), paging);
    }

    @POST
    @Path("{id}/fix")
    public FindingView fix(@PathParam("code") String code, @PathParam("id") String id, FixInput input) {
        FixInput body = Params.body(input);
        return dossiers.fix(code, Params.pathId("id", id), Params.date("fixedOn", body.fixedOn), body.fixedBy, body.note, body.version,
                LocalDate.now());
    }
}
