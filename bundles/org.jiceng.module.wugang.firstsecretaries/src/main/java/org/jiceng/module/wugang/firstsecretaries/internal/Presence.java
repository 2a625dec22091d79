package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.cadre.Assignment;
import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Presence in the village, logged per day and night, and each month judged against 武冈's 22 days and 12 nights. */
@Component(service = Presence.class)
public class Presence {
    static final String RULE_OUTSIDE_ASSIGNMENT = "presence-outside-assignment";
    static final Map<String, Comparator<MonthPresence>> SORT = Map.of(
            "assignmentId", Comparator.comparingLong(m -> m.assignmentId),
            "daysInVillage", Comparator.comparingInt(m -> m.daysInVillage),
            "nightsInVillage", Comparator.comparingInt(m -> m.nightsInVillage));

    /** One day as logged: in the village by day, at night. */
    public static class Day {
        public LocalDate date;
        public Boolean dayInVillage;
        public Boolean nightInVillage;
        public String note;
        /** Required on updates: the version read. */
        public Long version;
    }

    private final Store store;
    private final Secretaries secretaries;
    private final Thresholds thresholds;

    @Activate
    public Presence(@Reference Store store, @Reference Secretaries secretaries, @Reference Thresholds thresholds) {
        this.store = store;
        this.secretaries = secretaries;
        this.thresholds = thresholds;
    }

    PresenceView log(String code, long assignmentId, Day day, LocalDate today) {
        return logAll(code, assignmentId, List.of(day), Store.caller(), today).get(0);
    }

    /** Logs several days of one secretary in one transaction (a month's sheet); each day follows the same rules as one. */
    List<PresenceView> logAll(String code, long assignmentId, List<Day> days, String loggedBy, LocalDate today) {
        Assignment a = secretaries.get(code, assignmentId);
        for (int i = 0; i < days.size(); i++) {
            check(a, days.get(i), days.size() == 1 ? "" : "days[" + i + "].", today);
        }
        return store.tx().write(em -> {
            Set<LocalDate> logged = new HashSet<>(em.createQuery("SELECT p.loggedOn FROM PresenceEntity p WHERE p.assignmentId = :a", LocalDate.class)
                    .setParameter("a", assignmentId).getResultList());
            List<PresenceEntity> created = new ArrayList<>();
            for (Day d : days) {
                if (!logged.add(d.date)) {
                    throw new ConflictException("Presence of first secretary " + assignmentId + " on " + d.date
                            + " is already logged: change it with PUT and its version");
                }
                PresenceEntity p = new PresenceEntity();
                p.assignmentId = assignmentId;
                p.jurisdictionCode = a.jurisdictionCode();
                p.loggedOn = d.date;
                p.dayInVillage = d.dayInVillage;
                p.nightInVillage = d.nightInVillage;
                p.note = d.note;
                p.loggedBy = loggedBy;
                em.persist(p);
                created.add(p);
            }
            em.flush();
            return created.stream().map(PresenceEntity::toView).toList();
        });
    }

    PresenceView update(String code, long presenceId, Day day) {
        new Validator().require("dayInVillage", day.dayInVillage).require("nightInVillage", day.nightInVillage)
                .require("version", day.version).maxLength("note", day.note, 500).throwIfInvalid();
        return store.tx().write(em -> {
            PresenceEntity p = store.find(em, PresenceEntity.class, presenceId, "Presence", code, x -> x.jurisdictionCode);
            ConflictException.requireVersion("Presence", presenceId, p.version, day.version);
            p.dayInVillage = day.dayInVillage;
            p.nightInVillage = day.nightInVillage;
            p.note = day.note;
            p.loggedBy = Store.caller();
            em.flush();
            return p.toView();
        });
    }

    private void check(Assignment a, Day d, String prefix, LocalDate today) {
        Validator v = new Validator().require(prefix + "date", d == null ? null : d.date);
        if (d != null) {
            v.require(prefix + "dayInVillage", d.dayInVillage).require(prefix + "nightInVillage", d.nightInVillage)
                    .maxLength(prefix + "note", d.note, 500);
            if (d.date != null) {
                v.check(!d.date.isAfter(today), prefix + "date", "must not be in the future");
            }
        }
        v.throwIfInvalid();
        if (d.date.isBefore(a.startDate()) || (a.endDate() != null && d.date.isAfter(a.endDate()))) {
            throw new RuleViolationException(RULE_OUTSIDE_ASSIGNMENT, "First secretary " + a.id() + " was sent to " + a.jurisdictionCode()
                    + " from " + a.startDate() + " to " + a.endDate() + ": presence on " + d.date + " cannot be logged");
        }
    }

