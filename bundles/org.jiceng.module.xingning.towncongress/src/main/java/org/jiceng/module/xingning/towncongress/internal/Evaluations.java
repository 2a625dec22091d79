package org.jiceng.module.xingning.towncongress.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.jiceng.common.ConflictException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delegates' evaluation of the town Party committee, the discipline committee and each member
 * (满意 / 基本满意 / 不满意): one secret ballot per delegate present, aggregated per subject.
 */
@Component(service = Evaluations.class)
public class Evaluations {
    public record Ballot(Long delegateId, List<BallotRating> ratings) {
    }

    public record BallotRating(SubjectType subjectType, String subjectName, Rating rating) {
    }

    private final CongressStore store;

    @Activate
    public Evaluations(@Reference CongressStore store) {
        this.store = store;
    }

    /** One secret evaluation ballot of a delegate present. */
    public Views.Evaluation castBallot(String code, long id, Ballot in) {
        return cast(code, id, List.of(in), i -> "");
    }

    /**
     * The paper ballots of a session entered together after the count, all or none: each is checked
     * as by {@link #castBallot} (a delegate twice in the list has cast twice), a refused one named
     * {@code ballots[i].field}.
     */
    public Views.Evaluation castBallots(String code, long id, List<Ballot> ballots) {
        Validator v = new Validator().require("ballots", ballots);
        for (int i = 0; ballots != null && i < ballots.size(); i++) {
            v.require("ballots[" + i + "]", ballots.get(i));
        }
        v.throwIfInvalid();
        return cast(code, id, ballots, i -> "ballots[" + i + "].");
    }

    private Views.Evaluation cast(String code, long id, List<Ballot> ballots, IntFunction<String> at) {
        Validator v = new Validator();
        for (int i = 0; i < ballots.size(); i++) {
            check(v, at.apply(i), ballots.get(i));
        }
        v.throwIfInvalid();
        store.tx().run(em -> {
            SessionEntity s = store.session(em, code, id);
            Sessions.requireInSession(s);
            Map<Long, CredentialEntity> credentials = new HashMap<>();
            Sessions.credentialsOf(em, id).forEach(c -> credentials.put(c.delegateId, c));
            Set<Long> voted = new HashSet<>(em.createQuery("SELECT b.delegateId FROM EvaluationVoterEntity b WHERE b.sessionId = :s", Long.class)
                    .setParameter("s", id).getResultList());
            for (int i = 0; i < ballots.size(); i++) {
                Ballot in = ballots.get(i);
                CredentialEntity c = credentials.get(in.delegateId());
                if (c == null) {
                    throw new ValidationException(at.apply(i) + "delegateId", "holds no credential for this session");
                }
                if (!Boolean.TRUE.equals(c.present)) {
                    throw new RuleViolationException(CongressRules.RULE_DELEGATE_PRESENT,
                            "Only delegates present evaluate; delegate " + in.delegateId()
                                    + " is recorded absent");
                }
                if (!voted.add(in.delegateId())) {
                    throw new ConflictException("Delegate " + in.delegateId() + " has already cast the evaluation ballot");
                }
                EvaluationVoterEntity voter = new EvaluationVoterEntity();
                voter.sessionId = id;
                voter.delegateId = in.delegateId();
                em.persist(voter);
                for (BallotRating r : in.ratings()) {
                    EvaluationRatingEntity e = new EvaluationRatingEntity();
                    e.sessionId = id;
                    e.subjectType = r.subjectType();
                    e.subjectName = r.subjectName().trim();
                    e.rating = r.rating();
                    em.persist(e);
                }
            }
        });
        return evaluation(code, id);
    }

    /** What is wrong with one ballot, each field after {@code prefix}: every subject rated once. */
    private static void check(Validator v, String prefix, Ballot in) {
        v.require(prefix + "delegateId", in.delegateId()).require(prefix + "ratings", in.ratings());
        if (in.ratings() == null) {
            return;
        }
        v.check(!in.ratings().isEmpty(), prefix + "ratings", "must rate at least one subject");
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < in.ratings().size(); i++) {
            BallotRating r = in.ratings().get(i);
            String f = prefix + "ratings[" + i + "].";
            if (r == null) {
                v.check(false, f + "rating", "is required");
                continue;
            }
            v.require(f + "subjectType", r.subjectType()).require(f + "subjectName", r.subjectName()).require(f + "rating", r.rating())
                    .maxLength(f + "subjectName", r.subjectName(), 100);
            v.check(subjects.add(r.subjectType() + "/" + r.subjectName()), f + "subjectName", "is rated twice");
        }
    }

    public Views.Evaluation evaluation(String code, long id) {
        return store.tx().read(em -> {
            store.session(em, code, id);
            long ballots = em.createQuery("SELECT COUNT(b) FROM EvaluationVoterEntity b WHERE b.sessionId = :s", Long.class).setParameter("s", id)
                    .getSingleResult();
            List<Object[]> rows = em.createQuery("SELECT r.subjectType, r.subjectName, r.rating, COUNT(r) FROM EvaluationRatingEntity r"
                    + " WHERE r.sessionId = :s GROUP BY r.subjectType, r.subjectName, r.rating", Object[].class).setParameter("s", id)
                    .getResultList();
            return new Views.Evaluation(id, ballots, EvaluationTally.tally(rows));
        });
    }
}
