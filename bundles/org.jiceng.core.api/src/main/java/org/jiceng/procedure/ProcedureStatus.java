package org.jiceng.procedure;

/** running → completed (every step done) or closed early (with a reason). Completed and closed instances are read-only. */
public enum ProcedureStatus {
    RUNNING, COMPLETED, CLOSED_EARLY
}
