package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Nominations and their rounds. A nominee is one of the core's members of the jurisdiction's
 * subtree; each nomination runs the five rounds on the procedure engine, and each round either
 * passes the nominee on or eliminates them with the reason.
 */
@Component(service = Nominations.class)
public class Nominations {
    static final Set<String> SORTABLE = Set.of("id", "memberName", "nominatedOn", "channel", "status");
    private static final Map<String, String> SORT = Map.of("id", "n.id", "memberName", "n.memberName", "nominatedOn", "n.nominatedOn", "channel",
            "n.channel", "status", "n.status");

    /** Input of a nomination; {@code nominatedOn} is today when null. */
    public record NewNomination(Long campaignId, Channel channel, Long memberId, String nominator, String reason, LocalDate nominatedOn) {
    }

    /** A round's decision; {@code decidedOn} is today when null, the reason is required to eliminate. */
    public record Decision(Outcome outcome, String reason, LocalDate decidedOn, Long version) {
    }

    /** What a nomination looked like before a decision, to put back if the engine refuses the step, and after it. */
    private record Before(long decisionId, NominationStatus status, String currentRound, LocalDate lastDecidedOn, long instanceId,
            NominationView after) {
    }

    private final Store store;
    private final Campaigns campaigns;
    private final SelectionProcedure procedure;
    private final MemberService members;

    @Activate
    public Nominations(@Reference Store store, @Reference Campaigns campaigns, @Reference SelectionProcedure procedure,
            @Reference MemberService members) {
        this.store = store;
        this.campaigns = campaigns;
        this.procedure = procedure;
        this.members = members;
    }

    /**
     * Nominates a member and starts their five rounds on the engine. The nomination is saved first so
     * the engine's instance can name it; if the engine refuses, the nomination is removed again.
     * Returns the nomination without its decisions and objections (it has none yet).
     */
    NominationView nominate(String code, NewNomination in, LocalDate today) {
        new Validator().require("campaignId", in.campaignId()).require("channel", in.channel()).require("memberId", in.memberId())
                .require("reason", in.reason()).maxLength("reason", in.reason(), 1000).maxLength("nominator", in.nominator(), 200)
                .check(in.channel() == Channel.SELF || (in.nominator() != null && !in.nominator().isBlank()), "nominator",
                        "is required for a " + in.channel() + " nomination (the unit, person or public source putting the nominee forward)")
                .check(in.nominatedOn() == null || !in.nominatedOn().isAfter(today), "nominatedOn", "must not be in the future").throwIfInvalid();
        CampaignView campaign = campaigns.get(code, in.campaignId());
        Member member = nominee(code, campaign, in.memberId());
        LocalDate on = in.nominatedOn() == null ? today : in.nominatedOn();
        SelectionRules.checkNominationOpen(campaign.nominationDeadline, on);
        NominationEntity saved = store.tx().write(em -> {
            List<NominationEntity> earlier = em.createQuery("SELECT n FROM NominationEntity n WHERE n.campaignId = :c AND n.memberId = :m",
                    NominationEntity.class).setParameter("c", campaign.id).setParameter("m", member.id()).getResultList();
            if (!earlier.isEmpty()) {
                throw new RuleViolationException(SelectionRules.ALREADY_NOMINATED, member.name() + " was already nominated in this selection ("
                        + earlier.get(0).channel + ", nomination " + earlier.get(0).id + "): a nominee is nominated once");
            }
            NominationEntity n = new NominationEntity();
            n.campaignId = campaign.id;
            n.channel = in.channel();
            n.memberId = member.id();
            n.memberName = member.name();
            n.jurisdictionCode = member.jurisdictionCode();
            n.nominator = in.channel() == Channel.SELF && (in.nominator() == null || in.nominator().isBlank())
                    ? member.name()
                    : in.nominator().trim();
            n.reason = in.reason().trim();
            n.nominatedOn = on;
            n.nominatedBy = Store.caller();
            em.persist(n);
            em.flush();
            return n;
        });
        ProcedureInstance started;
        try {
            started = procedure.start(saved.id, saved.jurisdictionCode, campaign.title + "：" + saved.memberName, on);
        } catch (RuntimeException failure) {
            store.tx().run(em -> em.remove(em.find(NominationEntity.class, saved.id)));
            throw failure;
        }
        return store.tx().write(em -> {
            NominationEntity n = em.find(NominationEntity.class, saved.id);
            n.procedureInstanceId = started.id();
            em.flush();
            return n.toView();
        });
    }

