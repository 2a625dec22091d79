package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.jiceng.bulk.ImportJob;
import org.jiceng.bulk.ImportKind;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Upload an XLSX or CSV file as the request body; poll the job it starts. */
@Component(service = ImportResource.class)
@JaxrsResource
@Path("imports")
// Rows name organizations and jurisdictions anywhere; until rows are checked one by one, imports are for admins.
@org.jiceng.security.RequiresRole(org.jiceng.security.Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export", description = "Bulk import of organizations, members and cadres (XLSX or CSV) and XLSX export")
public class ImportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportJobs jobs;

    @Activate
    public ImportResource(@Reference ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes({ XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Start an import (202): kind=organizations|members|cadres, dryRun=true checks every row and imports nothing")
    public Response start(@QueryParam("kind") String kind, @QueryParam("dryRun") String dryRun, @QueryParam("fileName") String fileName,
            @QueryParam("recordedBy") String recordedBy, InputStream body) throws IOException {
        new Validator().require("kind", kind).throwIfInvalid();
        ImportKind k = Params.enumOf(ImportKind.class, "kind", kind);
        Boolean dry = Params.bool("dryRun", dryRun);
        byte[] content = readLimited(body);
        ImportJob job = jobs.start(k, fileName, content, dry != null && dry, recordedBy);
        return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Progress (rowsDone of rowsTotal) and, once finished, the outcome with every bad row")
    public ImportJob get(@PathParam("id") String id) {
        return jobs.get(id);
    }

    @GET
    @Operation(summary = "Recent import jobs, newest first")
    public List<ImportJob> recent() {
        return jobs.recent();
    }

    private static byte[] readLimited(InputStream body) throws IOException {
        if (body == null) {
            throw new ValidationException("file", "the file is the request body and is missing");
        }
        byte[] content = body.readNBytes((int) ImportJobs.MAX_FILE_BYTES + 1);
        if (content.length > ImportJobs.MAX_FILE_BYTES) {
            throw new ValidationException("file", "is larger than " + ImportJobs.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        return content;
    }
}
