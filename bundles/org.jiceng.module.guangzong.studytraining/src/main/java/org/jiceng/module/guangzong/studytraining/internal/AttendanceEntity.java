package org.jiceng.module.guangzong.studytraining.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A member enrolled in a batch; attended is null until the batch's attendance is recorded. */
@Entity
@Table(name = "gst_attendance")
public class AttendanceEntity {
    @Id
    @SequenceGenerator(name = "gst_attendance_seq", sequenceName = "gst_attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gst_attendance_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "batch_id", nullable = false)
    long batchId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "attended")
    Boolean attended;
}
