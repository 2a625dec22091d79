package org.jiceng.module.xingning.towncongress.internal;

/** Who attends a joint meeting: the three leadership teams (leadership meeting); members, residents', collective economy and migrant workers' representatives, with the village affairs supervision committee sitting in (Party–masses meeting). */
public enum AttendeeCategory {
    PARTY_ORGANIZATION_LEADERSHIP, AUTONOMY_ORGANIZATION_LEADERSHIP, COLLECTIVE_ECONOMY_LEADERSHIP, PARTY_MEMBERS, RESIDENT_REPRESENTATIVES, COLLECTIVE_ECONOMY_REPRESENTATIVES, MIGRANT_WORKER_REPRESENTATIVES, SUPERVISION_COMMITTEE
}
