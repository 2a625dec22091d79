package org.jiceng.module.xingning.towncongress.internal;

/** A delegate serves for the term (ACTIVE) until replaced by a by-election (REPLACED) or leaving the post for another reason (LEFT). */
public enum DelegateStatus {
    ACTIVE, REPLACED, LEFT
}
