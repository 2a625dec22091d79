package org.jiceng.module.shunyi.twonew.internal;

import java.util.HashSet;
import java.util.Set;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** Party coverage of one kind of unit in a scope (a township or the whole subtree), from its open ledger sheets. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageRow")
public class CoverageRow {
    /** The township, or the scope itself for the total. */
    public String jurisdictionCode;
    public String name;
    public UnitKind kind;
    /** Units in the ledger (open sheets). */
    public long units;
    /** Units with no Party member (无党员). */
    public long withoutMembers;
    /** Units with fewer than three members, those without any included (党员不足3人): they cannot have an organization of their own. */
    public long fewerThanThreeMembers;
    public long partyMembers;
    /** Units covered by an organization of their own (单独组建). */
    public long coveredByOwn;
    /** Units covered by a joint branch (联合组建). */
    public long coveredJointly;
    public long covered;
    /** Party organizations covering them (建立党组织): each own or joint organization once. */
    public long organizations;
    /** covered / units, percent with one decimal rounded down (党组织覆盖率). */
    public String coveragePercent;
    /** Units with a Party-building instructor (党建指导员). */
    public long withInstructor;

    /** The organizations seen while tallying; transient, so neither JSON nor SOAP carries it. */
    private final transient Set<Long> organizationIds = new HashSet<>();

    CoverageRow() {
    }

    CoverageRow(String jurisdictionCode, String name, UnitKind kind) {
        this.jurisdictionCode = jurisdictionCode;
        this.name = name;
        this.kind = kind;
    }

    void add(SheetView s) {
        units++;
        partyMembers += s.partyMembers;
        withoutMembers += s.partyMembers == 0 ? 1 : 0;
        fewerThanThreeMembers += s.partyMembers < SheetRules.MEMBERS_FOR_OWN ? 1 : 0;
        coveredByOwn += s.coverage == Coverage.OWN ? 1 : 0;
        coveredJointly += s.coverage == Coverage.JOINT ? 1 : 0;
        withInstructor += s.instructor != null ? 1 : 0;
        if (s.organizationId != null) {
            organizationIds.add(s.organizationId);
        }
    }

    CoverageRow done() {
        covered = coveredByOwn + coveredJointly;
        organizations = organizationIds.size();
        coveragePercent = SheetRules.percentDown(covered, units).toPlainString();
        return this;
    }
}
