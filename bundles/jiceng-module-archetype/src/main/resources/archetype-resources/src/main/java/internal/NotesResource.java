package ${package}.internal;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/**
 * REST under {@code /api/v1/jurisdictions/{code}/${moduleId}/notes}. The core answers 404 before
 * this is reached wherever the module is not enabled, and maps the core's exceptions (validation
 * 400, not found 404, conflict 409, rule 422) to problem+json: throw them, never build errors here.
 */
@Component(service = NotesResource.class)
@ModuleRestResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + Store.MODULE_ID + "/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {
    private final Notes notes;

    @Activate
    public NotesResource(@Reference Notes notes) {
        this.notes = notes;
    }

    /** Body of POST /notes. */
    public static class NewNote {
        public String title;
        public String body;
    }

    @GET
    public Page<NoteView> list(@PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, Notes.SORTABLE);
        return notes.list(code, paging);
    }

    @POST
    @ApiResponse(responseCode = "201", description = "Created: the note as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response create(@PathParam("code") String code, NewNote input) {
        NewNote body = Params.body(input);
        NoteView created = notes.create(code, body.title, body.body, LocalDate.now());
        return Response.created(URI.create("jurisdictions/" + code + "/" + Store.MODULE_ID + "/notes/" + created.id)).entity(created).build();
    }
}
