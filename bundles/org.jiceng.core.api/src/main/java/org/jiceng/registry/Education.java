package org.jiceng.registry;

/** Highest completed education as recorded in the member file. */
public enum Education {
    PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE
}
