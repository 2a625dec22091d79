package org.jiceng.module.guangzong.dailyevaluation.internal;

/** The version of the record read, for an optimistic change. */
public class VersionBody {
    public Long version;
}
