package org.jiceng.module.wugang.villageappraisal.internal;

/** The version of the year an approval or payment was decided on (409 when someone changed it meanwhile). */
public class VersionBody {
    public Long version;
}
