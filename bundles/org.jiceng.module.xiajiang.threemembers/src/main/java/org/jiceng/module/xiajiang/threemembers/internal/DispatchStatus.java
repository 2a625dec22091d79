package org.jiceng.module.xiajiang.threemembers.internal;

/** A dispatch on post, ended at the end of its period, or recalled early. */
public enum DispatchStatus {
    ACTIVE, ENDED, RECALLED
}
