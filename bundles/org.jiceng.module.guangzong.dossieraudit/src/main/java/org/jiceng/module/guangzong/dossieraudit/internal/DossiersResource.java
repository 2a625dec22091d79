package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.util.List;

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

/** Dossiers of the campaigns: the list, one dossier with its findings, its audit and re-audit. */
@Component(service = DossiersResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossiersResource {
    private final Dossiers dossiers;

    @Activate
    public DossiersResource(@Reference Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** Body of POST dossiers/{id}/audit: the findings (none passes the dossier). */
    public static class AuditInput {
        public List<FindingInput> findings;
        public Long version;
    }

    /** Body of POST dossiers/{id}/re-audit. */
    public static class VersionInput {
        public Long version;
    }

    @GET
    public Page<DossierView> list(@PathParam("code") String code, @QueryParam("campaignId") String campaignId, @QueryParam("status") String status,
            @QueryParam("township") String township, @QueryParam("rectified") String rectified, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Dossiers.SORTABLE);
        return dossiers.list(code, new Dossiers.Filter(Params.id("campaignId", campaignId), Params.enumOf(DossierStatus.class, "status", status),
                township == null || township.isBlank() ? null : township.trim(), Params.bool("rectified", rectified)), paging);
    }

    @GET
    @Path("{id}")
    public DossierView get(@PathParam("code") String code, @PathParam("id") String id) {
        return dossiers.get(code, Params.pathId("id", id));
    }

    @POST
    @Path("{id}/audit")
    public DossierView audit(@PathParam("code") String code, @PathParam("id") String id, AuditInput input) {
        AuditInput body = Params.body(input);
        return dossiers.audit(code, Params.pathId("id", id), body.findings, body.version, LocalDate.now());
    }

    @POST
    @Path("{id}/re-audit")
    public DossierView reaudit(@PathParam("code") String code, @PathParam("id") String id, VersionInput input) {
        return dossiers.reaudit(code, Params.pathId("id", id), Params.body(input).version, LocalDate.now());
    }
}
