package org.jiceng.core.registry.internal.security;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.common.ForbiddenException;
import org.jiceng.common.NotFoundException;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scope checks against the jurisdiction closure table. Answers are cached per (root, code):
 * jurisdictions are added far more often than moved, and a move clears the cache
 * ({@link #forget()} is called by the jurisdiction service).
 */
@Component(service = {AccessControl.class, AccessControlImpl.class})
public class AccessControlImpl implements AccessControl {
    private static final int CACHE_LIMIT = 100_000;

    private final CoreStore store;
    private final Map<String, Boolean> within = new ConcurrentHashMap<>();

    @Activate
    public AccessControlImpl(@Reference CoreStore store) {
        this.store = store;
    }

    @Override
    public boolean canSee(Caller caller, String jurisdictionCode) {
        if (caller.unrestricted()) {
            return true;
        }
        if (jurisdictionCode == null || caller.jurisdictionCode() == null) {
            return false;
        }
        if (caller.jurisdictionCode().equals(jurisdictionCode)) {
            return true;
        }
        return isWithin(caller.jurisdictionCode(), jurisdictionCode);
    }

    /** Whether {@code code} is {@code root} or lies below it. */
    public boolean isWithin(String root, String code) {
        if (root.equals(code)) {
            return true;
        }
        if (within.size() > CACHE_LIMIT) {
            within.clear();
        }
        return within.computeIfAbsent(root + "/" + code, key -> store.tx().read(em -> em.createQuery(
                "SELECT COUNT(c) FROM JurisdictionClosureEntity c WHERE c.ancestorCode = :a AND c.descendantCode = :d", Long.class)
                .setParameter("a", root).setParameter("d", code).getSingleResult() > 0));
    }

    @Override
    public void requireVisible(String jurisdictionCode) {
        if (!canSee(CallerContext.current(), jurisdictionCode)) {
            throw new NotFoundException("Jurisdiction", jurisdictionCode);
        }
    }

    @Override
    public String listScope(String requested) {
        if (requested != null && !requested.isBlank()) {
            requireVisible(requested);
            return requested;
        }
        Caller caller = CallerContext.current();
        return caller.unrestricted() ? null : caller.jurisdictionCode();
    }

    @Override
    public void requireRole(Role... anyOf) {
        Caller caller = CallerContext.current();
        if (caller.unrestricted() || Arrays.stream(anyOf).anyMatch(caller::has)) {
            return;
        }
        throw new ForbiddenException("This needs one of the roles " + Arrays.stream(anyOf).map(Role::externalName).toList()
                + "; " + caller.username() + " has " + caller.roles().stream().map(Role::externalName).sorted().toList());
    }

    @Override
    public void requireWrite() {
        requireRole(Role.JURISDICTION_ADMIN, Role.OPERATOR, Role.INTEGRATION);
    }

    /** Drops cached answers after the tree changed. */
    public void forget() {
        within.clear();
    }
}
