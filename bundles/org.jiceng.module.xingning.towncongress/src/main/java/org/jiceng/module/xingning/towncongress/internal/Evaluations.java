package org.jiceng.module.xingning.towncongress.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Validator v = new Validator().require("delegateId", in.delegateId()).require("ratings", in.ratings());
        Set<String> subjects = new HashSet<>();
        if (in.ratings() != null) {
            v.check(!in.ratings().isEmpty(), "ratings", "must rate at least one subject");
            for (int i = 0; i < in.ratings().size(); i++) {
                BallotRating r = in.ratings().get(i);
                String f = "ratings[" + i + "].";
                if (r == null) {
                    v.check(false, f + "rating", "is required");
                    continue;
                }
                v.require(f + "subjectType", r.subjectType()).require(f + "subjectName", r.subjectName()).require(f + "rating", r.rating())
                        .maxLength(f + "subjectName", r.subjectName(), 100);
                v.check(subjects.add(r.subjectType() + "/" + r.subjectName()), f + "subjectName", "is rated twice");
            }
        }
        v.throwIfInvalid();
        store.tx().run(em -> {
            SessionEntity s = store.session(em, code, id);
            Sessions.requireInSession(s);
            CredentialEntity c = Sessions.credentialsOf(em, id).stream().filter(x -> x.delegateId == in.delegateId()).findFirst()
                    .orElseThrow(() -> new ValidationException("delegateId", "holds no credential for this session"));
            if (!Boolean.TRUE.equals(c.present)) {
                throw new RuleViolationException(CongressRules.RULE_DELEGATE_PRESENT, "Only delegates present evaluate");
            }
            long cast = em.createQuery("SELECT COUNT(b) FROM EvaluationVoterEntity b WHERE b.sessionId = :s AND b.delegateId = :d", Long.class)
                    .setParameter("s", id).setParameter("d", in.delegateId()).getSingleResult();
            if (cast > 0) {
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
        });
        return evaluation(code, id);
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
