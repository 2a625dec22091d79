package org.jiceng.core.audit.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A row of the unit-test persistence unit. */
@Entity
@Table(name = "t_item")
public class ItemEntity {
    @Id
    @Column(name = "id")
    Long id;
    @Column(name = "name")
    String name;
    @Column(name = "phone")
    String phone;
    @Column(name = "jurisdiction_code")
    String jurisdictionCode;
    @Version
    @Column(name = "version")
    long version;

    public ItemEntity() {
    }

    ItemEntity(long id, String name, String phone, String jurisdictionCode) {
        this.id = id;
        this.name = name;
        this.phone = phone;
        this.jurisdictionCode = jurisdictionCode;
    }
}
