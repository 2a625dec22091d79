package org.jiceng.module.wugang.serviceday.internal;

/** How an application ended. */
public enum Outcome {
    /** 办结: done for the resident. */
    DONE,
    /** 不予办理: refused, with the reason told to the resident. */
    REFUSED,
    /** 转办: handed to the competent department (beyond the township hall), where the resident is told to follow it. */
    FORWARDED
}
