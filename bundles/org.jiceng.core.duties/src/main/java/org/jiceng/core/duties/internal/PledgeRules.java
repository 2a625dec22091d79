package org.jiceng.core.duties.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Shares;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.duty.ItemAssessment;
import org.jiceng.duty.Pledge;
import org.jiceng.duty.PledgeCascade;
import org.jiceng.duty.PledgeItem;
import org.jiceng.duty.PledgeService;
import org.jiceng.duty.PledgeStatus;
import org.jiceng.registry.JurisdictionLevel;

/** The rules of responsibility pledges, free of persistence so they can be tested alone. */
final class PledgeRules {
    static final int MAX_POINTS = 1000;

    private PledgeRules() {
    }

    /** Checks an issued pledge (400 naming each bad field). */
    static void checkIssue(Pledge p) {
        Validator v = new Validator().range("year", p.year(), 1949, 9999).require("issuerCode", p.issuerCode()).require("signerCode", p.signerCode())
                .require("title", p.title()).maxLength("title", p.title(), 200)
                .check(p.items() != null && !p.items().isEmpty(), "items", "at least one item is required");
        if (p.items() != null) {
            for (int i = 0; i < p.items().size(); i++) {
                PledgeItem item = p.items().get(i);
                String f = "items[" + i + "]";
                v.check(item != null, f, "is required");
                if (item != null) {
                    v.require(f + ".text", item.text()).maxLength(f + ".text", item.text(), 500).maxLength(f + ".measure", item.measure(), 500)
                            .range(f + ".points", item.points(), 1, MAX_POINTS);
                }
            }
        }
        v.throwIfInvalid();
    }

    /**
     * The signer lies directly or anywhere below the issuer.
     *
     * @param signerWithinIssuer whether the tree has the signer at or below the issuer
     */
    static void checkSignerBelow(String issuerCode, String signerCode, boolean signerWithinIssuer) {
        if (!signerWithinIssuer || issuerCode.equals(signerCode)) {
            throw new RuleViolationException(PledgeService.RULE_SIGNER_NOT_BELOW_ISSUER,
                    "The signer " + signerCode + " does not lie below the issuer " + issuerCode);
        }
    }

    static void checkSignable(long id, PledgeStatus status) {
        if (status != PledgeStatus.DRAFT) {
            throw new RuleViolationException(PledgeService.RULE_ALREADY_SIGNED, "Pledge " + id + " is already signed (" + status + ")");
        }
    }

    /** Only a signed pledge, once, from the year-end assessment's opening day. */
    static void checkAssessable(long id, PledgeStatus status, int year, LocalDate on) {
        if (status == PledgeStatus.DRAFT) {
            throw new RuleViolationException(PledgeService.RULE_ASSESSED_BEFORE_SIGNED, "Pledge " + id + " is not signed yet");
        }
        if (status == PledgeStatus.ASSESSED) {
            throw new RuleViolationException(PledgeService.RULE_ALREADY_ASSESSED, "Pledge " + id + " is already assessed");
        }
        LocalDate opens = PledgeService.ASSESSMENT_OPENS.atYear(year);
        if (on.isBefore(opens)) {
            throw new RuleViolationException(PledgeService.RULE_ASSESSED_BEFORE_YEAR_END,
                    "The " + year + " pledges are assessed from " + opens + ", not on " + on);
        }
    }

    /**
     * The points each item gets: every item assessed once, points within 0 … the item's; when not
     * given, all of them if met and none if not.
     *
     * @param itemPoints each item's id and points
     */
    static Map<Long, Integer> award(Map<Long, Integer> itemPoints, List<ItemAssessment> assessments) {
        Map<Long, Integer> awarded = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ItemAssessment a : assessments == null ? List.<ItemAssessment>of() : assessments) {
            Integer max = itemPoints.get(a.itemId());
            if (max == null) {
                throw new ValidationException("items", "pledge has no item " + a.itemId());
            }
            if (awarded.containsKey(a.itemId())) {
                problems.add("item " + a.itemId() + " is assessed twice");
                continue;
            }
            int points = a.points() != null ? a.points() : a.met() ? max : 0;
            if (points < 0 || points > max) {
                throw new ValidationException("items", "item " + a.itemId() + ": points must be between 0 and " + max);
            }
            awarded.put(a.itemId(), points);
        }
        itemPoints.keySet().stream().filter(id -> !awarded.containsKey(id)).forEach(id -> problems.add("item " + id + " is not assessed"));
        if (!problems.isEmpty()) {
            throw new RuleViolationException(PledgeService.RULE_ASSESSMENT_INCOMPLETE, String.join("; ", problems));
        }
        return awarded;
    }

    /** A day of signing or assessing: today when not given, never in the future. */
    static LocalDate stepDate(LocalDate on, LocalDate today) {
        LocalDate d = on == null ? today : on;
        if (d.isAfter(today)) {
            throw new ValidationException("date", "must not be in the future");
        }
        return d;
    }

    /**
     * Per level below the root, how many jurisdictions there are and how many have a pledge, a
     * signed one and an assessed one (a jurisdiction with several pledges — from the county and
     * from its township — counts once, by its furthest status).
     *
     * @param levels each jurisdiction below the root and its level
     * @param statuses each signer's pledges' statuses
     */
    static PledgeCascade cascade(String code, int year, Map<String, JurisdictionLevel> levels, Map<String, List<PledgeStatus>> statuses) {
        Map<JurisdictionLevel, long[]> counts = new LinkedHashMap<>();
        Map<JurisdictionLevel, Long> sizes = new HashMap<>();
        for (JurisdictionLevel level : JurisdictionLevel.values()) {
            counts.put(level, new long[3]);
        }
        levels.forEach((jurisdiction, level) -> {
            sizes.merge(level, 1L, Long::sum);
            List<PledgeStatus> s = statuses.getOrDefault(jurisdiction, List.of());
            long[] c = counts.get(level);
            if (!s.isEmpty()) {
                c[0]++;
            }
            if (s.stream().anyMatch(x -> x != PledgeStatus.DRAFT)) {
                c[1]++;
            }
            if (s.contains(PledgeStatus.ASSESSED)) {
                c[2]++;
            }
        });
        List<PledgeCascade.Level> out = new ArrayList<>();
        counts.forEach((level, c) -> {
            long size = sizes.getOrDefault(level, 0L);
            if (size > 0) {
                out.add(new PledgeCascade.Level(level, size, c[0], c[1], c[2], Shares.of(c[1], size)));
            }
        });
        return new PledgeCascade(code, year, out);
    }
}
