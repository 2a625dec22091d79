package org.jiceng.cadre;

/** Life of an assignment: planned, on post, ended normally, or recalled early. */
public enum AssignmentStatus {
    PLANNED, ACTIVE, ENDED, RECALLED
}
