package org.jiceng.module.shunyi.twonew.internal;

import java.math.BigDecimal;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Shares;
import org.jiceng.common.ValidationException;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;

/** 顺义's rules for the ledger, apart from storage so they are tested alone. */
final class SheetRules {
    static final String RULE_OWN_NEEDS_THREE = "own-organization-needs-three-members";
    static final String RULE_FIELD = "organization-field-mismatch";
    static final String RULE_TYPE = "coverage-organization-type";
    static final String RULE_OWN_TAKEN = "own-organization-taken";
    static final String RULE_CREDIT_CODE_TAKEN = "credit-code-registered";
    static final String RULE_CLOSED = "sheet-closed";
    /** 党章: a basic-level organization is set up where there are three full members or more. */
    static final int MEMBERS_FOR_OWN = 3;

    /** The characters of a unified social credit code (GB 32100-2015: digits and capitals without I, O, S, V, Z). */
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private SheetRules() {
    }

    /** A unified social credit code as stored (upper case), or a 400 naming the field. */
    static String creditCode(String code) {
        String c = code.trim().toUpperCase();
        if (c.length() != 18 || c.chars().anyMatch(ch -> CODE_CHARS.indexOf(ch) < 0)) {
            throw new ValidationException("creditCode", "must be 18 characters of 0-9 and A-Y without I, O, S, V, Z (统一社会信用代码)");
        }
        if (c.charAt(17) != checkCharacter(c.substring(0, 17))) {
            throw new ValidationException("creditCode", "check character is wrong: expected " + checkCharacter(c.substring(0, 17)));
        }
        return c;
    }

    /** The 18th character of a unified social credit code for its first 17 (GB 32100-2015, modulo 31). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARS.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CODE_CHARS.charAt(check == 31 ? 0 : check);
    }

    /**
     * The coverage declared fits the unit and the organization named: none names no organization; an
     * organization of its own needs three members there and is not a joint branch; a joint one is a
     * joint branch (联合党支部); either is of the unit's field (an enterprise's organization covers no
     * social organization).
     */
    static void requireFits(UnitKind kind, Coverage coverage, int partyMembers, PartyOrganization organization) {
        if (coverage == Coverage.NONE) {
            if (organization != null) {
                throw new ValidationException("organizationId", "must be empty when the unit is not covered (coverage NONE)");
            }
            return;
        }
        if (organization == null) {
            throw new ValidationException("organizationId", "is required when the unit is covered (coverage " + coverage + ")");
        }
        if (coverage == Coverage.OWN && partyMembers < MEMBERS_FOR_OWN) {
            throw new RuleViolationException(RULE_OWN_NEEDS_THREE, "An organization of its own needs " + MEMBERS_FOR_OWN
                    + " full members in the unit (党章); it has " + partyMembers + ": cover it jointly");
        }
        if (organization.field() != kind.field()) {
            throw new RuleViolationException(RULE_FIELD, "Organization " + organization.id() + " (" + organization.name() + ") is of the field "
                    + organization.field() + ", not " + kind.field() + " of a " + kind.zh());
        }
        boolean joint = organization.type() == OrganizationType.JOINT_BRANCH;
        if (joint != (coverage == Coverage.JOINT)) {
            throw new RuleViolationException(RULE_TYPE, coverage == Coverage.JOINT
                    ? "Organization " + organization.id() + " is a " + organization.type() + ", not a joint branch (联合党支部)"
                    : "Organization " + organization.id() + " is a joint branch: a unit it covers is covered jointly (JOINT)");
        }
    }

    /** An organization of one unit's own covers that unit only; one that covers others is nobody's own. */
    static void requireOwnAlone(Coverage coverage, long organizationId, long otherUnitsCovered, boolean ownOfAnother) {
        if (ownOfAnother || coverage == Coverage.OWN && otherUnitsCovered > 0) {
            throw new RuleViolationException(RULE_OWN_TAKEN, "Organization " + organizationId + " is "
                    + (ownOfAnother ? "another unit's own organization" : "covering " + otherUnitsCovered + " other unit(s)")
                    + ": an organization of its own covers one unit");
        }
    }

    /** A closed sheet is history: it changes no more. */
    static void requireOpen(long id, Object closedOn) {
        if (closedOn != null) {
            throw new RuleViolationException(RULE_CLOSED, "Ledger sheet " + id + " was closed on " + closedOn + " and changes no more");
        }
    }

    /**
     * A coverage rate as the district reports it (覆盖率): percent with one decimal, rounded down, so a
     * rate is never claimed before it is reached (2533 of 2891 is 87.6 %, 247 of 358 is 68.9 %).
     */
    static BigDecimal percentDown(long part, long whole) {
        return Shares.percentDown(part, whole);
    }

    /** 张*丰 for 张三丰, 张* for 张三; null stays null. */
    static String maskName(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        return name.length() == 2 ? name.charAt(0) + "*" : name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
