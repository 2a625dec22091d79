package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;

/** A young cadre in (or once in) the pool, with what the cultivation and assessments came to. */
public class PoolView {
    public long id;
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public LocalDate birthDate;
    public int ageAtSelection;
    public long designationId;
    public LocalDate selectedOn;
    public String selectedBy;
    public String selectionNote;
    public PoolStatus status;
    public LocalDate endedOn;
    public String endReason;
    public Long positionId;
    public String positionUnit;
    public String positionTitle;
    public long trainings;
    public long practicePosts;
    /** The latest assessment's grade (优秀 …), null before the first. */
    public String latestGrade;
    public String latestPeriod;
    public long version;

    static PoolView of(PoolEntity p) {
        PoolView v = new PoolView();
        v.id = p.id;
        v.memberId = p.memberId;
        v.memberName = p.memberName;
        v.jurisdictionCode = p.jurisdictionCode;
        v.birthDate = p.birthDate;
        v.ageAtSelection = p.ageAtSelection;
        v.designationId = p.designationId;
        v.selectedOn = p.selectedOn;
        v.selectedBy = p.selectedBy;
        v.selectionNote = p.selectionNote;
        v.status = p.status;
        v.endedOn = p.endedOn;
        v.endReason = p.endReason;
        v.positionId = p.positionId;
        v.positionUnit = p.positionUnit;
        v.positionTitle = p.positionTitle;
        v.version = p.version;
        return v;
    }
}
