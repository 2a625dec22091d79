package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A member of the county's inspection group (巡察专员). */
@Entity
@Table(name = "gzt_inspector")
public class InspectorEntity {
    @Id
    @SequenceGenerator(name = "gzt_inspector_seq", sequenceName = "gzt_inspector_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gzt_inspector_seq")
    @Column(name = "id")
    Long id;

    /** The county whose group it is. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "post", nullable = false)
    String post;

    /** The registry member, when the inspector is one. */
    @Column(name = "member_id")
    Long memberId;

    @Column(name = "appointed_on", nullable = false)
    LocalDate appointedOn;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
