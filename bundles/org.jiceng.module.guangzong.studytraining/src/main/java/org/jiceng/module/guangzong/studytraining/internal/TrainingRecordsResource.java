package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.ModuleRestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A member's study and training record under {@code …/guangzong-study-and-training/training-records/{memberId}}. */
@Component(service = TrainingRecordsResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/training-records")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingRecordsResource {
    private final TrainingRecords records;

    @Activate
    public TrainingRecordsResource(@Reference TrainingRecords records) {
        this.records = records;
    }

    @GET
    @Path("{memberId}")
    public TrainingRecord get(@PathParam("code") String code, @PathParam("memberId") String memberId) {
        return records.of(code, Params.pathId("memberId", memberId), LocalDate.now());
    }
}
