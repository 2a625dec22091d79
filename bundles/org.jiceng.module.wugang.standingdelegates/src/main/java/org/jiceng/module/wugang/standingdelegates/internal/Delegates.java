package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delegates of the city Party congress: registered for the term in a studio (the core's member where
 * the registry has them, else by name only, as the election result lists them), and ended early.
 */
@Component(service = Delegates.class)
public class Delegates {
    static final Set<String> SORTABLE = Set.of("id", "name", "studioId", "villageCode", "termStart");
    private static final Map<String, String> SORT = Map.of("id", "d.id", "name", "d.name", "studioId", "d.studioId", "villageCode",
            "d.villageCode", "termStart", "d.termStart");

    /** A new delegate; {@code name} is the member's own when {@code memberId} is given. */
    public record NewDelegate(Long memberId, String name, LocalDate termStart, LocalDate termEnd) {
    }

    public record Ending(LocalDate on, String reason, Long version) {
    }

    private final Store store;
    private final Studios studios;
    private final MemberService members;

    @Activate
    public Delegates(@Reference Store store, @Reference Studios studios, @Reference MemberService members) {
        this.store = store;
        this.studios = studios;
        this.members = members;
    }

    /** Registers the delegates of a studio as the election result lists them, all or none; each refused one is named {@code delegates[i].field}. */
    List<DelegateView> register(String code, long studioId, List<NewDelegate> in) {
        Validator v = new Validator().require("delegates", in);
        v.throwIfInvalid();
        List<Member> found = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            found.add(checked(v, "delegates[" + i + "].", in.get(i), code));
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            StudioEntity studio = studios.load(em, code, studioId);
            List<DelegateView> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                NewDelegate d = in.get(i);
                Member m = found.get(i);
                if (m != null) {
                    checkNotDelegateAlready(em, m, d.termStart(), d.termEnd());
                }
                DelegateEntity e = new DelegateEntity();
                e.studioId = studio.id;
                e.jurisdictionCode = studio.jurisdictionCode;
                e.memberId = m == null ? null : m.id();
                e.name = m == null ? d.name().trim() : m.name();
                e.termStart = d.termStart();
                e.termEnd = d.termEnd();
                e.createdBy = Store.caller();
                em.persist(e);
                em.flush();
                out.add(Views.of(e, 0));
            }
            return out;
        });
    }

    /** The member named (one of the county's), or null for a name-only delegate; what is wrong goes to {@code v}. */
    private Member checked(Validator v, String prefix, NewDelegate d, String code) {
        v.require(prefix + "termStart", d == null ? null : d.termStart()).require(prefix + "termEnd", d == null ? null : d.termEnd());
        if (d == null) {
            return null;
        }
        if (d.termStart() != null && d.termEnd() != null) {
            v.check(DelegateRules.withinFiveYears(d.termStart(), d.termEnd()), prefix + "termEnd", "must be within the five-year term from "
                    + d.termStart());
        }
        if (d.memberId() == null) {
            v.require(prefix + "name", d.name()).maxLength(prefix + "name", d.name(), 100);
            return null;
        }
        try {
            Member m = members.get(d.memberId());
            boolean ours = m.jurisdictionCode() != null && store.within(m.jurisdictionCode(), code);
            v.check(ours, prefix + "memberId", "member " + d.memberId() + " does not belong to " + code);
            return ours ? m : null;
        } catch (NotFoundException e) {
            v.check(false, prefix + "memberId", "no member " + d.memberId());
            return null;
        }
    }

    /** A member is a delegate once for a term: a second registration overlapping the first is refused. */
    private static void checkNotDelegateAlready(EntityManager em, Member m, LocalDate start, LocalDate end) {
        List<Long> other = em.createQuery("SELECT d.id FROM DelegateEntity d WHERE d.memberId = :m AND d.status = :s AND d.termStart <= :end "
                + "AND d.termEnd >= :start", Long.class).setParameter("m", m.id()).setParameter("s", DelegateStatus.SERVING)
                .setParameter("end", end).setParameter("start", start).getResultList();
        if (!other.isEmpty()) {
            throw new RuleViolationException(DelegateRules.MEMBER_ALREADY_DELEGATE, m.name() + " (member " + m.id()
                    + ") is already delegate " + other.get(0) + " for that term");
        }
    }

    /** Ends a delegate's service (资格终止); their records stay, nothing is recorded for them after that day. */
    DelegateView end(String code, long id, Ending in) {
        new Validator().require("on", in.on()).require("reason", in.reason()).maxLength("reason", in.reason(), 500).require("version", in.version())
                .throwIfInvalid();
        return store.tx().write(em -> {
            DelegateEntity d = load(em, code, id);
            ConflictException.requireVersion("Delegate", id, d.version, in.version());
            if (d.status == DelegateStatus.ENDED) {
                throw new RuleViolationException(DelegateRules.ALREADY_ENDED, "Delegate " + id + " no longer serves since " + d.endedOn);
            }
            new Validator().check(!in.on().isBefore(d.termStart) && !in.on().isAfter(d.termEnd), "on", "must lie in the term (" + d.termStart
                    + " to " + d.termEnd + ")").throwIfInvalid();
            d.status = DelegateStatus.ENDED;
            d.endedOn = in.on();
            d.endReason = in.reason().trim();
            em.flush();
            return Views.of(d, households(em, id));
        });
    }

    Page<DelegateView> list(String code, Long studioId, String villageCode, DelegateStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<DelegateEntity> rows = new QueryBuilder("DelegateEntity", "d").where("d.jurisdictionCode IN :codes", "codes", codes)
                    .where("d.studioId = :s", "s", studioId).where("d.villageCode = :v", "v", villageCode).where("d.status = :st", "st", status)
                    .page(em, DelegateEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(d -> Views.of(d, households(em, d.id))).toList(), rows.page(), rows.size(),
                    rows.total());
        });
    }

    /** One delegate with their households, shown in full (a single record, as the core shows one member). */
    DelegateView get(String code, long id) {
        return store.tx().read(em -> {
            DelegateEntity d = load(em, code, id);
            List<HouseholdEntity> hs = householdsOf(em, id);
            DelegateView v = Views.of(d, hs.size());
            v.householdList = hs.stream().map(h -> Views.of(h, false)).toList();
            return v;
        });
    }

    DelegateEntity load(EntityManager em, String code, long id) {
        return store.find(em, DelegateEntity.class, id, "Delegate", code, d -> d.jurisdictionCode);
    }

    /** The delegate, serving on {@code on}; anyone else is refused naming the term rule. */
    DelegateEntity serving(EntityManager em, String code, long id, LocalDate on) {
        DelegateEntity d = load(em, code, id);
        DelegateRules.checkInTerm(d.id, d.name, d.termStart, d.lastDay(), on);
        return d;
    }

    static List<HouseholdEntity> householdsOf(EntityManager em, long delegateId) {
        return em.createQuery("SELECT h FROM HouseholdEntity h WHERE h.delegateId = :d ORDER BY h.id", HouseholdEntity.class)
                .setParameter("d", delegateId).getResultList();
    }

    static int households(EntityManager em, long delegateId) {
        return em.createQuery("SELECT COUNT(h) FROM HouseholdEntity h WHERE h.delegateId = :d", Long.class).setParameter("d", delegateId)
                .getSingleResult().intValue();
    }
}
