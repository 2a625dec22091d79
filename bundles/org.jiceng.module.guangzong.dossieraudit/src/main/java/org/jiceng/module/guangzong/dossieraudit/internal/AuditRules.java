package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;

/**
 * 广宗's rules for the dossier audit and the clearing, as plain checks over values. The scope is the
 * county plan's: the county's rural members under 60 (全县60岁以下农村党员) — probationary or full
 * members in the ranks, of a rural organization of a village; applicants and activists have no
 * member's dossier yet.
 */
final class AuditRules {
    static final String CAMPAIGN_BY_COUNTY = "campaign-by-county";
    static final String CAMPAIGN_OPEN = "campaign-already-open";
    static final String CAMPAIGN_CLOSED = "campaign-closed";
    static final String CAMPAIGN_PENDING = "campaign-dossiers-unaudited";
    static final String CAMPAIGN_UNFIXED = "campaign-findings-unfixed";
    static final String OUT_OF_SCOPE_NOT_RURAL = "member-not-rural";
    static final String OUT_OF_SCOPE_AGE = "member-over-age-limit";
    static final String NOT_A_MEMBER = "member-not-in-ranks";
    static final String DOSSIER_PASSED = "dossier-already-passed";
    static final String DOSSIER_AUDITED = "dossier-already-audited";
    static final String KIND_CRITERION = "finding-kind-criterion";
    static final String FINDING_FIXED = "finding-already-fixed";
    static final String FIX_BEFORE_FINDING = "fix-before-finding";
    static final String REAUDIT_NOT_DUE = "reaudit-without-findings";
    static final String REAUDIT_UNFIXED = "reaudit-findings-unfixed";
    static final String NOT_A_VILLAGE = "not-a-village";
    static final String VILLAGE_DEVELOPING = "village-developed-recently";
    static final String VILLAGE_LISTED = "village-already-listed";

    /** The county plan's age limit (60岁以下). */
    static final int AGE_LIMIT = 60;
    /** 三年以上不发展党员村: the default threshold, in years. */
    static final int THRESHOLD_YEARS = 3;

    private AuditRules() {
    }

    /**
     * A member is in a campaign's scope when in the ranks (probationary or full, active), in a rural
     * organization of a village, and younger than the age limit on the day the campaign starts.
     */
    static void checkInScope(String name, MemberStage stage, MembershipStatus status, OrganizationField field, JurisdictionLevel level,
            LocalDate birthDate, int ageLimit, LocalDate startsOn) {
        if ((stage != MemberStage.PROBATIONARY && stage != MemberStage.FULL) || (status != null && status != MembershipStatus.ACTIVE)) {
            throw new RuleViolationException(NOT_A_MEMBER, name + " is " + stage + (status == null ? "" : " and " + status)
                    + ": only probationary and full members in the ranks have a member's dossier to audit");
        }
        if (field != OrganizationField.RURAL || level != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(OUT_OF_SCOPE_NOT_RURAL, name + " belongs to a " + field + " organization of a " + level
                    + ": the audit covers rural members of village organizations");
        }
        if (!isUnder(birthDate, ageLimit, startsOn)) {
            throw new RuleViolationException(OUT_OF_SCOPE_AGE, name + " (born " + birthDate + ") is " + ageLimit + " or older on " + startsOn
                    + ": the audit covers members under " + ageLimit);
        }
    }