    /** The member, if they belong to the caller's subtree and the campaign's; anyone else is reported as missing. */
    private Member nominee(String code, CampaignView campaign, long memberId) {
        Member m = members.get(memberId);
        String where = m.jurisdictionCode();
        if (where == null || !store.within(where, code) || !store.within(where, campaign.jurisdictionCode)) {
            throw new NotFoundException("Member", memberId);
        }
        return m;
    }

    Page<NominationView> list(String code, Long campaignId, Channel channel, NominationStatus status, Round round, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("NominationEntity", "n").where("n.jurisdictionCode IN :codes", "codes", codes)
                    .where("n.campaignId = :c", "c", campaignId).where("n.channel = :ch", "ch", channel).where("n.status = :s", "s", status)
                    .where("n.currentRound = :r", "r", round == null ? null : round.key());
            Page<NominationEntity> rows = q.page(em, NominationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(NominationEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    NominationView get(String code, long id) {
        return store.tx().read(em -> {
            NominationView v = load(em, code, id).toView();
            v.decisions = em.createQuery("SELECT d FROM RoundDecisionEntity d WHERE d.nominationId = :n ORDER BY d.decidedOn, d.id",
                    RoundDecisionEntity.class).setParameter("n", id).getResultList().stream().map(RoundDecisionEntity::toView).toList();
            v.objections = em.createQuery("SELECT o FROM ObjectionEntity o WHERE o.nominationId = :n ORDER BY o.id", ObjectionEntity.class)
                    .setParameter("n", id).getResultList().stream().map(ObjectionEntity::toView).toList();
            return v;
        });
    }

    /** The nomination's procedure instance on the engine (who decided each round, when, with what record). */
    ProcedureInstance procedure(String code, long id) {
        NominationView n = store.tx().read(em -> load(em, code, id).toView());
        return procedure.get(n.procedureInstanceId);
    }

    /**
     * Decides the nominee's current round. The module's rules are checked and the decision saved in
     * one transaction; then the engine completes the step (pass) or closes the instance (eliminate).
     * Should the engine refuse, the decision is taken back, so the two never disagree. Returns the
     * nomination as decided, without its decisions and objections (the demo decides hundreds).
     */
    NominationView decide(String code, long id, Round round, Decision d, LocalDate today) {
        new Validator().require("round", round).require("outcome", d.outcome()).require("version", d.version())
                .check(d.outcome() != Outcome.ELIMINATE || (d.reason() != null && !d.reason().isBlank()), "reason",
                        "is required to eliminate a nominee")
                .maxLength("reason", d.reason(), 1000).check(d.decidedOn() == null || !d.decidedOn().isAfter(today), "decidedOn",
                        "must not be in the future")
                .throwIfInvalid();
        LocalDate on = d.decidedOn() == null ? today : d.decidedOn();
        Before before = store.tx().write(em -> {
            NominationEntity n = load(em, code, id);
            SelectionRules.checkInReview(id, n.status, n.round());
            ConflictException.requireVersion("Nomination", id, n.version, d.version());
            SelectionRules.checkRound(id, n.round(), round);
            new Validator().check(!on.isBefore(n.lastDay()), "decidedOn", "must not be before " + (n.lastDecidedOn == null
                    ? "the nomination"
                    : "the previous round") + " (" + n.lastDay() + ")").throwIfInvalid();
            CampaignEntity c = em.find(CampaignEntity.class, n.campaignId);
            checkRoundRules(em, n, c, round, d.outcome(), on);
            long decisionId = record(em, n, round, d, on).id;
            NominationStatus status = n.status;
            String currentRound = n.currentRound;
            LocalDate lastDecidedOn = n.lastDecidedOn;
            apply(n, round, d.outcome(), on);
            em.flush();
            return new Before(decisionId, status, currentRound, lastDecidedOn, n.procedureInstanceId, n.toView());
        });
        try {
            if (d.outcome() == Outcome.PASS) {
                procedure.pass(before.instanceId(), round, d.reason(), on);
            } else {
                procedure.eliminate(before.instanceId(), round, d.reason(), on);
            }
        } catch (RuntimeException failure) {
            store.tx().run(em -> {
                em.remove(em.find(RoundDecisionEntity.class, before.decisionId()));
                NominationEntity n = em.find(NominationEntity.class, id);
                n.status = before.status();
                n.currentRound = before.currentRound();
                n.lastDecidedOn = before.lastDecidedOn();
            });
            throw failure;
        }
        return before.after();
    }

    /** The rules of the public notice (objections) and of 审定 (the quota) on top of the order of the rounds. */
    private static void checkRoundRules(EntityManager em, NominationEntity n, CampaignEntity c, Round round, Outcome outcome, LocalDate on) {
        if (round == Round.PUBLIC_NOTICE) {
            SelectionRules.checkNoticePublished(c.noticeFrom);
            if (outcome == Outcome.PASS) {
                SelectionRules.checkNoticeCleared(n.id, c.noticeFrom, c.noticeTo, on, objections(em, n.id, ObjectionStatus.OPEN),
                        objections(em, n.id, ObjectionStatus.UPHELD));
            }
        }
        if (round == Round.APPROVAL && outcome == Outcome.PASS) {
            // Two approvals at once both bump the campaign: one of them fails (409) rather than both passing the quota.
            em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            SelectionRules.checkQuota(em.createQuery("SELECT COUNT(n) FROM NominationEntity n WHERE n.campaignId = :c AND n.status = :s", Long.class)
                    .setParameter("c", c.id).setParameter("s", NominationStatus.APPROVED).getSingleResult(), c.quota);
        }
    }

    private static RoundDecisionEntity record(EntityManager em, NominationEntity n, Round round, Decision d, LocalDate on) {
        RoundDecisionEntity r = new RoundDecisionEntity();
        r.nominationId = n.id;
        r.campaignId = n.campaignId;
        r.roundKey = round.key();
        r.outcome = d.outcome();
        r.reason = d.reason() == null || d.reason().isBlank() ? null : d.reason().trim();
        r.decidedOn = on;
        r.decidedBy = Store.caller();
        em.persist(r);
        em.flush();
        return r;
    }

    /** An elimination keeps the round that eliminated; a pass moves on, and a pass in 审定 approves. */
    private static void apply(NominationEntity n, Round round, Outcome outcome, LocalDate on) {
        if (outcome == Outcome.ELIMINATE) {
            n.status = NominationStatus.ELIMINATED;
        } else if (round.isLast()) {
            n.status = NominationStatus.APPROVED;
            n.currentRound = null;
        } else {
            n.currentRound = round.next().key();
        }
        n.lastDecidedOn = on;
    }

    static long objections(EntityManager em, long nominationId, ObjectionStatus status) {
        return em.createQuery("SELECT COUNT(o) FROM ObjectionEntity o WHERE o.nominationId = :n AND o.status = :s", Long.class)
                .setParameter("n", nominationId).setParameter("s", status).getSingleResult();
    }

    NominationEntity load(EntityManager em, String code, long id) {
        return store.find(em, NominationEntity.class, id, "Nomination", code, n -> n.jurisdictionCode);
    }
}
