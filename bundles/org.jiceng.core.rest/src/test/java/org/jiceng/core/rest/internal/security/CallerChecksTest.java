package org.jiceng.core.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Set;

import org.jiceng.common.ForbiddenException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.UnauthorizedException;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.jiceng.security.Channel;
import org.jiceng.security.RequiresRole;
import org.jiceng.security.Role;
import org.junit.jupiter.api.Test;

class CallerChecksTest {
    private static final Caller VIEWER = caller(Role.VIEWER);
    private static final Caller OPERATOR = caller(Role.OPERATOR);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null, Channel.REST, null);

    /** Sees 360823's subtree only. */
    private static final AccessControl XIAJIANG = new AccessControl() {
        @Override
        public boolean canSee(Caller caller, String jurisdictionCode) {
            return jurisdictionCode.startsWith("360823");
        }

        @Override
        public void requireVisible(String jurisdictionCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String listScope(String requested) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void requireRole(Role... anyOf) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void requireWrite() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void readsNeedAnyRoleAndWritesAWritingOne() {
        assertDoesNotThrow(() -> CallerChecks.requireRole(VIEWER, null, "GET"));
        assertDoesNotThrow(() -> CallerChecks.requireRole(OPERATOR, null, "POST"));
        for (String write : new String[]{"POST", "PUT", "PATCH", "DELETE"}) {
            ForbiddenException refused = assertThrows(ForbiddenException.class, () -> CallerChecks.requireRole(VIEWER, null, write));
            assertTrue(refused.getMessage().contains("may not do this"), refused.getMessage());
        }
    }

    @Test
    void aDeclaredRoleIsNeededEvenToReadAndAdministratorsAlwaysHaveIt() {
        RequiresRole integration = requires(Role.INTEGRATION);
        assertThrows(ForbiddenException.class, () -> CallerChecks.requireRole(OPERATOR, integration, "GET"));
        assertDoesNotThrow(() -> CallerChecks.requireRole(caller(Role.INTEGRATION), integration, "POST"));
        assertDoesNotThrow(() -> CallerChecks.requireRole(ADMIN, integration, "DELETE"));
    }

    @Test
    void anotherCountysJurisdictionIsTheNotFoundOfAMissingOne() {
        assertDoesNotThrow(() -> CallerChecks.requireVisible(XIAJIANG, VIEWER, "360823101"));
        NotFoundException refused = assertThrows(NotFoundException.class, () -> CallerChecks.requireVisible(XIAJIANG, VIEWER, "441481"));
        assertTrue(refused.getMessage().contains("441481"), refused.getMessage());
        assertDoesNotThrow(() -> CallerChecks.requireVisible(XIAJIANG, ADMIN, "441481"), "administrators see every county");
    }

    @Test
    void noCallerIsA401() {
        assertThrows(UnauthorizedException.class, CallerChecks::caller);
    }

    private static Caller caller(Role role) {
        return new Caller("someone", Set.of(role), "360823", Channel.REST, null);
    }

    private static RequiresRole requires(Role role) {
        return new RequiresRole() {
            @Override
            public Role[] value() {
                return new Role[]{role};
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return RequiresRole.class;
            }
        };
    }
}
