package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A city leader registered for the linkage: a core member and the core post that makes them a city leader. */
@Entity
@Table(name = "xll_leader")
public class LeaderEntity {
    @Id
    @SequenceGenerator(name = "xll_leader_seq", sequenceName = "xll_leader_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xll_leader_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false)
    String memberName;

    @Column(name = "position_id", nullable = false)
    long positionId;

    @Column(name = "post_title", nullable = false)
    String postTitle;

    @Column(name = "post_unit", nullable = false)
    String postUnit;

    @Column(name = "registered_on", nullable = false)
    LocalDate registeredOn;

    @Column(name = "registered_by", nullable = false)
    String registeredBy;

    @Column(name = "left_on")
    LocalDate leftOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    LeaderView toView() {
        LeaderView v = new LeaderView();
        v.id = id;
        v.countyCode = countyCode;
        v.memberId = memberId;
        v.name = memberName;
        v.positionId = positionId;
        v.post = postTitle;
        v.unit = postUnit;
        v.registeredOn = registeredOn;
        v.registeredBy = registeredBy;
        v.leftOn = leftOn;
        v.version = version;
        return v;
    }
}
