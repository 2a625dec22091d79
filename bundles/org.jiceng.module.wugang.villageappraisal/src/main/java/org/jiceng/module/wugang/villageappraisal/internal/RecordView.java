package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;

/** One record of a cadre's performance dossier. */
public class RecordView {
    public long id;
    public long cadreId;
    public int year;
    public LocalDate recordedOn;
    public String category;
    public String categoryName;
    public double points;
    public String description;
    public String recordedBy;
    public long version;

    static RecordView of(RecordEntity r) {
        RecordView v = new RecordView();
        v.id = r.id;
        v.cadreId = r.cadreId;
        v.year = r.year;
        v.recordedOn = r.recordedOn;
        v.category = r.category.name();
        v.categoryName = r.category.label;
        v.points = r.points;
        v.description = r.description;
        v.recordedBy = r.recordedBy;
        v.version = r.version;
        return v;
    }
}
