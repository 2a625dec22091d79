package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.PostLevel;

/** A move as REST (JSON) and SOAP show it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "move")
public class MoveView {
    public Long id;
    public long planId;
    public int planYear;
    public String jurisdictionCode;
    public String townCode;
    public long memberId;
    public String memberName;
    public long fromPositionId;
    public String fromUnit;
    public String fromTitle;
    public PostLevel fromLevel;
    public LocalDate tenureSince;
    public int tenureYears;
    /** Due by the rule when proposed; otherwise moved for the exception reason. */
    public boolean due;
    public String exceptionReason;
    public String toUnit;
    public String toJurisdictionCode;
    public String toTitle;
    public CadreRank toRank;
    public PostLevel toLevel;
    public MoveStatus status;
    public LocalDate proposedOn;
    public String approvedBy;
    public LocalDate approvedOn;
    public LocalDate executedOn;
    public Long newPositionId;
    public String deferredReason;
    public LocalDate deferredOn;
    public long version;
}
