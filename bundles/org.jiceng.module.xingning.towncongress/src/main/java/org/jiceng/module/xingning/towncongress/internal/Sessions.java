package org.jiceng.module.xingning.towncongress.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Jurisdiction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Annual sessions: the convening notice issues a credential to every delegate serving that year
 * and lays out the standard agenda; the roll decides the quorum; agenda items record their
 * outcome; the session closes once everything on it is done.
 */
@Component(service = Sessions.class)
public class Sessions {
    static final Set<String> SORTABLE = Set.of("id", "year", "convenedOn", "townCode", "status");
    private static final Map<String, String> SORT = Map.of("id", "s.id", "year", "s.year", "convenedOn", "s.convenedOn", "townCode",
            "s.townCode", "status", "s.status");

    /** The standard agenda of 兴宁's annual session, in order. */
    static final List<Map.Entry<AgendaItemType, String>> STANDARD_AGENDA = List.of(
            Map.entry(AgendaItemType.COMMITTEE_WORK_REPORT, "听取和审查镇党委工作报告"),
            Map.entry(AgendaItemType.DISCIPLINE_WORK_REPORT, "听取和审查镇纪委工作报告"),
            Map.entry(AgendaItemType.PROPOSAL_HANDLING_REPORT, "听取上年度代表提案、提议和意见建议办理情况的报告"),
            Map.entry(AgendaItemType.PROPOSALS, "组织代表提案"),
            Map.entry(AgendaItemType.EVALUATION, "对镇党委、镇纪委及其成员的工作进行评议和测评"));

    /** @param noticeIssuedOn when the notice went out, if earlier than today (on or before convenedOn); default today */
    public record NewSession(String townCode, Integer year, String title, LocalDate convenedOn, BigDecimal days, String venue,
            LocalDate peopleCongressOn, String noticeText, LocalDate noticeIssuedOn) {
    }

    public record RollEntry(Long delegateId, Boolean present, String absenceReason) {
    }

    public record Roll(List<RollEntry> entries, Long version) {
    }

    public record NewItem(AgendaItemType type, String title) {
    }

    public record ItemOutcome(String outcome, Integer votesFor, Integer votesAgainst, Integer abstentions, Long version) {
    }

    /** @param closedOn when the session closed, if earlier than today (on or after its last day); default today */
    public record Closing(Long version, LocalDate closedOn) {
    }

    private final CongressStore store;
    private final Delegates delegates;

    @Activate
    public Sessions(@Reference CongressStore store, @Reference Delegates delegates) {
        this.store = store;
        this.delegates = delegates;
    }

