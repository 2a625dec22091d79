package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A matter carried along the chain and up and down four times: the two procedure instances that carry it. */
@Entity
@Table(name = "smt_matter")
public class MatterEntity {
    @Id
    @SequenceGenerator(name = "smt_matter_seq", sequenceName = "smt_matter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smt_matter_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    /** Where the matter lies: the county, or the township or village whose problem it is. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "opened_on", nullable = false)
    LocalDate openedOn;

    @Column(name = "opened_by", nullable = false)
    String openedBy;

    @Column(name = "chain_instance_id", nullable = false)
    long chainInstanceId;

    @Column(name = "rounds_instance_id", nullable = false)
    long roundsInstanceId;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
