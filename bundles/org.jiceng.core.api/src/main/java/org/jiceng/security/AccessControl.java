package org.jiceng.security;

import org.jspecify.annotations.Nullable;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that decides what a caller may see and do. The REST filter, the SOAP
 * interceptor, the module registry and the services call it; modules never re-implement it.
 * Out-of-scope data is reported exactly like missing data (404), so nothing leaks.
 */
@ProviderType
public interface AccessControl {

    /** Whether the caller may see the jurisdiction (it lies in the caller's subtree, or the caller is unrestricted). */
    boolean canSee(Caller caller, String jurisdictionCode);

    /** Throws {@link org.jiceng.common.NotFoundException} for the jurisdiction when the current caller may not see it. */
    void requireVisible(String jurisdictionCode);

    /**
     * The jurisdiction a list of the current caller covers: {@code requested} when given (and
     * visible, else the 404 of {@link #requireVisible}), otherwise the caller's own subtree (null,
     * everything, for an unrestricted caller).
     */
    @Nullable
    String listScope(@Nullable String requested);

    /** Throws {@link org.jiceng.common.ForbiddenException} unless the current caller has one of the roles. */
    void requireRole(Role... anyOf);

    /** Throws {@link org.jiceng.common.ForbiddenException} unless the current caller may write (not a viewer only). */
    void requireWrite();
}
