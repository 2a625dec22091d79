package org.jiceng.module.xingning.termreminders.internal;

/** What the reminded organization answered. */
public enum Reply {
    /** No answer yet. */
    PENDING,
    /** It asked the higher committee to approve holding the election (换届选举请示). */
    ELECTION_REQUESTED,
    /** The election was held; the new term is recorded on the organization. */
    ELECTION_HELD
}
