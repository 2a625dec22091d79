package org.jiceng.development;

import java.util.List;
import java.util.Map;

import org.jiceng.registry.MemberStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The development pipeline with its rules enforced: no stage skipped, at least a year as activist
 * before candidate, a year of probation (extendable once by up to a year) ending in conversion or
 * cancellation, applicants 18 or older. A refused step is a
 * {@link org.jiceng.common.RuleViolationException} naming the rule.
 */
@ProviderType
public interface DevelopmentService {

    /** Rule ids, as reported in {@code RuleViolationException.rule()}. */
    String RULE_NO_SKIP = "stage-order";
    String RULE_ACTIVIST_YEAR = "activist-one-year";
    String RULE_PROBATION_YEAR = "probation-one-year";
    String RULE_EXTEND_ONCE = "probation-extended-once";
    String RULE_APPLICANT_AGE = "applicant-age-18";
    String RULE_EVIDENCE = "evidence-required";
    String RULE_DATE_ORDER = "date-order";
    String RULE_STATUS = "membership-status";

    /** Records one step for a member; moves the stage when the step is a transition. */
    DevelopmentEvent record(long memberId, DevelopmentEvent event);

    /** Every event of the member, oldest first. */
    List<DevelopmentEvent> history(long memberId);

    /** Members per stage in a jurisdiction's subtree (active members only). */
    Map<MemberStage, Long> pipelineCounts(String jurisdictionCode);

    /** Members admitted as probationary per year in a jurisdiction's subtree. */
    Map<Integer, Long> developedPerYear(String jurisdictionCode);

    /** Active members per stage in one organization. */
    Map<MemberStage, Long> pipelineCountsOfOrganization(long organizationId);

    /** Members of one organization admitted as probationary per year. */
    Map<Integer, Long> developedPerYearOfOrganization(long organizationId);

    /**
     * Villages and communities of the subtree where nobody was admitted as probationary in the
     * last {@code years} years (广宗's 三年以上不发展党员村), with the date of the last admission.
     */
    List<VillageWithoutDevelopment> villagesWithoutDevelopment(String jurisdictionCode, int years);
}
