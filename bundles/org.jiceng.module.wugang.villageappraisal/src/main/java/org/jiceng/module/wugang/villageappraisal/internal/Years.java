package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A county's appraisal years and their course: entries keep a year open (and reopen a computed one),
 * the county approves computed results, which closes the year, and then pays the subsidies.
 */
@Component(service = Years.class)
public class Years {
    static final String RULE_CLOSED = "appraisal-year-closed";
    static final String RULE_NOT_COMPUTED = "results-not-computed";
    static final String RULE_NOT_APPROVED = "results-not-approved";
    static final String RULE_ALREADY_PAID = "subsidies-already-paid";

    private final Store store;

    @Activate
    public Years(@Reference Store store) {
        this.store = store;
    }

    /**
     * The year of a county, ready to take entries: refused once approved (its results are what was
     * approved and paid); a computed year goes back to open, its results stale until computed again.
     */
    static YearEntity openForEntries(EntityManager em, String county, int year) {
        YearEntity y = find(em, county, year);
        if (y == null) {
            y = new YearEntity();
            y.countyCode = county;
            y.year = year;
            em.persist(y);
            return y;
        }
        if (y.state.closed()) {
            throw new RuleViolationException(RULE_CLOSED, "The appraisal of " + year + " was approved on " + y.approvedOn
                    + ": its records and scores are closed");
        }
        y.state = YearState.OPEN;
        return y;
    }

    static YearEntity find(EntityManager em, String county, int year) {
        List<YearEntity> rows = em.createQuery("SELECT y FROM YearEntity y WHERE y.countyCode = :c AND y.year = :y", YearEntity.class)
                .setParameter("c", county).setParameter("y", year).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Where the year stands (an open year with no entries yet is reported as such). */
    YearView view(String code, int year) {
        String county = store.countyOf(code);
        return store.tx().read(em -> {
            YearEntity y = find(em, county, year);
            return y == null ? YearView.notStarted(county, year) : YearView.of(y);
        });
    }

    /** The county approves the computed results: they are final, the year closes. */
    YearView approve(String code, int year, Long version, LocalDate today) {
        long expected = Validator.requiredVersion(version);
        String county = store.requireCounty(code, "Approving the appraisal");
        return store.tx().write(em -> {
            YearEntity y = current(em, county, year, expected);
            if (y.state.closed()) {
                throw new RuleViolationException(RULE_CLOSED, "The appraisal of " + year + " was already approved on " + y.approvedOn);
            }
            if (y.state != YearState.COMPUTED) {
                throw new RuleViolationException(RULE_NOT_COMPUTED, "The results of " + year
                        + " are approved once computed from the latest records and scores; compute them first");
            }
            y.state = YearState.APPROVED;
            y.approvedBy = Store.caller();
            y.approvedOn = today;
            em.flush(); // the version returned is the one committed, for paying next
            return YearView.of(y);
        });
    }

    /** The subsidies and awards fixed by approved results are paid, once. */
    YearView pay(String code, int year, Long version, LocalDate today) {
        long expected = Validator.requiredVersion(version);
        String county = store.requireCounty(code, "Paying the subsidies");
        return store.tx().write(em -> {
            YearEntity y = current(em, county, year, expected);
            if (y.state == YearState.PAID) {
                throw new RuleViolationException(RULE_ALREADY_PAID, "The subsidies of " + year + " were paid on " + y.paidOn);
            }
            if (y.state != YearState.APPROVED) {
                throw new RuleViolationException(RULE_NOT_APPROVED, "Lost-work subsidies and awards of " + year
                        + " are paid on approved results only; the year is " + y.state);
            }
            y.state = YearState.PAID;
            y.paidBy = Store.caller();
            y.paidOn = today;
            em.flush();
            return YearView.of(y);
        });
    }

    private static YearEntity current(EntityManager em, String county, int year, long expected) {
        YearEntity y = find(em, county, year);
        if (y == null) {
            throw new RuleViolationException(RULE_NOT_COMPUTED, "Nothing was entered for " + year + " yet");
        }
        ConflictException.requireVersion("The appraisal year", year, y.version, expected);
        return y;
    }
}
