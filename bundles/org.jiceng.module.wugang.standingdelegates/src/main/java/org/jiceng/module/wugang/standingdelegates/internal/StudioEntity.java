package org.jiceng.module.wugang.standingdelegates.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A delegates' studio (党代表工作室) hosted by the county or a township. */
@Entity
@Table(name = "wsd_studio")
class StudioEntity {
    @Id
    @SequenceGenerator(name = "wsd_studio_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_studio_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "address")
    String address;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    @Column(name = "version", nullable = false)
    long version;
}
