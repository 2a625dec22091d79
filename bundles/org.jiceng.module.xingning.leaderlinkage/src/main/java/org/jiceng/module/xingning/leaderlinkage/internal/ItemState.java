package org.jiceng.module.xingning.leaderlinkage.internal;

/** Where an item of a responsibility list stands: done by its day, done after it, past its day undone, or still open. */
public enum ItemState {
    DONE, DONE_LATE, OVERDUE, OPEN;

    boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
