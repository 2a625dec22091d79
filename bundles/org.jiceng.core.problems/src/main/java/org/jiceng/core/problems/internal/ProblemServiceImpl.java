package org.jiceng.core.problems.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.AccountabilityAction;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemChange;
import org.jiceng.problem.ProblemEvents;
import org.jiceng.problem.ProblemHistoryEntry;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemSource;
import org.jiceng.problem.ProblemStatistics;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProblemService.class)
public class ProblemServiceImpl implements ProblemService {
    private static final String IN_SUBTREE = JurisdictionAncestry.SUBTREE_CODES;
    private static final List<ProblemStatus> RECTIFIED = List.of(ProblemStatus.RECTIFIED, ProblemStatus.VERIFIED);

    private final ProblemStore store;
    private final JurisdictionService jurisdictions;
    private final MemberService members;
    private final OrganizationService organizations;
    private final EventOutbox events;
    private final Clock clock;

    @Activate
    public ProblemServiceImpl(@Reference ProblemStore store, @Reference JurisdictionService jurisdictions, @Reference MemberService members,
            @Reference OrganizationService organizations, @Reference EventOutbox events) {
        this(store, jurisdictions, members, organizations, events, Clock.systemDefaultZone());
    }

    ProblemServiceImpl(ProblemStore store, JurisdictionService jurisdictions, MemberService members, OrganizationService organizations,
            EventOutbox events, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.members = members;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Problem report(Problem in) {
        ProblemRules.checkReport(in, today());
        Problem found = store.tx().write(em -> {
            if (jurisdictions.find(in.jurisdictionCode().trim()).isEmpty()) {
                throw new ValidationException("jurisdictionCode", "no jurisdiction " + in.jurisdictionCode());
            }
            ProblemEntity p = new ProblemEntity();
            p.source = in.source();
            p.subjectType = in.subjectType().trim();
            p.subjectId = in.subjectId().trim();
            p.jurisdictionCode = in.jurisdictionCode().trim();
            p.category = in.category().trim();
            p.severity = in.severity();
            p.description = in.description().trim();
            p.foundBy = in.foundBy().trim();
            p.foundOn = in.foundOn();
            p.deadline = in.deadline();
            p.status = ProblemStatus.FOUND;
            em.persist(p);
            em.flush();
            history(em, p, ProblemChange.FOUND, p.foundOn, p.foundBy, null);
            publish(em, ProblemChange.FOUND, p);
            return toDto(em, p);
        });
        return found;
    }

    @Override
    public Problem get(long id) {
        return store.tx().read(em -> toDto(em, load(em, id)));
    }

    @Override
    public Page<Problem> find(String jurisdictionCode, ProblemSource source, ProblemStatus status, ProblemSeverity severity, Boolean overdue,
            PageRequest page) {
        LocalDate today = today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ProblemEntity", "p").where("p.jurisdictionCode IN " + IN_SUBTREE, "scope", jurisdictionCode)
                    .where("p.source = :source", "source", source).where("p.status = :status", "status", status)
                    .where("p.severity = :severity", "severity", severity);
            if (Boolean.TRUE.equals(overdue)) {
                q.where("p.deadline < :today", "today", today).where("p.status NOT IN :rectified", "rectified", RECTIFIED);
            } else if (Boolean.FALSE.equals(overdue)) {
                q.where("(p.deadline >= :today OR p.status IN :rectified)", "today", today);
                q.where("p.id = p.id", "rectified", RECTIFIED); // binds :rectified used just above
            }
            Page<ProblemEntity> rows = q.page(em, ProblemEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)),
                    Map.of("id", "p.id", "foundOn", "p.foundOn", "deadline", "p.deadline", "severity", "p.severity", "status", "p.status",
                            "category", "p.category"));
            List<Long> ids = rows.items().stream().map(p -> p.id).toList();
            Map<Long, List<ProblemHistoryEntry>> histories = histories(em, ids);
            Map<Long, List<AccountabilityAction>> actions = actions(em, ids);
            List<Problem> items = new ArrayList<>();
            rows.items().forEach(p -> items.add(toDto(p, histories.getOrDefault(p.id, List.of()), actions.getOrDefault(p.id, List.of()))));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public Problem filePlan(long id, String plan, String responsible, String by, LocalDate on, long version) {
        new Validator().require("plan", plan).maxLength("plan", plan, 2000).require("responsible", responsible)
                .maxLength("responsible", responsible, 100).throwIfInvalid();
        return change(id, ProblemChange.PLANNED, by, on, version, plan, p -> {
            p.plan = plan.trim();
            p.responsible = responsible.trim();
        });
    }

    @Override
    public Problem recordProgress(long id, String note, String by, LocalDate on, long version) {
        new Validator().require("note", note).maxLength("note", note, 2000).throwIfInvalid();
        return change(id, ProblemChange.PROGRESS, by, on, version, note, p -> {
        });
    }

