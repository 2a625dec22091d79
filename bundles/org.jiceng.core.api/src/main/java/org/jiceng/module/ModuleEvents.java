package org.jiceng.module;

/**
 * A module enabled or disabled for a jurisdiction, published through the event outbox
 * ({@code org.jiceng.events}) in the transaction that changed the enablement.
 */
public final class ModuleEvents {
    public static final String TOPIC_PREFIX = "org/jiceng/module/";
    /** Every module topic. */
    public static final String ALL = TOPIC_PREFIX + "*";
    /** A module was enabled for a jurisdiction (and the subtree below it): {@link #MODULE_ID}, {@link #JURISDICTION_CODE}. */
    public static final String ENABLED = TOPIC_PREFIX + "ENABLED";
    /** A module was disabled for a jurisdiction: {@link #MODULE_ID}, {@link #JURISDICTION_CODE}. */
    public static final String DISABLED = TOPIC_PREFIX + "DISABLED";

    /** String: the module's id. */
    public static final String MODULE_ID = "moduleId";
    /** String: the division code it was enabled or disabled for. */
    public static final String JURISDICTION_CODE = "jurisdictionCode";

    private ModuleEvents() {
    }
}
