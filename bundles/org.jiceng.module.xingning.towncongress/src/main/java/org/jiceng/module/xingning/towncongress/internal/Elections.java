package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * By-elections of committee members and the election of delegates to the higher congress: only a
 * session with more than the configured share of its delegates present elects; ballots are
 * counted once, per candidate, and counted into the session's agenda.
 */
@Component(service = Elections.class)
public class Elections {
    public record NewCandidate(String name, Long memberId) {
    }

    public record NewElection(ElectionKind kind, Integer seats, List<NewCandidate> candidates) {
    }

    public record CandidateVotes(Long candidateId, Integer votes) {
    }

    public record Count(Integer ballotsReturned, Integer invalidBallots, List<CandidateVotes> votes, String minutes, Long version) {
    }

    private static final Map<ElectionKind, String> TITLES = Map.of(ElectionKind.PARTY_COMMITTEE_BY_ELECTION, "补选镇党委委员",
            ElectionKind.DISCIPLINE_COMMITTEE_BY_ELECTION, "补选镇纪委委员", ElectionKind.HIGHER_CONGRESS_DELEGATES, "选举出席上一级党代表大会代表");

    private final CongressStore store;

    @Activate
    public Elections(@Reference CongressStore store) {
        this.store = store;
    }

    public Views.Election create(String code, long sessionId, NewElection in) {
        Validator v = new Validator().require("kind", in.kind()).require("seats", in.seats()).require("candidates", in.candidates())
                .range("seats", in.seats(), 1, 200);
        Set<String> names = new HashSet<>();
        if (in.candidates() != null) {
            for (int i = 0; i < in.candidates().size(); i++) {
                NewCandidate c = in.candidates().get(i);
                String f = "candidates[" + i + "].name";
                v.require(f, c == null ? null : c.name());
                if (c != null && c.name() != null) {
                    v.maxLength(f, c.name(), 100).check(names.add(c.name().trim()), f, "is named twice");
                }
            }
        }
        v.throwIfInvalid();
        if (store.config().competitiveElections() && in.candidates().size() <= in.seats()) {
            throw new RuleViolationException(CongressRules.RULE_COMPETITIVE, "A competitive election (差额选举) needs more candidates than the "
                    + in.seats() + " seat(s); " + in.candidates().size() + " named");
        }
        if (in.candidates().size() < in.seats()) {
            throw new ValidationException("candidates", "fewer candidates than seats");
        }
        return store.tx().write(em -> {
            SessionEntity s = store.session(em, code, sessionId);
            Sessions.requireInSession(s);
            requireQuorum(s);
            int next = em.createQuery("SELECT COALESCE(MAX(a.number), 0) FROM AgendaItemEntity a WHERE a.sessionId = :s", Integer.class)
                    .setParameter("s", sessionId).getSingleResult() + 1;
            AgendaItemType type = in.kind() == ElectionKind.HIGHER_CONGRESS_DELEGATES
                    ? AgendaItemType.HIGHER_DELEGATE_ELECTION
                    : AgendaItemType.BY_ELECTION;
            AgendaItemEntity item = Sessions.addItem(em, s, next, type, TITLES.get(in.kind()) + " (" + in.seats() + "名)");
            em.flush();
            ElectionEntity e = new ElectionEntity();
            e.sessionId = sessionId;
            e.agendaItemId = item.id;
            e.kind = in.kind();
            e.seats = in.seats();
            em.persist(e);
            em.flush();
            for (NewCandidate nc : in.candidates()) {
                CandidateEntity c = new CandidateEntity();
                c.electionId = e.id;
                c.name = nc.name().trim();
                c.memberId = nc.memberId();
                em.persist(c);
            }
            em.flush();
            return view(em, e);
        });
    }