    /**
     * Issues the notice (today, or on the stated {@code noticeIssuedOn} when the secretariat enters an
     * earlier session), a credential to every delegate serving that year and the standard agenda.
     */
    public Views.Session convene(String code, NewSession in) {
        LocalDate today = LocalDate.now();
        Integer halfDays = CongressRules.halfDays(in.days());
        Validator v = new Validator().require("townCode", in.townCode()).require("year", in.year()).require("convenedOn", in.convenedOn())
                .require("days", in.days()).range("year", in.year(), 1949, 2200).maxLength("title", in.title(), 300)
                .maxLength("venue", in.venue(), 200).maxLength("noticeText", in.noticeText(), 4000);
        v.check(in.days() == null || halfDays != null, "days", "a session lasts 1 or 1.5 days");
        v.check(in.convenedOn() == null || in.year() == null || in.convenedOn().getYear() == in.year(), "convenedOn",
                "must fall in the session's year");
        RecordDates.notice(v, in.noticeIssuedOn(), in.convenedOn(), today);
        v.throwIfInvalid();
        Jurisdiction town = delegates.town(code, in.townCode(), "townCode");
        LocalDate lastDay = CongressRules.lastDay(in.convenedOn(), halfDays);
        if (in.peopleCongressOn() != null && !in.peopleCongressOn().isAfter(lastDay)) {
            throw new RuleViolationException(CongressRules.RULE_BEFORE_PEOPLE_CONGRESS,
                    "The annual session is held before the town people's congress ("
                            + in.peopleCongressOn() + "); it ends on " + lastDay);
        }
        return store.tx().write(em -> {
            Long existing = em.createQuery("SELECT COUNT(s) FROM SessionEntity s WHERE s.townCode = :t AND s.year = :y", Long.class)
                    .setParameter("t", town.code()).setParameter("y", in.year()).getSingleResult();
            if (existing > 0) {
                throw new ConflictException(town.name() + " already has its annual session of " + in.year());
            }
            List<DelegateEntity> serving = em.createQuery("SELECT d FROM DelegateEntity d WHERE d.townCode = :t AND d.status = :s"
                    + " AND d.termStart <= :y1 AND d.termEnd >= :y2 ORDER BY d.id", DelegateEntity.class).setParameter("t", town.code())
                    .setParameter("s", DelegateStatus.ACTIVE).setParameter("y1", in.year()).setParameter("y2", in.year()).getResultList();
            if (serving.isEmpty()) {
                throw new RuleViolationException("no-delegates", town.name() + " has no delegates serving in " + in.year());
            }
            SessionEntity s = new SessionEntity();
            s.townCode = town.code();
            s.townName = town.name();
            s.year = in.year();
            s.title = in.title() == null || in.title().isBlank() ? "中共" + town.name() + "党代表大会" + in.year() + "年年会" : in.title();
            s.convenedOn = in.convenedOn();
            s.halfDays = halfDays;
            s.venue = in.venue();
            s.peopleCongressOn = in.peopleCongressOn();
            s.noticeIssuedOn = RecordDates.orToday(in.noticeIssuedOn(), today);
            s.noticeText = in.noticeText();
            s.delegatesTotal = serving.size();
            s.createdBy = CongressStore.caller();
            em.persist(s);
            em.flush();
            int n = 0;
            for (DelegateEntity d : serving) {
                CredentialEntity c = new CredentialEntity();
                c.sessionId = s.id;
                c.delegateId = d.id;
                c.credentialNo = String.format("%s-%d-%03d", s.townCode, s.year, ++n);
                em.persist(c);
            }
            int no = 0;
            for (Map.Entry<AgendaItemType, String> e : STANDARD_AGENDA) {
                addItem(em, s, ++no, e.getKey(), e.getValue());
            }
            em.flush();
            return view(em, s);
        });
    }

    public Views.Session get(String code, long id) {
        return store.tx().read(em -> view(em, store.session(em, code, id)));
    }

