package org.jiceng.core.registry.internal;

/**
 * The JPQL of "jurisdictions in the subtree of {@code :scope}": one indexed lookup in the closure
 * table, shared by every service that filters by jurisdiction subtree.
 */
public final class Subtree {
    /** Subquery of the codes of {@code :scope} and everything below it. */
    public static final String CODES = "(SELECT c.descendantCode FROM JurisdictionClosureEntity c WHERE c.ancestorCode = :scope)";

    private Subtree() {
    }
}
