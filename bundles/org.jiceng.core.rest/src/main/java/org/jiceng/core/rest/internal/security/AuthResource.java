package org.jiceng.core.rest.internal.security;

import java.time.LocalDateTime;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jiceng.security.Authenticator;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.RequiresRole;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = AuthResource.class)
@JaxrsResource
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Bearer tokens and who the caller is")
public class AuthResource {
    private final Authenticator authenticator;

    @Activate
    public AuthResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** A token as OAuth 2 clients expect it (RFC 6749 §5.1 field names). */
    public record TokenResponse(String access_token, String token_type, long expires_in, LocalDateTime expiresAt) {
    }

    /** The authenticated caller. */
    public record Me(String username, List<String> roles, String jurisdictionCode, String channel) {
    }

    @POST
    @Path("token")
    // Every account may get a token for itself, viewers included: it is not a write.
    @RequiresRole({Role.JURISDICTION_ADMIN, Role.OPERATOR, Role.VIEWER, Role.INTEGRATION})
    @Operation(summary = "A signed bearer token for the caller (authenticate with HTTP Basic, or renew with a valid token)")
    public TokenResponse token() {
        Authenticator.IssuedToken t = authenticator.issue(CallerContext.current());
        return new TokenResponse(t.token(), "Bearer", t.expiresInSeconds(), t.expiresAt());
    }

    @GET
    @Path("me")
    @Operation(summary = "The authenticated account: name, roles and jurisdiction")
    public Me me() {
        Caller c = CallerContext.current();
        return new Me(c.username(), c.roles().stream().sorted().map(Role::externalName).toList(), c.jurisdictionCode(), c.channel().name());
    }
}
