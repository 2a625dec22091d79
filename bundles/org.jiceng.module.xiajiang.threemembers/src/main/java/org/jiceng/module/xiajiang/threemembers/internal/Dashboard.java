package org.jiceng.module.xiajiang.threemembers.internal;

import java.math.BigDecimal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The figures the county reports for a year (REST, SOAP and the shell). Shares have 4 decimals. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "dashboard")
public class Dashboard {
    public String jurisdictionCode;
    public int year;
    /** Targets: weak organ branches (commissioners), two-new organizations (instructors), sector domains (supervisors). */
    public long organBranches;
    public long twoNewOrganizations;
    public long domains;
    public long commissioners;
    public long instructors;
    public long supervisors;
    public long dispatched;
    /** Dispatched 改非 cadres and their share of all dispatched. */
    public long nonLeading;
    public BigDecimal nonLeadingShare;
    public long appointmentLetters;
    /** Branches (organ and two-new targets) rated after the year, those with more stars than before, and their share of all branches. */
    public long branches;
    public long branchesRated;
    public long branchesUpgraded;
    public BigDecimal upgradedShare;
    public long sixGoods;
    /** Problems fed back to units, and those rectified (rectified or verified) in the core engine. */
    public long problemsFound;
    public long problemsRectified;
    public long supervisionsHeld;
    public long supervisionsOverdue;
    public long reportMeetings;
    public long assessed;
    public long commended;
    public long criticized;
}
