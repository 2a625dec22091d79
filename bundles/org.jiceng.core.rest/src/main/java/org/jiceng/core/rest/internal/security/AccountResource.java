package org.jiceng.core.rest.internal.security;

import java.util.EnumSet;
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

import org.jiceng.common.FieldError;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.security.Account;
import org.jiceng.security.AccountService;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = AccountResource.class)
@JaxrsResource
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts of people and systems, their roles and jurisdictions")
public class AccountResource {
    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    /** An account as written by a client; the password only on creation. */
    public record AccountInput(String username, String displayName, String jurisdictionCode, List<String> roles, Boolean enabled,
            String password, Long version) {
    }

    public record PasswordChange(String password, Long version) {
    }

    @GET
    @Operation(summary = "Accounts inside a jurisdiction's subtree (jurisdiction-admin and admin)")
    public Page<Account> list(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("role") String role,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Role parsed = role == null ? null : parseRole("role", role);
        return accounts.find(jurisdiction, parsed, q,
                PageRequest.of(Params.integer("page", page), Params.integer("size", size), sort, AccountService.SORTABLE));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (its own, or one the caller manages)")
    public Account get(@PathParam("id") String id) {
        return accounts.get(Params.pathId("id", id));
    }

    @POST
    @Operation(summary = "Create an account with its initial password")
    @ApiResponse(responseCode = "201", description = "Created: the record as stored, with its id (Location: its address)", content = @Content(schema = @Schema(implementation = Account.class)))
    public Response create(AccountInput body) {
        Account created = accounts.create(toAccount(body), password(body.password()));
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change display name, jurisdiction, roles or enabled (with version)")
    public Account update(@PathParam("id") String id, AccountInput body) {
        if (body.password() != null) {
            throw new ValidationException("password", "set it with PUT /accounts/{id}/password");
        }
        return accounts.update(Params.pathId("id", id), toAccount(body));
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password (own account, or one the caller manages); ends the account's tokens")
    public Response password(@PathParam("id") String id, PasswordChange body) {
        long accountId = Params.pathId("id", id);
        // the addressed account first: one the caller may not manage is a 404 before the body is looked at
        accounts.get(accountId);
        accounts.setPassword(accountId, password(body.password()), Validator.requiredVersion(body.version()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an account that never logged in (others are disabled instead)")
    public Response delete(@PathParam("id") String id) {
        accounts.delete(Params.pathId("id", id));
        return Response.noContent().build();
    }

    private static char[] password(String password) {
        if (password == null) {
            throw new ValidationException("password", "required");
        }
        return password.toCharArray();
    }

    private static Account toAccount(AccountInput in) {
        if (in == null) {
            throw new ValidationException("body", "required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (in.roles() != null) {
            for (String r : in.roles()) {
                roles.add(parseRole("roles", r));
            }
        }
        return new Account(null, in.username(), in.displayName(), in.jurisdictionCode(), roles, in.enabled(), null, null, null, null,
                in.version());
    }

    private static Role parseRole(String field, String text) {
        Role role = Role.parse(text);
        if (role == null) {
            throw new ValidationException(List.of(new FieldError(field, "unknown role '" + text
                    + "'; one of admin, jurisdiction-admin, operator, viewer, integration")));
        }
        return role;
    }
}
