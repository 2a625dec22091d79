package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A household a delegate keeps in touch with: only what a visit needs (the head's name, the address, a phone). */
@Entity
@Table(name = "wsd_household")
class HouseholdEntity {
    @Id
    @SequenceGenerator(name = "wsd_household_gen", sequenceName = "wsd_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wsd_household_gen")
    @Column(name = "id")
    Long id;
    @Column(name = "delegate_id", nullable = false)
    long delegateId;
    @Column(name = "head_name", nullable = false)
    String headName;
    @Column(name = "address", nullable = false)
    String address;
    @Column(name = "phone")
    String phone;
    @Column(name = "linked_on", nullable = false)
    LocalDate linkedOn;
}
