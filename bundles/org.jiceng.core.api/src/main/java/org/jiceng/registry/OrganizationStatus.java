package org.jiceng.registry;

/** Standing of a Party organization: normal, backward (后进) or weak and lax (软弱涣散). */
public enum OrganizationStatus {
    NORMAL, BACKWARD, WEAK_LAX
}
