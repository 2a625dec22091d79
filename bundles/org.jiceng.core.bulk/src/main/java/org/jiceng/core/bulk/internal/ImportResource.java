package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.jiceng.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Upload an XLSX or CSV file as the request body; poll the job it starts. */
@Component(service = ImportResource.class)
@JaxrsResource
@javax.ws.rs.Path("imports")
// Any role that writes may import: every row is checked against the caller's jurisdictions (RegistryImportImpl),
// and a job is seen by the account that started it and by administrators.
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
    @Consumes({XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Start an import (202): kind=organizations|members|cadres, dryRun=true checks every row and imports nothing; "
            + "every row must land in the caller's jurisdictions (a row outside them is reported like one naming nothing, and the whole "
            + "file is refused); 429 with Retry-After while the server runs and queues as many imports as it is configured to")
    @ApiResponse(responseCode = "202", description = "Accepted: the job, to follow at GET /imports/{id} (Location)", content = @Content(schema = @Schema(implementation = ImportJob.class)))
    public Response start(@Parameter(required = true, description = "organizations, members or cadres") @QueryParam("kind") String kind,
            @QueryParam("dryRun") String dryRun, @QueryParam("fileName") String fileName,
            @QueryParam("recordedBy") String recordedBy, InputStream body) throws IOException {
        new Validator().require("kind", kind).throwIfInvalid();
        // Who started it is the login, never a parameter: a job names the account the audit trail names.
        String caller = CallerContext.current().username();
        if (recordedBy != null && !recordedBy.isBlank() && !recordedBy.trim().equals(caller)) {
            throw new ValidationException("recordedBy", "is the account that is logged in (" + caller + "); it cannot name another");
        }
        ImportKind k = Params.enumOf(ImportKind.class, "kind", kind);
        Boolean dry = Params.bool("dryRun", dryRun);
        // Admitted before the body is read: a refused upload costs neither disk nor memory.
        Ticket ticket = jobs.admit();
        Path file = null;
        try {
            file = Spool.write(body, jobs.maxFileBytes());
            ImportJob job = jobs.start(ticket, k, fileName, file, dry != null && dry, caller);
            return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
        } catch (IOException | RuntimeException e) {
            ticket.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    @GET
    @javax.ws.rs.Path("{id}")
    @Operation(summary = "Progress (rowsDone of rowsTotal: while the file is read, rowsTotal is the rows it holds as far as the share of it read "
            + "tells; exact at the end) and, once finished, the outcome with the first 1,000 bad cells")
    public ImportJob get(@PathParam("id") String id) {
        return jobs.get(id);
    }

    @GET
    @Operation(summary = "Recent import jobs, newest first")
    public List<ImportJob> recent() {
        return jobs.recent();
    }
}
