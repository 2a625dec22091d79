package org.jiceng.duty;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Responsibility pledges 责任书, signed level by level. A stale version is a ConflictException; a
 * missing pledge a NotFoundException; the rules below a RuleViolationException naming them.
 */
@ProviderType
public interface PledgeService {
    /** The signer must lie below the issuer in the jurisdiction tree (not the issuer itself). */
    String RULE_SIGNER_NOT_BELOW_ISSUER = "pledge-signer-not-below-issuer";
    /** One pledge per issuer, signer and year. */
    String RULE_DUPLICATE = "pledge-duplicate";
    /** A signed pledge is not signed again, nor are its items changed. */
    String RULE_ALREADY_SIGNED = "pledge-already-signed";
    /** Only a signed pledge is assessed. */
    String RULE_ASSESSED_BEFORE_SIGNED = "pledge-assessed-before-signed";
    /** The year-end assessment opens on {@link #ASSESSMENT_OPENS} of the pledge's year. */
    String RULE_ASSESSED_BEFORE_YEAR_END = "pledge-assessed-before-year-end";
    /** An assessed pledge is not assessed again. */
    String RULE_ALREADY_ASSESSED = "pledge-already-assessed";
    /** An assessment covers every item of the pledge, once each. */
    String RULE_ASSESSMENT_INCOMPLETE = "pledge-assessment-incomplete";

    /** Month and day from which a year's pledges may be assessed (年终考核: 1 December). */
    java.time.MonthDay ASSESSMENT_OPENS = java.time.MonthDay.of(12, 1);

    /** Sortable fields of {@link #find}. */
    java.util.Set<String> SORTABLE = java.util.Set.of("id", "year", "signerCode", "issuerCode", "status");

    /** Issues a pledge (DRAFT) with at least one item; ids, status, dates of signing and assessment are ignored. */
    Pledge issue(Pledge pledge);

    Pledge get(long id);

    /** Pledges whose signer lies in the jurisdiction's subtree, optionally of one year, status and issuer. */
    Page<Pledge> find(String jurisdictionCode, @Nullable Integer year, @Nullable PledgeStatus status, @Nullable String issuerCode, PageRequest page);

    /** DRAFT → SIGNED by the signer's representative (e.g. the township's secretary) on the day (default today, never in the future). */
    Pledge sign(long id, String signedBy, @Nullable LocalDate signedOn, long version);

    /** SIGNED → ASSESSED, every item met or not with its points. */
    Pledge assess(long id, List<ItemAssessment> items, String assessedBy, @Nullable LocalDate assessedOn, long version);

    /** Per level below the jurisdiction, how many have a pledge of the year, signed and assessed. */
    PledgeCascade cascade(String jurisdictionCode, int year);
}
