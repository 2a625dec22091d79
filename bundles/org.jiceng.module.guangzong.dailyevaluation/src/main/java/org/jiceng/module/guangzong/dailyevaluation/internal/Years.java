package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Params;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A county's evaluation years: opened by the county on the engine, open for entries, closed by the county once final. */
@Component(service = Years.class)
public class Years {
    static final String RULE_NOT_OPENED = "year-not-opened";
    static final String RULE_CLOSED = "year-closed";

    private final Store store;
    private final Evaluation evaluation;

    @Activate
    public Years(@Reference Store store, @Reference Evaluation evaluation) {
        this.store = store;
        this.evaluation = evaluation;
    }

    YearView open(String code, YearInput input, LocalDate today) {
        YearInput in = Params.body(input);
        String county = store.requireCounty(code, "Opening an evaluation year");
        new Validator().require("year", in.year).range("year", in.year, 2000, today.getYear()).throwIfInvalid();
        long schemeId = evaluation.schemeId(county);
        return store.tx().write(em -> {
            if (find(em, county, in.year) != null) {
                throw new ConflictException("The evaluation of " + in.year + " is already open in " + county);
            }
            YearEntity y = new YearEntity();
            y.countyCode = county;
            y.year = in.year;
            y.schemeId = schemeId;
            y.openedBy = Store.caller();
            y.openedOn = today;
            em.persist(y);
            em.flush();
            return YearView.of(y);
        });
    }

    static YearEntity find(EntityManager em, String county, int year) {
        List<YearEntity> rows = em.createQuery("SELECT y FROM YearEntity y WHERE y.countyCode = :c AND y.year = :y", YearEntity.class)
                .setParameter("c", county).setParameter("y", year).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The county's year, taking entries: 422 when it was never opened or is closed. */
    static YearEntity requireOpen(EntityManager em, String county, int year) {
        YearEntity y = find(em, county, year);
        if (y == null) {
            throw new RuleViolationException(RULE_NOT_OPENED, "The county " + county + " has not opened the evaluation of " + year);
        }
        if (y.state == YearState.CLOSED) {
            throw new RuleViolationException(RULE_CLOSED, "The evaluation of " + year + " was closed on " + y.closedOn + ": its entries are final");
        }
        return y;
    }

    YearView view(String code, int year) {
        String county = store.countyOf(code);
        return store.tx().read(em -> {
            YearEntity y = find(em, county, year);
            if (y == null) {
                throw new NotFoundException("Evaluation year", year);
            }
            return YearView.of(y);
        });
    }

    /** The county closes the year: recomputed once more, its results are final and it takes no more entries. */
    YearView close(String code, int year, Long version, LocalDate today) {
        long expected = Validator.requiredVersion(version);
        String county = store.requireCounty(code, "Closing the evaluation year");
        store.tx().run(em -> {
            YearEntity y = requireOpen(em, county, year);
            ConflictException.requireVersion("The evaluation year", year, y.version, expected);
        });
        evaluation.recompute(county, year);
        return store.tx().write(em -> {
            YearEntity y = requireOpen(em, county, year);
            ConflictException.requireVersion("The evaluation year", year, y.version, expected);
            y.state = YearState.CLOSED;
            y.closedBy = Store.caller();
            y.closedOn = today;
            em.flush();
            return YearView.of(y);
        });
    }
}
