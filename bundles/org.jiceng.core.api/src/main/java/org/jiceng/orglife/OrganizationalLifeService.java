package org.jiceng.orglife;

import java.util.List;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Organizational life with its rules enforced: a plan is filed before the activity (never for a
 * past date), recorded once when held with every absence explained, archived after and then
 * read-only. A step from the wrong status, a stale version or a second dues payment for a month is
 * a {@link org.jiceng.common.ConflictException} (409); a refused plan or record is a
 * {@link org.jiceng.common.RuleViolationException} naming the rule (422).
 */
@ProviderType
public interface OrganizationalLifeService {

    /** Rule ids, as reported in {@code RuleViolationException.rule()}. */
    String RULE_PLAN_BEFORE = "plan-before";
    String RULE_HELD_AFTER_FILING = "held-after-filing";
    String RULE_DUES_MEMBERS_ONLY = "dues-members-only";

    Set<String> SORTABLE = Set.of("id", "plannedDate", "heldDate", "type", "status", "organizationId");

    /** Files a plan (计划报备); the planned date must be today or later. */
    Activity plan(Activity plan);

    /** @throws org.jiceng.common.NotFoundException when there is no such id */
    Activity get(long id);

    /** Activities of an organization or of a jurisdiction's subtree; newest planned date first unless sorted. */
    Page<Activity> find(ActivityQuery query, PageRequest page);

    /** Records a planned activity as held (纪实): held date, minutes, the roll of the organization's members. */
    Activity recordHeld(long id, ActivityRecord record);

    /** HELD → ARCHIVED. {@code expectedVersion} null skips the version check. */
    Activity archive(long id, @Nullable Long expectedVersion);

    /** PLANNED → CANCELLED. {@code expectedVersion} null skips the version check. */
    Activity cancel(long id, @Nullable Long expectedVersion);

    /** Records one month of a member's dues; the month must not be in the future. */
    DuesPayment recordDues(DuesPayment payment);

    /** Dues paid for months of {@code year}, by a member, or at an organization (where it was paid), by month. */
    List<DuesPayment> dues(@Nullable Long memberId, @Nullable Long organizationId, int year);

    /** @throws org.jiceng.common.NotFoundException when there is no such member */
    MemberHandbook handbook(long memberId, int year);

    /** @throws org.jiceng.common.NotFoundException when there is no such organization */
    BranchStatistics statistics(long organizationId, int year);
}
