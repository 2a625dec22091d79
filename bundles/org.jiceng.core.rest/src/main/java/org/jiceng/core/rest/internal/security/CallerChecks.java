package org.jiceng.core.rest.internal.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.HttpMethod;

import org.jiceng.common.ForbiddenException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.UnauthorizedException;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.RequiresRole;
import org.jiceng.security.Role;

/**
 * The checks that come before anything a request names is looked up: who calls, whether the role
 * may do this, and whether the caller sees the jurisdiction of the path. The authorization filter
 * runs them once the resource is matched; the module dispatcher runs them before it resolves the
 * records a module's path addresses, so whether such a record exists is told to no one else.
 */
public final class CallerChecks {
    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.JURISDICTION_ADMIN, Role.OPERATOR, Role.INTEGRATION);

    private CallerChecks() {
    }

    /** The authenticated caller; 401 without one. */
    public static Caller caller() {
        if (!CallerContext.isBound()) {
            throw new UnauthorizedException("Credentials required");
        }
        return CallerContext.current();
    }

    /**
     * 403 unless the caller has the declared role (administrators always do), or, with none declared,
     * a writing role for anything but a read.
     */
    public static void requireRole(Caller caller, RequiresRole declared, String httpMethod) {
        Set<Role> allowed;
        if (declared != null) {
            allowed = EnumSet.of(Role.ADMIN, declared.value());
        } else if (HttpMethod.GET.equals(httpMethod) || HttpMethod.HEAD.equals(httpMethod) || HttpMethod.OPTIONS.equals(httpMethod)) {
            return;
        } else {
            allowed = WRITERS;
        }
        if (caller.roles().stream().noneMatch(allowed::contains)) {
            throw new ForbiddenException("Account '" + caller.username() + "' (" + names(caller.roles()) + ") may not do this; it needs "
                    + names(allowed));
        }
    }

    /** The same 404 as for a jurisdiction that does not exist, unless the caller sees {@code code}. */
    public static void requireVisible(AccessControl access, Caller caller, String code) {
        if (!caller.unrestricted() && !access.canSee(caller, code)) {
            throw new NotFoundException("Jurisdiction", code);
        }
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::externalName).toList();
    }
}
