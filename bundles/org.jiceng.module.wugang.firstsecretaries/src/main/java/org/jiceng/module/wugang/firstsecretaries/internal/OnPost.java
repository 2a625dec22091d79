package org.jiceng.module.wugang.firstsecretaries.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.common.Shares;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The figures the county reports (去年以来共下派"第一书记"224人，到岗到位率100%): secretaries sent
 * since 1 January of last year, and of those serving today the share that is on post — has logged
 * working days in the village.
 */
@Component(service = OnPost.class)
public class OnPost {
    private final Secretaries secretaries;
    private final Presence presence;
    private final Eliminations eliminations;

    @Activate
    public OnPost(@Reference Secretaries secretaries, @Reference Presence presence, @Reference Eliminations eliminations) {
        this.secretaries = secretaries;
        this.presence = presence;
        this.eliminations = eliminations;
    }

    Figures figures(String code, LocalDate today) {
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.sentSince = LocalDate.of(today.getYear() - 1, 1, 1);
        List<Assignment> sent = secretaries.all(code).stream()
                .filter(a -> a.status() != AssignmentStatus.PLANNED && !a.startDate().isBefore(f.sentSince)).toList();
        List<Long> serving = sent.stream().filter(a -> a.status() == AssignmentStatus.ACTIVE && !a.startDate().isAfter(today)
                && (a.endDate() == null || !a.endDate().isBefore(today))).map(Assignment::id).toList();
        f.sent = sent.size();
        f.serving = serving.size();
        f.onPost = presence.arrived(serving).size();
        BigDecimal share = f.serving == 0 ? BigDecimal.ZERO : Shares.of(f.onPost, f.serving);
        f.onPostShare = share.doubleValue();
        f.onPostPercent = Shares.percent(share);
        f.eliminationsProposed = eliminations.count(code, EliminationState.PROPOSED);
        f.eliminationsReplaced = eliminations.count(code, EliminationState.REPLACED);
        return f;
    }
}
