package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A leader's link of one kind for a year, with how many items its list has and how many checks it had. */
@Entity
@Table(name = "xll_link")
public class LinkEntity {
    @Id
    @SequenceGenerator(name = "xll_link_seq", sequenceName = "xll_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xll_link_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "leader_id", nullable = false)
    long leaderId;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    @Column(name = "link_year", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    LinkKind kind;

    /** The town or village linked. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "jurisdiction_name", nullable = false)
    String jurisdictionName;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    /** The village again for a village link, null for a town: the unique key that keeps a village one leader's a year. */
    @Column(name = "village_code")
    String villageCode;

    @Column(name = "linked_on", nullable = false)
    LocalDate linkedOn;

    @Column(name = "linked_by", nullable = false)
    String linkedBy;

    /** Counted so that adding an item or a check changes the link's version: a stale list is a 409. */
    @Column(name = "item_count", nullable = false)
    int itemCount;

    @Column(name = "check_count", nullable = false)
    int checkCount;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
