package org.jiceng.module.xingning.twowayreporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Validator;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundStatus;
import org.jiceng.module.kit.AddressedRecords;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.registry.JurisdictionService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's store: its one table, the county's weighting, and the engine records its paths
 * address by id (rounds and reports), which the core checks against the path's jurisdiction before
 * a resource runs.
 */
@Component(service = {Weightings.class, AddressedRecords.class})
public class Weightings implements AddressedRecords {
    private final ModuleStore store;

    @Activate
    public Weightings(@Reference(target = "(osgi.unit.name=" + Xingning.MODULE_ID + ")") EntityManagerFactory emf, @Reference SchemaMigrator migrator,
            @Reference JurisdictionService jurisdictions, @Reference DutyReportService reports, BundleContext context) {
        this.store = new ModuleStore(context.getBundle(), emf, migrator, jurisdictions);
        store.addresses("rounds", "Reporting round", id -> jurisdictionOf(() -> reports.getRound(id).jurisdictionCode()));
        store.addresses("reports", "Duty report", id -> jurisdictionOf(() -> reports.getReport(id).jurisdictionCode()));
    }

    private static Optional<String> jurisdictionOf(java.util.function.Supplier<String> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void checkAddressed(String collection, long id, String scope) {
        store.checkAddressed(collection, id, scope);
    }

    /** The weighting that applies at {@code code}: its county's, or the defaults where the county kept them. */
    Weighting of(String code) {
        String county = store.countyOf(code);
        return store.tx().read(em -> {
            WeightingEntity e = em.find(WeightingEntity.class, county);
            return e == null ? Weighting.defaultsFor(county) : e.toWeighting();
        });
    }

    /**
     * The weighting a round's results are computed with: the one it was closed with, or while it is
     * open (and for a round closed elsewhere than through this module) its county's current one.
     */
    Weighting forRound(ReportingRound round) {
        if (round.status() == RoundStatus.CLOSED) {
            RoundWeightingEntity fixed = store.tx().read(em -> em.find(RoundWeightingEntity.class, round.id()));
            if (fixed != null) {
                return fixed.toWeighting();
            }
        }
        return of(round.jurisdictionCode());
    }

    /** Whether the round's weighting was fixed at its closing. */
    boolean fixed(long roundId) {
        return store.tx().read(em -> em.find(RoundWeightingEntity.class, roundId)) != null;
    }

    /**
     * Fixes the county's current weighting for a round just closed, once: a later change of the
     * weighting leaves the round's result list — tied to commendations and advancement — as it was.
     */
    void fix(ReportingRound closed) {
        Weighting w = of(closed.jurisdictionCode());
        store.tx().write(em -> {
            if (em.find(RoundWeightingEntity.class, closed.id()) == null) {
                RoundWeightingEntity e = new RoundWeightingEntity();
                e.roundId = closed.id();
                e.countyCode = w.countyCode();
                e.upperWeight = w.upperWeight();
                e.lowerWeight = w.lowerWeight();
                e.recommendScore = w.recommendScore();
                e.talkScore = w.talkScore();
                e.fixedOn = closed.closedOn() == null ? LocalDate.now() : closed.closedOn();
                em.persist(e);
            }
            return null;
        });
    }

    /**
     * Sets the county's weighting (at the county only). The first change from the defaults takes no
     * version; every later one the version read, so two offices cannot overwrite each other.
     */
    Weighting set(String code, Integer upperWeight, Integer lowerWeight, BigDecimal recommendScore, BigDecimal talkScore, Long version) {
        new Validator().require("upperWeight", upperWeight).require("lowerWeight", lowerWeight).require("recommendScore", recommendScore)
                .require("talkScore", talkScore).throwIfInvalid();
        new Validator().range("upperWeight", upperWeight, 0, 100).range("lowerWeight", lowerWeight, 0, 100).throwIfInvalid();
        new Validator().check(upperWeight + lowerWeight == 100, "lowerWeight", "the two weights must add up to 100")
                .check(inScoreRange(recommendScore), "recommendScore", "must be between 0 and 100")
                .check(inScoreRange(talkScore), "talkScore", "must be between 0 and 100").throwIfInvalid();
        new Validator().check(talkScore.compareTo(recommendScore) < 0, "talkScore", "must be below recommendScore").throwIfInvalid();
        String county = store.requireCounty(code, TwoWayRules.WEIGHTING_BY_COUNTY, "The weighting of the two-way reports");
        String by = ModuleStore.caller();
        return store.tx().write(em -> {
            WeightingEntity e = em.find(WeightingEntity.class, county);
            if (e == null) {
                if (version != null) {
                    throw new ConflictException("The weighting of " + county + " was never changed: send no version");
                }
                e = new WeightingEntity();
                e.countyCode = county;
                em.persist(e);
            } else if (version == null || e.version != version) {
                throw new ConflictException("The weighting of " + county + " changed meanwhile (version " + e.version + ")");
            }
            e.upperWeight = upperWeight;
            e.lowerWeight = lowerWeight;
            e.recommendScore = recommendScore.setScale(2, RoundingMode.HALF_UP);
            e.talkScore = talkScore.setScale(2, RoundingMode.HALF_UP);
            e.updatedBy = by == null ? "system" : by;
            e.updatedOn = LocalDate.now();
            em.flush();
            return e.toWeighting();
        });
    }

    private static boolean inScoreRange(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
}
