package org.jiceng.module.shunyi.accountability.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A class of failing Party-building duty in a county's catalogue (大类). */
@Entity
@Table(name = "sac_class")
public class CatalogueClassEntity {
    @Id
    @SequenceGenerator(name = "sac_class_seq", sequenceName = "sac_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sac_class_seq")
    @Column(name = "id")
    Long id;

    @Column(name = "county_code", nullable = false)
    String countyCode;

    /** Its number in the rules ("01" … "10"). */
    @Column(name = "code", nullable = false)
    String code;

    @Column(name = "name", nullable = false)
    String name;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
