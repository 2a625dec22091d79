package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;

/** A record for a cadre's dossier. */
public class RecordInput {
    public LocalDate recordedOn;
    /** DUTY, SERVICE or DISCIPLINE. */
    public String category;
    /** Points earned (DUTY, SERVICE: above 0, at most 10) or deducted (DISCIPLINE: below 0, at least −10). */
    public Double points;
    public String description;
}
