package org.jiceng.core.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.inbox.InboxItem;
import org.jiceng.inbox.InboxService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = InboxResource.class)
@JaxrsResource
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "待办: what is due or overdue in a jurisdiction, across engines and modules")
public class InboxResource {
    private final InboxService inbox;

    @Activate
    public InboxResource(@Reference InboxService inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(summary = "Items of the subtree due within withinDays (default 30), overdue first, then by due date")
    public List<InboxItem> items(
            @Parameter(required = true, description = "the subtree (accounts below admin: their own by default)") @QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("withinDays") String withinDays) {
        new Validator().require("jurisdiction", jurisdiction).throwIfInvalid();
        Integer days = Params.integer("withinDays", withinDays);
        return inbox.items(jurisdiction.trim(), days == null ? 30 : days);
    }
}
