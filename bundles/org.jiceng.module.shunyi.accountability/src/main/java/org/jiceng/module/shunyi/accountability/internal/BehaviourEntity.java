package org.jiceng.module.shunyi.accountability.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A behaviour of a class (项): what a case is classified against. */
@Entity
@Table(name = "sac_behaviour")
public class BehaviourEntity {
    @Id
    @SequenceGenerator(name = "sac_behaviour_seq", sequenceName = "sac_behaviour_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sac_behaviour_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "class_id", nullable = false)
    long classId;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    /** Its number in the rules: the class's and its own ("03-02"). */
    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "description", nullable = false)
    String description;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
