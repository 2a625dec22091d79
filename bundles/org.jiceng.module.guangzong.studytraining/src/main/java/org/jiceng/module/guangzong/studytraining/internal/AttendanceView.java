package org.jiceng.module.guangzong.studytraining.internal;

/** A member enrolled in a batch; attended is null until the attendance is recorded. */
public class AttendanceView {
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public Boolean attended;

    static AttendanceView of(AttendanceEntity a) {
        AttendanceView v = new AttendanceView();
        v.memberId = a.memberId;
        v.memberName = a.memberName;
        v.jurisdictionCode = a.jurisdictionCode;
        v.attended = a.attended;
        return v;
    }
}
