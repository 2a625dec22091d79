package org.jiceng.module.shunyi.twonew.internal;

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

/** A ledger sheet (一企一表 / 一社一表): one non-public enterprise or social organization and how the Party covers it. */
@Entity
@Table(name = "stn_sheet")
public class SheetEntity {
    @Id
    @SequenceGenerator(name = "stn_sheet_seq", sequenceName = "stn_sheet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stn_sheet_seq")
    @Column(name = "id")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    UnitKind kind;

    @Column(name = "name", nullable = false)
    String name;

    /** 统一社会信用代码 (GB 32100), unique in the ledger. */
    @Column(name = "credit_code", nullable = false)
    String creditCode;

    /** Where the unit is registered: a township (镇、街道) or a village or community below it. */
    @Column(name = "jurisdiction_code", nullable = false)
    String jurisdictionCode;

    @Column(name = "township_code", nullable = false)
    String townshipCode;

    /** Trade of an enterprise (行业) or type of a social organization (社会团体、民办非企业单位 …). */
    @Column(name = "category")
    String category;

    @Column(name = "employees", nullable = false)
    int employees;

    /** Party members working there (党员人数). */
    @Column(name = "party_members", nullable = false)
    int partyMembers;

    @Enumerated(EnumType.STRING)
    @Column(name = "coverage", nullable = false)
    Coverage coverage;

    /** The core's Party organization covering it (its own or a joint one); null when not covered. */
    @Column(name = "organization_id")
    Long organizationId;

    @Column(name = "organization_name")
    String organizationName;

    /** The Party-building instructor (党建指导员) sent to it, if any. */
    @Column(name = "instructor")
    String instructor;

    @Column(name = "contact_name")
    String contactName;

    @Column(name = "contact_phone")
    String contactPhone;

    /** Deregistered or dissolved (注销): kept in the ledger, out of the figures. */
    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_reason")
    String closedReason;

    /** The ledger's last update of this sheet (台账更新). */
    @Column(name = "updated_on", nullable = false)
    LocalDate updatedOn;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    SheetView toView(boolean masked) {
        SheetView v = new SheetView();
        v.id = id;
        v.kind = kind;
        v.kindZh = kind.zh();
        v.name = name;
        v.creditCode = creditCode;
        v.jurisdictionCode = jurisdictionCode;
        v.townshipCode = townshipCode;
        v.category = category;
        v.employees = employees;
        v.partyMembers = partyMembers;
        v.coverage = coverage;
        v.coverageZh = coverage.zh();
        v.organizationId = organizationId;
        v.organizationName = organizationName;
        v.instructor = instructor;
        v.contactName = masked ? SheetRules.maskName(contactName) : contactName;
        v.contactPhone = masked ? org.jiceng.registry.PersonalDataMask.phone(contactPhone) : contactPhone;
        v.closedOn = closedOn;
        v.closedReason = closedReason;
        v.updatedOn = updatedOn;
        v.updatedBy = updatedBy;
        v.version = version;
        return v;
    }
}
