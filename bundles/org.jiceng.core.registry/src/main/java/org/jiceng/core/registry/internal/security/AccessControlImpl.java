package org.jiceng.core.registry.internal.security;

import java.util.Arrays;

import org.jiceng.common.ForbiddenException;
import org.jiceng.common.NotFoundException;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scope checks against the jurisdiction tree, as the jurisdiction service keeps it: answered from memory, and right
 * after any change of the tree (a jurisdiction deleted and created again under another parent, one created after a
 * caller asked for it), on every node.
 */
@Component(service = {AccessControl.class, AccessControlImpl.class})
public class AccessControlImpl implements AccessControl {
    private final JurisdictionService jurisdictions;

    @Activate
    public AccessControlImpl(@Reference JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
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
        return root.equals(code) || jurisdictions.isWithin(code, root);
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
}
