package org.jiceng.core.registry.internal.orglife;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.jiceng.orglife.Attendance;

/** One member on the roll of a held activity; written once with the record, never changed. */
@Entity
@Table(name = "orglife_attendance")
public class AttendanceEntity {
    @Id
    @SequenceGenerator(name = "orglife_attendance_seq", sequenceName = "orglife_attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orglife_attendance_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "absence_reason")
    private String absenceReason;

    public static AttendanceEntity of(long activityId, Attendance a) {
        AttendanceEntity e = new AttendanceEntity();
        e.activityId = activityId;
        e.memberId = a.memberId();
        e.present = a.present();
        // A reason given for someone present is noise, not record.
        e.absenceReason = a.present() || a.absenceReason() == null ? null : a.absenceReason().trim();
        return e;
    }

    public long getActivityId() {
        return activityId;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isPresent() {
        return present;
    }

    public Attendance toDto() {
        return new Attendance(memberId, present, absenceReason);
    }
}
