package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The yearly democratic evaluation (参加民主评议): after the year, each studio holds its evaluation
 * meeting; every delegate evaluated there is scored from the year's records (counted here, at the
 * meeting) and the meeting's votes by {@link EvaluationRules}. A meeting's results are kept all or none.
 */
@Component(service = Evaluations.class)
public class Evaluations {
    static final Set<String> SORTABLE = Set.of("id", "score", "delegateId", "grade");
    private static final Map<String, String> SORT = Map.of("id", "e.id", "score", "e.score", "delegateId", "e.delegateId", "grade", "e.grade");

    public record Vote(Long delegateId, Integer satisfied, Integer total) {
    }

    public record Meeting(Long studioId, Integer year, LocalDate evaluatedOn, List<Vote> votes) {
    }

    private final Store store;
    private final Studios studios;
    private final Delegates delegates;

    @Activate
    public Evaluations(@Reference Store store, @Reference Studios studios, @Reference Delegates delegates) {
        this.store = store;
        this.studios = studios;
        this.delegates = delegates;
    }

    List<EvaluationView> evaluate(String code, Meeting in, LocalDate today) {
        Validator v = new Validator().require("studioId", in.studioId()).require("year", in.year()).range("year", in.year(), 2000, 2100)
                .require("votes", in.votes()).check(in.votes() == null || !in.votes().isEmpty(), "votes", "names at least one delegate")
                .check(in.evaluatedOn() == null || !in.evaluatedOn().isAfter(today), "evaluatedOn", "must not be in the future");
        Set<Long> seen = new HashSet<>();
        for (int i = 0; in.votes() != null && i < in.votes().size(); i++) {
            Vote vote = in.votes().get(i);
            String at = "votes[" + i + "].";
            v.require(at + "delegateId", vote == null ? null : vote.delegateId()).require(at + "satisfied", vote == null ? null : vote.satisfied())
                    .require(at + "total", vote == null ? null : vote.total());
            if (vote != null && vote.satisfied() != null && vote.total() != null) {
                v.check(vote.total() > 0 && vote.satisfied() >= 0 && vote.satisfied() <= vote.total(), at + "satisfied",
                        "must be between 0 and the votes cast (" + vote.total() + ")");
            }
            v.check(vote == null || vote.delegateId() == null || seen.add(vote.delegateId()), at + "delegateId", "is evaluated twice");
        }
        v.throwIfInvalid();
        DelegateRules.checkYearOver(in.year(), today);
        LocalDate on = in.evaluatedOn() == null ? today : in.evaluatedOn();
        new Validator().check(on.getYear() > in.year(), "evaluatedOn", "must be after the year evaluated").throwIfInvalid();
        return store.tx().write(em -> {
            StudioEntity studio = studios.load(em, code, in.studioId());
            List<EvaluationView> out = new ArrayList<>();
            for (Vote vote : in.votes()) {
                DelegateEntity d = delegates.load(em, code, vote.delegateId());
                checkEvaluable(em, d, studio, in.year());
                EvaluationRules.YearRecord r = yearOf(em, d, in.year(), vote);
                EvaluationEntity e = new EvaluationEntity();
                e.delegateId = d.id;
                e.studioId = studio.id;
                e.jurisdictionCode = d.jurisdictionCode;
                e.year = in.year();
                e.evaluatedOn = on;
                e.activityDaysHeld = r.activityDaysHeld();
                e.activityDaysAttended = r.activityDaysAttended();
                e.visits = r.visits();
                e.proposals = r.proposals();
                e.meetingsAndInquiries = r.meetingsAndInquiries();
                e.contactsComplete = r.contactsComplete();
                e.votesSatisfied = r.votesSatisfied();
                e.votesTotal = r.votesTotal();
                e.score = EvaluationRules.score(r);
                e.grade = EvaluationRules.grade(r);
                e.evaluatedBy = Store.caller();
                em.persist(e);
                out.add(Views.of(e, d.name));
            }
            em.flush();
            return out;
        });
    }

    private static void checkEvaluable(EntityManager em, DelegateEntity d, StudioEntity studio, int year) {
        if (d.studioId != studio.id) {
            throw new RuleViolationException(DelegateRules.NOT_IN_STUDIO, "Delegate " + d.id + " (" + d.name + ") is evaluated by studio "
                    + d.studioId + ", not by studio " + studio.id);
        }
        if (!DelegateRules.servesIn(d.termStart, d.lastDay(), year)) {
            throw new RuleViolationException(DelegateRules.NOT_SERVING_IN_YEAR, "Delegate " + d.id + " (" + d.name + ") did not serve in " + year);
        }
        if (!em.createQuery("SELECT e.id FROM EvaluationEntity e WHERE e.delegateId = :d AND e.year = :y", Long.class).setParameter("d", d.id)
                .setParameter("y", year).getResultList().isEmpty()) {
            throw new RuleViolationException(DelegateRules.EVALUATED_ONCE, "Delegate " + d.id + " (" + d.name + ") was already evaluated for "
                    + year);
        }
    }

    /** What the delegate's year holds, counted from the records. */
    private static EvaluationRules.YearRecord yearOf(EntityManager em, DelegateEntity d, int year, Vote vote) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        int held = 0;
        int attended = 0;
        int visits = 0;
        int meetings = 0;
        for (Object[] row : em.createQuery("SELECT p.kind, p.present, COUNT(p) FROM ParticipantEntity p WHERE p.delegateId = :d "
                + "AND p.heldOn BETWEEN :from AND :to GROUP BY p.kind, p.present", Object[].class).setParameter("d", d.id).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            DutyKind kind = (DutyKind) row[0];
            boolean present = (Boolean) row[1];
            int n = ((Long) row[2]).intValue();
            if (kind == DutyKind.ACTIVITY_DAY) {
                held += n;
                attended += present ? n : 0;
            } else if (present && kind.needsReport()) {
                visits += n;
            } else if (present) {
                meetings += n;
            }
        }
        meetings += count(em, "SELECT COUNT(i) FROM InquiryEntity i WHERE i.delegateId = :d AND i.askedOn BETWEEN :from AND :to", d.id, from, to);
        int proposals = count(em, "SELECT COUNT(p) FROM ProposalEntity p WHERE p.delegateId = :d AND p.filedOn BETWEEN :from AND :to", d.id, from,
                to);
        boolean contacts = d.villageCode != null && Delegates.households(em, d.id) == DelegateRules.HOUSEHOLDS_PER_DELEGATE;
        return new EvaluationRules.YearRecord(held, attended, visits, proposals, meetings, contacts, vote.satisfied(), vote.total());
    }

    private static int count(EntityManager em, String jpql, long delegateId, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("d", delegateId).setParameter("from", from).setParameter("to", to).getSingleResult()
                .intValue();
    }

    Page<EvaluationView> list(String code, Integer year, Long studioId, Grade grade, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<EvaluationEntity> rows = new QueryBuilder("EvaluationEntity", "e").where("e.jurisdictionCode IN :codes", "codes", codes)
                    .where("e.year = :y", "y", year).where("e.studioId = :s", "s", studioId).where("e.grade = :g", "g", grade)
                    .page(em, EvaluationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(e -> Views.of(e, em.find(DelegateEntity.class, e.delegateId).name)).toList(),
                    rows.page(), rows.size(), rows.total());
        });
    }

    /** Every evaluation of the year in the subtree, best first: the list upper levels read and the county prints. */
    List<EvaluationView> all(String code, int year) {
        return Pages.all("-score,delegateId", SORTABLE, p -> list(code, year, null, null, p));
    }
}