    @Override
    public Problem markRectified(long id, String completion, String by, LocalDate on, long version) {
        new Validator().require("completion", completion).maxLength("completion", completion, 2000).throwIfInvalid();
        return change(id, ProblemChange.RECTIFIED, by, on, version, completion, p -> {
            p.completion = completion.trim();
            p.rectifiedOn = on == null ? today() : on;
        });
    }

    @Override
    public Problem verify(long id, String verifiedBy, String note, LocalDate on, long version) {
        new Validator().require("verifiedBy", verifiedBy).maxLength("note", note, 2000).throwIfInvalid();
        return change(id, ProblemChange.VERIFIED, verifiedBy, on, version, note, p -> {
            p.verifiedBy = verifiedBy.trim();
            p.verifiedByFinder = ProblemRules.sameSide(verifiedBy, p.foundBy);
            p.verifiedOn = on == null ? today() : on;
        });
    }

    @Override
    public Problem reopen(long id, String reason, String by, LocalDate on, long version) {
        new Validator().require("reason", reason).maxLength("reason", reason, 2000).throwIfInvalid();
        return change(id, ProblemChange.REOPENED, by, on, version, reason, p -> {
            p.reopenCount++;
            p.completion = null;
            p.rectifiedOn = null;
        });
    }

    private Problem change(long id, ProblemChange change, String by, LocalDate on, long version, String text,
            java.util.function.Consumer<ProblemEntity> apply) {
        new Validator().require("by", by).maxLength("by", by, 100).throwIfInvalid();
        LocalDate today = today();
        Problem changed = store.tx().write(em -> {
            ProblemEntity p = load(em, id);
            ConflictException.requireVersion("Problem", id, p.version, version);
            ProblemStatus next = ProblemRules.next(id, p.status, change);
            LocalDate date = ProblemRules.stepDate(on, p.foundOn, today);
            apply.accept(p);
            p.status = next;
            em.flush();
            history(em, p, change, date, by.trim(), text == null || text.isBlank() ? null : text.trim());
            publish(em, change, p);
            return toDto(em, p);
        });
        return changed;
    }

    @Override
    public AccountabilityAction addAccountability(long problemId, AccountabilityAction in) {
        LocalDate today = today();
        new Validator().require("type", in.type()).require("date", in.date()).require("decidedBy", in.decidedBy())
                .maxLength("decidedBy", in.decidedBy(), 200).maxLength("note", in.note(), 1000)
                .check(in.targetMemberId() != null || in.targetOrganizationId() != null, "targetMemberId",
                        "a target member or organization (targetOrganizationId) is required")
                .check(in.date() == null || !in.date().isAfter(today), "date", "must not be in the future").throwIfInvalid();
        return store.tx().write(em -> {
            ProblemEntity p = load(em, problemId);
            if (in.targetMemberId() != null && !exists(() -> members.get(in.targetMemberId()))) {
                throw new ValidationException("targetMemberId", "no member " + in.targetMemberId());
            }
            if (in.targetOrganizationId() != null && !exists(() -> organizations.get(in.targetOrganizationId()))) {
                throw new ValidationException("targetOrganizationId", "no organization " + in.targetOrganizationId());
            }
            if (in.date().isBefore(p.foundOn)) {
                throw new ValidationException("date", "must not be before the problem was found (" + p.foundOn + ")");
            }
            AccountabilityEntity a = new AccountabilityEntity();
            a.problemId = problemId;
            a.type = in.type();
            a.targetMemberId = in.targetMemberId();
            a.targetOrganizationId = in.targetOrganizationId();
            a.date = in.date();
            a.decidedBy = in.decidedBy().trim();
            a.note = in.note();
            em.persist(a);
            em.flush();
            events.publish(em, ProblemEvents.ACCOUNTABILITY, Map.of(ProblemEvents.ID, problemId, ProblemEvents.JURISDICTION_CODE, p.jurisdictionCode,
                    ProblemEvents.STATUS, p.status.name(), ProblemEvents.ACTION_ID, a.id, ProblemEvents.TYPE, a.type.name()));
            return toDto(a);
        });
    }

