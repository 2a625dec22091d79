package org.jiceng.module.xingning.towncongress.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Validator;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Sessions held, delegates attending, proposals filed/handled/satisfied and evaluation results per town and year, rolled up. */
@Component(service = CongressStatistics.class)
public class CongressStatistics {
    private final CongressStore store;
    private final Delegates places;

    @Activate
    public CongressStatistics(@Reference CongressStore store, @Reference Delegates places) {
        this.store = store;
        this.places = places;
    }

    public StatisticsView statistics(String code, Integer year) {
        new Validator().require("year", year).range("year", year, 1949, 2200).throwIfInvalid();
        store.jurisdictions().get(code);
        List<Jurisdiction> towns = places.jurisdictionsOf(code, JurisdictionLevel.TOWNSHIP);
        Map<String, StatisticsView.Counts> byTown = new HashMap<>();
        StatisticsView view = new StatisticsView();
        view.jurisdictionCode = code;
        view.year = year;
        view.towns = towns.size();
        for (Jurisdiction t : towns) {
            StatisticsView.Counts c = new StatisticsView.Counts();
            c.townCode = t.code();
            c.townName = t.name();
            byTown.put(t.code(), c);
            view.perTown.add(c);
        }
        store.tx().read(em -> {
            for (Object[] r : em
                    .createQuery("SELECT s.townCode, s.delegatesTotal, s.presentCount FROM SessionEntity s WHERE s.year = :y AND s.status = :c",
                            Object[].class)
                    .setParameter("y", year).setParameter("c", SessionStatus.CLOSED).getResultList()) {
                StatisticsView.Counts c = byTown.get((String) r[0]);
                if (c != null) {
                    c.sessionsHeld++;
                    c.delegates += (Integer) r[1];
                    c.delegatesAttending += r[2] == null ? 0 : (Integer) r[2];
                }
            }
            for (Object[] r : em
                    .createQuery("SELECT p.townCode, p.kind, p.status, p.satisfaction, COUNT(p) FROM ProposalEntity p WHERE p.sessionYear = :y"
                            + " GROUP BY p.townCode, p.kind, p.status, p.satisfaction", Object[].class)
                    .setParameter("y", year).getResultList()) {
                StatisticsView.Counts c = byTown.get((String) r[0]);
                if (c == null) {
                    continue;
                }
                int n = ((Number) r[4]).intValue();
                ProposalStatus status = (ProposalStatus) r[2];
                c.proposalsFiled += n;
                c.acceptedAsProposals += r[1] == ProposalKind.PROPOSAL ? n : 0;
                c.acceptedAsOpinions += r[1] == ProposalKind.OPINION ? n : 0;
                c.proposalsHandled += status == ProposalStatus.HANDLED || status == ProposalStatus.REPLIED ? n : 0;
                c.proposalsReplied += status == ProposalStatus.REPLIED ? n : 0;
                c.proposalsSatisfied += status == ProposalStatus.REPLIED && r[3] != Rating.DISSATISFIED ? n : 0;
            }
            for (Object[] r : em.createQuery("SELECT s.townCode, COUNT(v) FROM EvaluationVoterEntity v, SessionEntity s WHERE s.id = v.sessionId"
                    + " AND s.year = :y GROUP BY s.townCode", Object[].class).setParameter("y", year).getResultList()) {
                StatisticsView.Counts c = byTown.get((String) r[0]);
                if (c != null) {
                    c.evaluationBallots += ((Number) r[1]).intValue();
                }
            }
            for (Object[] r : em
                    .createQuery("SELECT s.townCode, r.rating, COUNT(r) FROM EvaluationRatingEntity r, SessionEntity s WHERE s.id = r.sessionId"
                            + " AND s.year = :y GROUP BY s.townCode, r.rating", Object[].class)
                    .setParameter("y", year).getResultList()) {
                StatisticsView.Counts c = byTown.get((String) r[0]);
                if (c == null) {
                    continue;
                }
                int n = ((Number) r[2]).intValue();
                switch ((Rating) r[1]) {
                    case SATISFIED -> c.ratedSatisfied += n;
                    case BASICALLY_SATISFIED -> c.ratedBasicallySatisfied += n;
                    case DISSATISFIED -> c.ratedDissatisfied += n;
                }
            }
            return null;
        });
        for (StatisticsView.Counts c : view.perTown) {
            c.rates();
            view.total.add(c);
        }
        view.total.rates();
        return view;
    }
}
