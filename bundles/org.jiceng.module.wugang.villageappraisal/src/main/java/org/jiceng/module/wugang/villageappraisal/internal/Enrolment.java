package org.jiceng.module.wugang.villageappraisal.internal;

/** Puts the holder of a village post (the core's position) on a year's appraisal. */
public class Enrolment {
    public Integer year;
    public Long positionId;
}