    @Override
    public ProblemStatistics statistics(String jurisdictionCode, ProblemSource source, Integer year) {
        new Validator().require("jurisdiction", jurisdictionCode).range("year", year, 1949, 9999).throwIfInvalid();
        LocalDate today = today();
        return store.tx().read(em -> {
            if (jurisdictions.find(jurisdictionCode).isEmpty()) {
                throw new NotFoundException("Jurisdiction", jurisdictionCode);
            }
            String where = " WHERE p.jurisdictionCode IN " + IN_SUBTREE + (source == null ? "" : " AND p.source = :source")
                    + (year == null ? "" : " AND p.foundOn >= :from AND p.foundOn < :to");
            TypedQuery<Object[]> byStatus = em.createQuery("SELECT p.source, p.status, COUNT(p) FROM ProblemEntity p" + where
                    + " GROUP BY p.source, p.status", Object[].class);
            TypedQuery<Object[]> overdue = em.createQuery("SELECT p.source, COUNT(p) FROM ProblemEntity p" + where
                    + " AND p.deadline < :today AND p.status NOT IN :rectified GROUP BY p.source", Object[].class);
            for (TypedQuery<Object[]> q : List.of(byStatus, overdue)) {
                q.setParameter("scope", jurisdictionCode);
                if (source != null) {
                    q.setParameter("source", source);
                }
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
            }
            overdue.setParameter("today", today).setParameter("rectified", RECTIFIED);
            Map<ProblemSource, Map<ProblemStatus, Long>> counts = new EnumMap<>(ProblemSource.class);
            for (Object[] row : byStatus.getResultList()) {
                counts.computeIfAbsent((ProblemSource) row[0], s -> new EnumMap<>(ProblemStatus.class)).put((ProblemStatus) row[1],
                        ((Number) row[2]).longValue());
            }
            Map<ProblemSource, Long> late = new EnumMap<>(ProblemSource.class);
            for (Object[] row : overdue.getResultList()) {
                late.put((ProblemSource) row[0], ((Number) row[1]).longValue());
            }
            return ProblemRules.statistics(jurisdictionCode, source, year, counts, late);
        });
    }

    /** Published in the change's transaction; handlers and webhooks get it once it committed. */
    private void publish(EntityManager em, ProblemChange change, ProblemEntity p) {
        events.publish(em, ProblemEvents.topic(change), Map.of(ProblemEvents.ID, p.id, ProblemEvents.JURISDICTION_CODE, p.jurisdictionCode,
                ProblemEvents.STATUS, p.status.name(), ProblemEvents.SOURCE, p.source.name()));
    }

    private static ProblemEntity load(EntityManager em, long id) {
        ProblemEntity p = em.find(ProblemEntity.class, id);
        if (p == null) {
            throw new NotFoundException("Problem", id);
        }
        return p;
    }

    private void history(EntityManager em, ProblemEntity p, ProblemChange change, LocalDate date, String by, String text) {
        ProblemHistoryEntity h = new ProblemHistoryEntity();
        h.problemId = p.id;
        h.change = change;
        h.status = p.status;
        h.date = date;
        h.by = by;
        h.text = text;
        h.recordedAt = LocalDateTime.now(clock);
        em.persist(h);
        em.flush();
    }

    private static Map<Long, List<ProblemHistoryEntry>> histories(EntityManager em, List<Long> ids) {
        Map<Long, List<ProblemHistoryEntry>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT h FROM ProblemHistoryEntity h WHERE h.problemId IN :ids ORDER BY h.id", ProblemHistoryEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(h -> out.computeIfAbsent(h.problemId, k -> new ArrayList<>())
                            .add(new ProblemHistoryEntry(h.change, h.status, h.date, h.by, h.text, h.recordedAt)));
        }
        return out;
    }

    private static Map<Long, List<AccountabilityAction>> actions(EntityManager em, List<Long> ids) {
        Map<Long, List<AccountabilityAction>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM AccountabilityEntity a WHERE a.problemId IN :ids ORDER BY a.id", AccountabilityEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(a -> out.computeIfAbsent(a.problemId, k -> new ArrayList<>()).add(toDto(a)));
        }
        return out;
    }

    private static AccountabilityAction toDto(AccountabilityEntity a) {
        return new AccountabilityAction(a.id, a.problemId, a.type, a.targetMemberId, a.targetOrganizationId, a.date, a.decidedBy, a.note);
    }

    private Problem toDto(EntityManager em, ProblemEntity p) {
        return toDto(p, histories(em, List.of(p.id)).getOrDefault(p.id, List.of()), actions(em, List.of(p.id)).getOrDefault(p.id, List.of()));
    }

    private Problem toDto(ProblemEntity p, List<ProblemHistoryEntry> history, List<AccountabilityAction> actions) {
        return new Problem(p.id, p.source, p.subjectType, p.subjectId, p.jurisdictionCode, p.category, p.severity, p.description, p.foundBy,
                p.foundOn, p.deadline, p.status, ProblemRules.overdue(p.status, p.deadline, today()), p.plan, p.responsible, p.completion,
                p.rectifiedOn, p.verifiedBy, p.verifiedByFinder, p.verifiedOn, p.reopenCount, history, actions, p.version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the registry has the record {@code lookup} reads (its services answer a missing one with NotFoundException). */
    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFoundException missing) {
            return false;
        }
    }

}
