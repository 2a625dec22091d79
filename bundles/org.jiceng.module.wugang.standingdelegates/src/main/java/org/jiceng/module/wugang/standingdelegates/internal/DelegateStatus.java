package org.jiceng.module.wugang.standingdelegates.internal;

/** SERVING for the term, or ENDED early (资格终止: moved away, resigned, disciplined). */
public enum DelegateStatus {
    SERVING, ENDED
}
