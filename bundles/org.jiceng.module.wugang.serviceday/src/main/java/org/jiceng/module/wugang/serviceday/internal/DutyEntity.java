package org.jiceng.module.wugang.serviceday.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A cadre sitting on a service day. */
@Entity
@Table(name = "wsv_duty")
public class DutyEntity {
    @Id
    @SequenceGenerator(name = "wsv_duty_seq", sequenceName = "wsv_duty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsv_duty_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "session_id", nullable = false)
    long sessionId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Enumerated(EnumType.STRING)
    @Column(name = "duty_role", nullable = false)
    DutyRole role;

    DutyView toView() {
        DutyView v = new DutyView();
        v.memberId = memberId;
        v.memberName = memberName;
        v.role = role;
        return v;
    }
}