    /** One secretary's month with its logged days. */
    MonthPresence month(String code, long assignmentId, YearMonth month, LocalDate today) {
        Assignment a = secretaries.get(code, assignmentId);
        List<PresenceView> logs = store.tx().read(em -> em.createQuery("SELECT p FROM PresenceEntity p WHERE p.assignmentId = :a "
                + "AND p.loggedOn BETWEEN :from AND :to ORDER BY p.loggedOn", PresenceEntity.class).setParameter("a", assignmentId)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList()
                .stream().map(PresenceEntity::toView).toList());
        int days = (int) logs.stream().filter(p -> p.dayInVillage).count();
        int nights = (int) logs.stream().filter(p -> p.nightInVillage).count();
        MonthPresence m = judge(a, month, days, nights, today, new HashMap<>());
        m.logs = logs;
        return m;
    }

    /** Every secretary of the subtree sent during the month; {@code shortfall} keeps those flagged (true) or not (false). */
    Page<MonthPresence> months(String code, YearMonth month, Boolean shortfall, PageRequest page, LocalDate today) {
        List<Assignment> sent = secretaries.during(code, month.atDay(1), month.atEndOfMonth());
        Map<Long, int[]> counts = counts(sent.stream().map(Assignment::id).toList(), month);
        Map<Long, String> names = new HashMap<>();
        List<MonthPresence> all = new ArrayList<>();
        for (Assignment a : sent) {
            int[] c = counts.getOrDefault(a.id(), new int[2]);
            MonthPresence m = judge(a, month, c[0], c[1], today, names);
            if (shortfall == null || shortfall == m.shortfall) {
                all.add(m);
            }
        }
        return Pages.ofList(all, page, SORT, "assignmentId");
    }

    private MonthPresence judge(Assignment a, YearMonth month, int days, int nights, LocalDate today, Map<Long, String> names) {
        MonthPresence m = new MonthPresence();
        m.assignmentId = a.id();
        m.memberName = secretaries.name(a.memberId(), names);
        m.jurisdictionCode = a.jurisdictionCode();
        m.month = month.toString();
        m.daysInVillage = days;
        m.nightsInVillage = nights;
        m.requiredDays = thresholds.minDays();
        m.requiredNights = thresholds.minNights();
        m.daysShort = PresenceRules.shortBy(days, m.requiredDays);
        m.nightsShort = PresenceRules.shortBy(nights, m.requiredNights);
        m.judged = PresenceRules.monthOver(month, today) && PresenceRules.coversWholeMonth(a.startDate(), a.endDate(), month);
        m.shortfall = PresenceRules.shortfall(days, nights, m.requiredDays, m.requiredNights, m.judged);
        return m;
    }

    /** Days and nights in the village per secretary in the month: {days, nights}. */
    Map<Long, int[]> counts(Collection<Long> assignmentIds, YearMonth month) {
        List<Long> ids = new ArrayList<>(assignmentIds);
        Map<Long, int[]> out = new HashMap<>();
        store.tx().read(em -> {
            for (int i = 0; i < ids.size(); i += 500) {
                for (Object[] row : em.createQuery("SELECT p.assignmentId, p.dayInVillage, p.nightInVillage FROM PresenceEntity p "
                        + "WHERE p.assignmentId IN :ids AND p.loggedOn BETWEEN :from AND :to", Object[].class)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).setParameter("from", month.atDay(1))
                        .setParameter("to", month.atEndOfMonth()).getResultList()) {
                    int[] c = out.computeIfAbsent((Long) row[0], k -> new int[2]);
                    c[0] += Boolean.TRUE.equals(row[1]) ? 1 : 0;
                    c[1] += Boolean.TRUE.equals(row[2]) ? 1 : 0;
                }
            }
            return null;
        });
        return out;
    }

    /** Days (or nights) in the village of one secretary in a month: what the ranking's presence indicators read. */
    int count(long assignmentId, YearMonth month, boolean nights) {
        return store.tx().read(em -> count(em, assignmentId, month, nights));
    }

    private static int count(EntityManager em, long assignmentId, YearMonth month, boolean nights) {
        String flag = nights ? "p.nightInVillage" : "p.dayInVillage";
        return em.createQuery("SELECT COUNT(p) FROM PresenceEntity p WHERE p.assignmentId = :a AND " + flag + " = TRUE "
                + "AND p.loggedOn BETWEEN :from AND :to", Long.class).setParameter("a", assignmentId).setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth()).getSingleResult().intValue();
    }

    /** Which of the secretaries logged at least one day in the village (arrived on post). */
    Set<Long> arrived(Collection<Long> assignmentIds) {
        List<Long> ids = new ArrayList<>(assignmentIds);
        Set<Long> out = new HashSet<>();
        store.tx().read(em -> {
            for (int i = 0; i < ids.size(); i += 500) {
                out.addAll(
                        em.createQuery("SELECT DISTINCT p.assignmentId FROM PresenceEntity p WHERE p.assignmentId IN :ids AND p.dayInVillage = TRUE",
                                Long.class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList());
            }
            return null;
        });
        return out;
    }
}
