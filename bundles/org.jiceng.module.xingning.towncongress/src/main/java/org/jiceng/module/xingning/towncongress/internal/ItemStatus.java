package org.jiceng.module.xingning.towncongress.internal;

/** An agenda item is PENDING until its outcome is recorded (DONE). */
public enum ItemStatus {
    PENDING, DONE
}
