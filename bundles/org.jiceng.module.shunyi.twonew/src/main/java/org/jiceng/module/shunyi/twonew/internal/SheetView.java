package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A ledger sheet as read: in full one by one, the contact masked in lists and exports. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "sheet")
public class SheetView {
    public Long id;
    public UnitKind kind;
    public String kindZh;
    public String name;
    public String creditCode;
    public String jurisdictionCode;
    public String townshipCode;
    public String category;
    public int employees;
    public int partyMembers;
    public Coverage coverage;
    public String coverageZh;
    public Long organizationId;
    public String organizationName;
    public String instructor;
    public String contactName;
    public String contactPhone;
    public LocalDate closedOn;
    public String closedReason;
    public LocalDate updatedOn;
    public String updatedBy;
    public long version;
}
