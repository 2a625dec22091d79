package org.jiceng.core.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.jiceng.events.DeliveryStatus;
import org.jiceng.events.EventTopic;
import org.jiceng.events.WebhookDelivery;
import org.jiceng.events.WebhookDraft;
import org.jiceng.events.WebhookService;
import org.jiceng.events.WebhookSubscription;
import org.jiceng.security.RequiresRole;
import org.jiceng.security.Role;
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

/** Webhook subscriptions of other systems, their deliveries, dead letters and redelivery. */
@Component(service = WebhookResource.class)
@JaxrsResource
@Path("webhooks")
@RequiresRole({Role.JURISDICTION_ADMIN, Role.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "事件推送: events of the engines and modules pushed to other systems — subscriptions per jurisdiction "
        + "subtree and topic, payloads signed with HMAC-SHA256 (X-Jiceng-Signature), retried with back-off, a delivery log, dead letters "
        + "and redelivery")
public class WebhookResource {
    private final WebhookService webhooks;

    @Activate
    public WebhookResource(@Reference WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Path("topics")
    @Operation(summary = "The topics events are published on, to subscribe to (a prefix ending in /* takes all below it)")
    public List<EventTopic> topics() {
        return webhooks.topics();
    }

    @GET
    @Operation(summary = "Your subscriptions (an administrator sees every one)")
    public Page<WebhookSubscription> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.list(PageRequest.of(Params.integer("page", page), Params.integer("size", size), null, Set.of()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscription (its secret is never shown again after creation or renewal)")
    public WebhookSubscription get(@PathParam("id") String id) {
        return webhooks.get(Params.pathId("id", id));
    }

    @POST
    @Operation(summary = "Subscribe a URL to topics of a jurisdiction subtree (yours by default); the answer holds the signing secret, "
            + "shown this once")
    @ApiResponse(responseCode = "201", description = "Created, with its secret (Location: its address)", content = @Content(schema = @Schema(implementation = WebhookSubscription.class)))
    public Response create(WebhookDraft draft) {
        WebhookSubscription created = webhooks.create(Params.body(draft));
        return Response.created(URI.create("webhooks/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a subscription's url, jurisdiction, topics, description and active (send the version you read; 409 if it changed)")
    public WebhookSubscription replace(@PathParam("id") String id, WebhookDraft draft) {
        return webhooks.replace(Params.pathId("id", id), Params.body(draft));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a subscription with its deliveries")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(Params.pathId("id", id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Renew the signing secret; the answer holds the new one, shown this once, and later deliveries are signed with it")
    public WebhookSubscription renewSecret(@PathParam("id") String id) {
        return webhooks.renewSecret(Params.pathId("id", id));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription, newest first; status=DEAD lists its dead letters")
    public Page<WebhookDelivery> deliveries(@PathParam("id") String id,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.deliveries(Params.pathId("id", id), Params.enumOf(DeliveryStatus.class, "status", status),
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), null, Set.of()));
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with every attempt (status code, error, time taken) and redelivery")
    public WebhookDelivery delivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return webhooks.delivery(Params.pathId("id", id), Params.pathId("deliveryId", deliveryId));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again now (a dead letter, or a delivered one the receiver lost), with a fresh count of attempts")
    public WebhookDelivery redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return webhooks.redeliver(Params.pathId("id", id), Params.pathId("deliveryId", deliveryId));
    }

    @POST
    @Path("{id}/dead-letters/redeliver")
    @Operation(summary = "Send every dead letter of a subscription again; answers how many")
    public Requeued redeliverDead(@PathParam("id") String id) {
        return new Requeued(webhooks.redeliverDead(Params.pathId("id", id)));
    }

    /** How many dead letters went back in the queue. */
    public record Requeued(int requeued) {
    }
}
