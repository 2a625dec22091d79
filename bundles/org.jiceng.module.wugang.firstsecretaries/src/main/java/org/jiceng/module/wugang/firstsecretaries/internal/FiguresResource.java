package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The on-post figures (sent since last year, share on post). Under {@code /api/v1/jurisdictions/{code}/wugang-first-secretaries/figures}: the core routes a
 * module's requests to the resource class whose literal path follows the module id, and answers 404
 * before this is reached wherever the module is not enabled.
 */
@Component(service = FiguresResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FiguresResource {
    private final OnPost onPost;

    @Activate
    public FiguresResource(@Reference OnPost onPost) {
        this.onPost = onPost;
    }

    @GET
    public Figures figures(@PathParam("code") String code) {
        return onPost.figures(code, LocalDate.now());
    }
}
