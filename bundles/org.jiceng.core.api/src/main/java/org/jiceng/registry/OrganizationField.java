package org.jiceng.registry;

/** Field (领域) of a Party organization; non-public enterprises and social organizations together are the "two new" (两新) organizations. */
public enum OrganizationField {
    RURAL, COMMUNITY, ORGAN, PUBLIC_INSTITUTION, NON_PUBLIC_ENTERPRISE, SOCIAL_ORGANIZATION
}