    /** Counts the ballots: every candidate once, no more votes than valid ballots, ballots returned at most those issued. */
    public Views.Election count(String code, long electionId, Count in) {
        Validator v = new Validator().require("ballotsReturned", in.ballotsReturned()).require("votes", in.votes())
                .require("version", in.version()).maxLength("minutes", in.minutes(), 4000);
        v.check(in.ballotsReturned() == null || in.ballotsReturned() >= 0, "ballotsReturned", "must be 0 or more");
        v.check(in.invalidBallots() == null
                || (in.invalidBallots() >= 0 && in.ballotsReturned() != null && in.invalidBallots() <= in.ballotsReturned()),
                "invalidBallots", "must be between 0 and the ballots returned");
        v.throwIfInvalid();
        return store.tx().write(em -> {
            ElectionEntity e = load(em, code, electionId);
            ConflictException.requireVersion("Election", electionId, e.version, in.version());
            if (e.status == ElectionStatus.COUNTED) {
                throw new ConflictException("Election " + electionId + " was already counted");
            }
            SessionEntity s = em.find(SessionEntity.class, e.sessionId);
            Sessions.requireInSession(s);
            requireQuorum(s);
            int issued = s.presentCount;
            if (in.ballotsReturned() > issued) {
                throw new RuleViolationException("ballots-returned", in.ballotsReturned() + " ballots returned but only " + issued
                        + " issued: the ballot is void and must be repeated");
            }
            int valid = in.ballotsReturned() - (in.invalidBallots() == null ? 0 : in.invalidBallots());
            Map<Long, CandidateEntity> candidates = new HashMap<>();
            candidates(em, e.id).forEach(c -> candidates.put(c.id, c));
            Validator cv = new Validator();
            List<ElectionCount.Tally> tallies = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < in.votes().size(); i++) {
                CandidateVotes cvs = in.votes().get(i);
                String f = "votes[" + i + "].";
                if (cvs == null || cvs.candidateId() == null || !candidates.containsKey(cvs.candidateId())) {
                    cv.check(false, f + "candidateId", "is not a candidate of this election");
                    continue;
                }
                cv.check(seen.add(cvs.candidateId()), f + "candidateId", "is counted twice");
                cv.require(f + "votes", cvs.votes());
                cv.check(cvs.votes() == null || (cvs.votes() >= 0 && cvs.votes() <= valid), f + "votes", "must be between 0 and the " + valid
                        + " valid ballots");
                if (cvs.votes() != null) {
                    tallies.add(new ElectionCount.Tally(cvs.candidateId(), cvs.votes()));
                }
            }
            cv.check(seen.size() == candidates.size() || !cv.isValid(), "votes", "must count every one of the " + candidates.size() + " candidates");
            cv.throwIfInvalid();
            Map<Long, CandidateOutcome> outcomes = ElectionCount.count(e.seats, issued, tallies);
            int filled = 0;
            List<String> elected = new ArrayList<>();
            for (ElectionCount.Tally t : tallies) {
                CandidateEntity c = candidates.get(t.candidateId());
                c.votes = t.votes();
                c.outcome = outcomes.get(t.candidateId());
                if (c.outcome == CandidateOutcome.ELECTED) {
                    filled++;
                    elected.add(c.name);
                }
            }
            e.votersPresent = issued;
            e.ballotsIssued = issued;
            e.ballotsReturned = in.ballotsReturned();
            e.invalidBallots = in.invalidBallots() == null ? 0 : in.invalidBallots();
            e.seatsFilled = filled;
            e.minutes = in.minutes();
            e.countedBy = CongressStore.caller();
            e.countedAt = LocalDateTime.now();
            e.status = ElectionStatus.COUNTED;
            AgendaItemEntity item = em.find(AgendaItemEntity.class, e.agendaItemId);
            item.status = ItemStatus.DONE;
            item.doneBy = e.countedBy;
            item.outcome = "当选: " + (elected.isEmpty() ? "无" : String.join("、", elected))
                    + (filled < e.seats ? "; 空缺 " + (e.seats - filled) + " 名" : "");
            em.flush();
            return view(em, e);
        });
    }

    public Views.Election get(String code, long electionId) {
        return store.tx().read(em -> view(em, load(em, code, electionId)));
    }

    public List<Views.Election> ofSession(String code, long sessionId) {
        return store.tx().read(em -> {
            store.session(em, code, sessionId);
            List<Views.Election> result = new ArrayList<>();
            em.createQuery("SELECT e FROM ElectionEntity e WHERE e.sessionId = :s ORDER BY e.id", ElectionEntity.class).setParameter("s", sessionId)
                    .getResultList().forEach(e -> result.add(view(em, e)));
            return result;
        });
    }

    private void requireQuorum(SessionEntity s) {
        int percent = store.config().electionQuorumPercent();
        if (!CongressRules.quorumReached(s.presentCount, s.delegatesTotal, percent)) {
            throw new RuleViolationException(CongressRules.RULE_QUORUM, s.presentCount + " of " + s.delegatesTotal
                    + " delegates present: a session elects only with more than " + percent + "% present (at least "
                    + CongressRules.quorumMinimum(s.delegatesTotal, percent) + ")");
        }
    }

    private ElectionEntity load(EntityManager em, String code, long id) {
        ElectionEntity e = em.find(ElectionEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Election", id);
        }
        try {
            store.session(em, code, e.sessionId);
        } catch (NotFoundException outside) {
            throw new NotFoundException("Election", id);
        }
        return e;
    }

    private static List<CandidateEntity> candidates(EntityManager em, long electionId) {
        return em.createQuery("SELECT c FROM CandidateEntity c WHERE c.electionId = :e ORDER BY c.id", CandidateEntity.class)
                .setParameter("e", electionId).getResultList();
    }

    static Views.Election view(EntityManager em, ElectionEntity e) {
        List<Views.Candidate> list = new ArrayList<>();
        candidates(em, e.id).forEach(c -> list.add(Views.Candidate.of(c)));
        Integer majority = e.votersPresent == null ? null : e.votersPresent / 2 + 1;
        Integer unfilled = e.seatsFilled == null ? null : e.seats - e.seatsFilled;
        return new Views.Election(e.id, e.sessionId, e.kind, e.seats, e.status, e.votersPresent, majority, e.ballotsIssued, e.ballotsReturned,
                e.invalidBallots, e.seatsFilled, unfilled, e.minutes, e.countedBy, e.countedAt, list, e.version);
    }
}