    /** Quietly, for the scope's computation: the same rule as {@link #checkInScope}. */
    static boolean inScope(MemberStage stage, MembershipStatus status, OrganizationField field, JurisdictionLevel level, LocalDate birthDate,
            int ageLimit, LocalDate startsOn) {
        try {
            checkInScope("", stage, status, field, level, birthDate, ageLimit, startsOn);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    static boolean isUnder(LocalDate birthDate, int ageLimit, LocalDate on) {
        return birthDate.plusYears(ageLimit).isAfter(on);
    }

    static void checkCounty(boolean county) {
        if (!county) {
            throw new RuleViolationException(CAMPAIGN_BY_COUNTY, "A campaign is opened and closed by the county (县委组织部), under the county's code");
        }
    }

    static void checkNoOtherOpen(boolean anotherOpen) {
        if (anotherOpen) {
            throw new RuleViolationException(CAMPAIGN_OPEN, "The county has an open campaign: close it before opening another");
        }
    }

    static void checkOpen(CampaignStatus status) {
        if (status != CampaignStatus.OPEN) {
            throw new RuleViolationException(CAMPAIGN_CLOSED, "The campaign is closed: its dossiers and findings are final");
        }
    }

    /** Closing takes every dossier audited and every finding fixed and re-audited. */
    static void checkClosable(long pending, long withOpenFindings) {
        if (pending > 0) {
            throw new RuleViolationException(CAMPAIGN_PENDING, pending + " dossiers in scope are not audited yet");
        }
        if (withOpenFindings > 0) {
            throw new RuleViolationException(CAMPAIGN_UNFIXED, withOpenFindings + " dossiers have findings not fixed and re-audited");
        }
    }

    /** An audit is made once; a passed dossier takes no finding afterwards, and one under rectification is re-audited instead. */
    static void checkAuditable(DossierStatus status, boolean hasFindings) {
        if (status == DossierStatus.PASSED) {
            throw new RuleViolationException(hasFindings ? DOSSIER_PASSED : DOSSIER_AUDITED,
                    hasFindings
                            ? "The dossier passed the audit: a finding on it would reopen a closed audit"
                            : "The dossier passed the audit already");
        }
        if (status == DossierStatus.FINDINGS) {
            throw new RuleViolationException(DOSSIER_AUDITED, "The dossier was audited with findings: fix them and re-audit it");
        }
    }

    static Criterion criterionOf(FindingKind kind, Criterion claimed) {
        if (claimed != null && claimed != kind.criterion()) {
            throw new RuleViolationException(KIND_CRITERION, kind + " is a finding against " + kind.criterion() + ", not " + claimed);
        }
        return kind.criterion();
    }

    static void checkFixable(LocalDate fixedBefore, LocalDate foundOn, LocalDate fixedOn) {
        if (fixedBefore != null) {
            throw new RuleViolationException(FINDING_FIXED, "The finding was fixed on " + fixedBefore);
        }
        if (fixedOn.isBefore(foundOn)) {
            throw new RuleViolationException(FIX_BEFORE_FINDING, "A fix on " + fixedOn + " precedes the finding on " + foundOn);
        }
    }

    static void checkReauditable(DossierStatus status, long unfixed) {
        if (status != DossierStatus.FINDINGS) {
            throw new RuleViolationException(REAUDIT_NOT_DUE, "Only a dossier audited with findings is re-audited; this one is " + status);
        }
        if (unfixed > 0) {
            throw new RuleViolationException(REAUDIT_UNFIXED, unfixed + " findings of the dossier are not fixed yet");
        }
    }

    static void checkVillage(JurisdictionLevel level, String code) {
        if (level != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(NOT_A_VILLAGE, code + " is a " + level + ": the list holds villages");
        }
    }

    /**
     * A village is listed only while the core finds no admission there for the threshold's years,
     * counted back from the day it is listed.
     *
     * @param detectedNow the core lists the village as without development today
     * @param lastAdmission the last admission the core holds, or null
     */
    static void checkWithoutDevelopment(boolean detectedNow, LocalDate lastAdmission, int years, LocalDate listedOn) {
        if (!detectedNow || (lastAdmission != null && !lastAdmission.isBefore(listedOn.minusYears(years)))) {
            throw new RuleViolationException(VILLAGE_DEVELOPING, "The core records an admission in the village on " + lastAdmission + ", within "
                    + years + " years of " + listedOn);
        }
    }

    static void checkNotListed(boolean listed) {
        if (listed) {
            throw new RuleViolationException(VILLAGE_LISTED, "The village is on the list and not cleared yet");
        }
    }
}