    public Page<Views.Session> list(String code, Integer year, SessionStatus status, PageRequest page) {
        List<String> towns = delegates.townsOf(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("SessionEntity", "s").where("s.townCode IN :towns", "towns", CongressStore.nonEmpty(towns))
                    .where("s.year = :y", "y", year)
                    .where("s.status = :status", "status", status);
            Page<SessionEntity> rows = q.page(em, SessionEntity.class, page.withDefaultOrder(new PageRequest.Order("year", false)), SORT);
            List<Views.Session> items = new ArrayList<>();
            rows.items().forEach(s -> items.add(view(em, s)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    public List<Views.Credential> credentials(String code, long id) {
        return store.tx().read(em -> {
            store.session(em, code, id);
            List<Views.Credential> result = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT c, d FROM CredentialEntity c, DelegateEntity d WHERE c.sessionId = :s AND d.id = c.delegateId"
                    + " ORDER BY c.credentialNo", Object[].class).setParameter("s", id).getResultList()) {
                CredentialEntity c = (CredentialEntity) row[0];
                DelegateEntity d = (DelegateEntity) row[1];
                result.add(new Views.Credential(c.credentialNo, d.id, d.name, d.constituency, c.present, c.absenceReason));
            }
            return result;
        });
    }

    /** Takes (or retakes, until an election is counted) the roll: every credential exactly once, every absence with a reason. */
    public Views.Session recordAttendance(String code, long id, Roll roll) {
        Validator v = new Validator().require("entries", roll.entries()).require("version", roll.version());
        v.throwIfInvalid();
        return store.tx().write(em -> {
            SessionEntity s = store.session(em, code, id);
            checkVersion(s, roll.version());
            requireOpen(s);
            if (counted(em, s.id) > 0) {
                throw new RuleViolationException(CongressRules.RULE_SESSION_STATE, "An election of this session was counted: the roll is final");
            }
            Map<Long, CredentialEntity> byDelegate = new HashMap<>();
            credentialsOf(em, s.id).forEach(c -> byDelegate.put(c.delegateId, c));
            Validator rv = new Validator();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < roll.entries().size(); i++) {
                RollEntry e = roll.entries().get(i);
                String f = "entries[" + i + "].";
                if (e == null || e.delegateId() == null || !byDelegate.containsKey(e.delegateId())) {
                    rv.check(false, f + "delegateId", "holds no credential for this session");
                    continue;
                }
                rv.check(seen.add(e.delegateId()), f + "delegateId", "is listed twice");
                rv.require(f + "present", e.present());
                rv.check(!Boolean.FALSE.equals(e.present()) || (e.absenceReason() != null && !e.absenceReason().isBlank()), f + "absenceReason",
                        "is required for an absent delegate");
                rv.maxLength(f + "absenceReason", e.absenceReason(), 300);
            }
            rv.check(seen.size() == byDelegate.size() || !rv.isValid(), "entries", "must list all " + byDelegate.size()
                    + " credentials of the session, " + seen.size() + " listed");
            rv.throwIfInvalid();
            int present = 0;
            for (RollEntry e : roll.entries()) {
                CredentialEntity c = byDelegate.get(e.delegateId());
                c.present = e.present();
                c.absenceReason = e.present() ? null : e.absenceReason();
                present += e.present() ? 1 : 0;
            }
            s.presentCount = present;
            s.status = SessionStatus.IN_SESSION;
            em.flush();
            return view(em, s);
        });
    }

    public Views.Session addItem(String code, long id, NewItem in) {
        new Validator().require("type", in.type()).require("title", in.title()).maxLength("title", in.title(), 300).throwIfInvalid();
        return store.tx().write(em -> {
            SessionEntity s = store.session(em, code, id);
            requireOpen(s);
            int next = em.createQuery("SELECT COALESCE(MAX(a.number), 0) FROM AgendaItemEntity a WHERE a.sessionId = :s", Integer.class)
                    .setParameter("s", id).getSingleResult() + 1;
            addItem(em, s, next, in.type(), in.title());
            em.flush();
            return view(em, s);
        });
    }

    /** Records an item's outcome; where the delegates vote, the resolution is adopted with more than half of those present. */
    public Views.AgendaItem completeItem(String code, long id, long itemId, ItemOutcome in) {
        Validator v = new Validator().require("outcome", in.outcome()).require("version", in.version()).maxLength("outcome", in.outcome(), 4000);
        for (String f : new String[]{"votesFor", "votesAgainst", "abstentions"}) {
            Integer n = f.equals("votesFor") ? in.votesFor() : f.equals("votesAgainst") ? in.votesAgainst() : in.abstentions();
            v.check(n == null || n >= 0, f, "must be 0 or more");
        }
        v.check(in.votesFor() != null || (in.votesAgainst() == null && in.abstentions() == null), "votesFor", "is required when votes are given");
        v.throwIfInvalid();
        return store.tx().write(em -> {
            SessionEntity s = store.session(em, code, id);
            AgendaItemEntity a = em.find(AgendaItemEntity.class, itemId);
            if (a == null || a.sessionId != id) {
                throw new org.jiceng.common.NotFoundException("Agenda item", itemId);
            }
            ConflictException.requireVersion("Agenda item", itemId, a.version, in.version());
            requireInSession(s);
            if (a.status == ItemStatus.DONE) {
                throw new ConflictException("Agenda item " + itemId + " is already done");
            }
            if (in.votesFor() != null) {
                int cast = in.votesFor() + nz(in.votesAgainst()) + nz(in.abstentions());
                if (cast > s.presentCount) {
                    throw new ValidationException("votesFor", cast + " votes cast, only " + s.presentCount + " delegates present");
                }
                a.adopted = CongressRules.adopted(in.votesFor(), s.presentCount);
            }
            a.outcome = in.outcome();
            a.votesFor = in.votesFor();
            a.votesAgainst = in.votesAgainst();
            a.abstentions = in.abstentions();
            a.status = ItemStatus.DONE;
            a.doneBy = CongressStore.caller();
            em.flush();
            return Views.AgendaItem.of(a);
        });
    }

    /**
     * Closes the session once every agenda item is done and every election counted: today, or on the
     * stated {@code closedOn} (not before the session's last day, not in the future) when the
     * secretariat enters a session held earlier.
     */
    public Views.Session close(String code, long id, Closing in) {
        long ver = Validator.requiredVersion(in.version());
        LocalDate today = LocalDate.now();
        return store.tx().write(em -> {
            SessionEntity s = store.session(em, code, id);
            checkVersion(s, ver);
            requireInSession(s);
            RecordDates
                    .step(new Validator(), "closedOn", in.closedOn(), CongressRules.lastDay(s.convenedOn, s.halfDays), "the session's last day",
                            today)
                    .throwIfInvalid();
            List<String> open = new ArrayList<>();
            for (AgendaItemEntity a : items(em, id)) {
                if (a.status != ItemStatus.DONE) {
                    open.add(a.number + " " + a.title);
                }
            }
            long uncounted = em.createQuery("SELECT COUNT(e) FROM ElectionEntity e WHERE e.sessionId = :s AND e.status = :o", Long.class)
                    .setParameter("s", id).setParameter("o", ElectionStatus.OPEN).getSingleResult();
            if (!open.isEmpty() || uncounted > 0) {
                throw new RuleViolationException(CongressRules.RULE_SESSION_INCOMPLETE, "Still open: " + String.join("; ", open)
                        + (uncounted > 0 ? (open.isEmpty() ? "" : "; ") + uncounted + " election(s) not counted" : ""));
            }
            s.status = SessionStatus.CLOSED;
            s.closedOn = RecordDates.orToday(in.closedOn(), today);
            em.flush();
            return view(em, s);
        });
    }

    Views.Session view(EntityManager em, SessionEntity s) {
        List<Views.AgendaItem> agenda = new ArrayList<>();
        items(em, s.id).forEach(a -> agenda.add(Views.AgendaItem.of(a)));
        int percent = store.config().electionQuorumPercent();
        boolean quorum = s.presentCount != null && CongressRules.quorumReached(s.presentCount, s.delegatesTotal, percent);
        return new Views.Session(s.id, s.townCode, s.townName, s.year, s.title, s.convenedOn, CongressRules.days(s.halfDays), s.venue,
                s.peopleCongressOn, s.noticeIssuedOn, s.noticeText, s.status, s.delegatesTotal, s.presentCount,
                CongressRules.quorumMinimum(s.delegatesTotal, percent), quorum, s.closedOn, s.createdBy, agenda, s.version);
    }

    static List<AgendaItemEntity> items(EntityManager em, long sessionId) {
        return em.createQuery("SELECT a FROM AgendaItemEntity a WHERE a.sessionId = :s ORDER BY a.number", AgendaItemEntity.class)
                .setParameter("s", sessionId).getResultList();
    }

    static List<CredentialEntity> credentialsOf(EntityManager em, long sessionId) {
        return em.createQuery("SELECT c FROM CredentialEntity c WHERE c.sessionId = :s ORDER BY c.credentialNo", CredentialEntity.class)
                .setParameter("s", sessionId).getResultList();
    }

    static AgendaItemEntity addItem(EntityManager em, SessionEntity s, int number, AgendaItemType type, String title) {
        AgendaItemEntity a = new AgendaItemEntity();
        a.sessionId = s.id;
        a.number = number;
        a.type = type;
        a.title = title;
        em.persist(a);
        return a;
    }

    private static long counted(EntityManager em, long sessionId) {
        return em.createQuery("SELECT COUNT(e) FROM ElectionEntity e WHERE e.sessionId = :s AND e.status = :c", Long.class)
                .setParameter("s", sessionId).setParameter("c", ElectionStatus.COUNTED).getSingleResult();
    }

    static void checkVersion(SessionEntity s, long version) {
        ConflictException.requireVersion("Session", s.id, s.version, version);
    }

    static void requireOpen(SessionEntity s) {
        if (s.status == SessionStatus.CLOSED) {
            throw new ConflictException("Session " + s.id + " is closed and read-only");
        }
    }

    /** The roll must have been taken: attendance decides quorum, majorities and who may act. */
    static void requireInSession(SessionEntity s) {
        requireOpen(s);
        if (s.status != SessionStatus.IN_SESSION) {
            throw new RuleViolationException(CongressRules.RULE_SESSION_STATE, "Session " + s.id + " has not opened: record the attendance first");
        }
    }

    private static int nz(Integer n) {
        return n == null ? 0 : n;
    }
}
