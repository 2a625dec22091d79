package org.jiceng.core.procedures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.events.EventOutbox;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.ProcedureEvents;
import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.ProcedureStatus;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepDefinition;
import org.jiceng.procedure.StepState;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProcedureService.class)
public class ProcedureServiceImpl implements ProcedureService {
    private static final String IN_SUBTREE = JurisdictionAncestry.SUBTREE_CODES;

    private final ProcedureStore store;
    private final JurisdictionService jurisdictions;
    private final EventOutbox events;
    private final Clock clock;

    @Activate
    public ProcedureServiceImpl(@Reference ProcedureStore store, @Reference JurisdictionService jurisdictions, @Reference EventOutbox events) {
        this(store, jurisdictions, events, Clock.systemDefaultZone());
    }

    ProcedureServiceImpl(ProcedureStore store, JurisdictionService jurisdictions, EventOutbox events, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProcedureDefinition define(ProcedureDefinition input) {
        ProcedureDefinition d = ProcedureRules.normalize(input);
        return store.tx().write(em -> {
            ProcedureDefinitionEntity latest = latest(em, d.key());
            if (latest != null && ProcedureRules.sameContent(d, toDto(em, latest))) {
                return toDto(em, latest);
            }
            ProcedureDefinitionEntity e = new ProcedureDefinitionEntity();
            e.key = d.key();
            e.version = latest == null ? 1 : latest.version + 1;
            e.name = d.name();
            e.moduleId = d.moduleId();
            e.createdAt = LocalDateTime.now(clock);
            em.persist(e);
            em.flush();
            for (int i = 0; i < d.steps().size(); i++) {
                StepDefinition s = d.steps().get(i);
                ProcedureStepDefinitionEntity se = new ProcedureStepDefinitionEntity();
                se.definitionId = e.id;
                se.index = i;
                se.key = s.key();
                se.name = s.name();
                se.record = s.record();
                se.requiredAttachments = ProcedureRules.joinLines(s.requiredAttachments());
                se.role = s.role();
                se.deadlineDays = s.deadlineDays();
                em.persist(se);
            }
            em.flush();
            return toDto(em, e);
        });
    }

    @Override
    public List<ProcedureDefinition> definitions(String moduleId) {
        return store.tx().read(em -> {
            List<ProcedureDefinition> out = new ArrayList<>();
            em.createQuery("SELECT d FROM ProcedureDefinitionEntity d WHERE d.version = (SELECT MAX(x.version) FROM ProcedureDefinitionEntity x "
                    + "WHERE x.key = d.key) ORDER BY d.key", ProcedureDefinitionEntity.class).getResultList().stream()
                    .filter(d -> moduleId == null || moduleId.equals(d.moduleId)).forEach(d -> out.add(toDto(em, d)));
            return out;
        });
    }

    @Override
    public ProcedureDefinition definition(String key, Integer version) {
        return store.tx().read(em -> toDto(em, loadDefinition(em, key, version)));
    }

    @Override
    public ProcedureInstance start(String definitionKey, String subjectType, String subjectId, String jurisdictionCode, String title,
            String startedBy, LocalDate startedOn) {
        LocalDate today = today();
        new Validator().require("definitionKey", definitionKey).require("subjectType", subjectType).maxLength("subjectType", subjectType, 32)
                .require("subjectId", subjectId).maxLength("subjectId", subjectId, 64).require("jurisdictionCode", jurisdictionCode)
                .require("title", title).maxLength("title", title, 200).require("startedBy", startedBy).maxLength("startedBy", startedBy, 100)
                .check(startedOn == null || !startedOn.isAfter(today), "startedOn", "must not be in the future").throwIfInvalid();
        ProcedureInstance started = store.tx().write(em -> {
            ProcedureDefinitionEntity d = latest(em, definitionKey.trim());
            if (d == null) {
                throw new ValidationException("definitionKey", "no procedure definition '" + definitionKey + "'");
            }
            if (jurisdictions.find(jurisdictionCode.trim()).isEmpty()) {
                throw new ValidationException("jurisdictionCode", "no jurisdiction " + jurisdictionCode);
            }
            List<StepDefinition> steps = steps(em, d.id);
            ProcedureInstanceEntity i = new ProcedureInstanceEntity();
            i.definitionId = d.id;
            i.definitionKey = d.key;
            i.definitionVersion = d.version;
            i.subjectType = subjectType.trim();
            i.subjectId = subjectId.trim();
            i.jurisdictionCode = jurisdictionCode.trim();
            i.title = title.trim();
            i.status = ProcedureStatus.RUNNING;
            i.currentStep = 0;
            i.startedBy = startedBy.trim();
            i.startedOn = startedOn == null ? today : startedOn;
            i.startedAt = LocalDateTime.now(clock);
            i.currentDue = ProcedureRules.due(i.startedOn, steps.get(0).deadlineDays());
            em.persist(i);
            em.flush();
            return post(em, ProcedureEvents.STARTED, toDto(em, i, steps, List.of()));
        });
        return started;
    }

    @Override
    public ProcedureInstance get(long id) {
        return store.tx().read(em -> {
            ProcedureInstanceEntity i = load(em, id);
            return toDto(em, i, steps(em, i.definitionId), records(em, List.of(i.id)).getOrDefault(i.id, List.of()));
        });
    }

    @Override
    public Page<ProcedureInstance> find(String jurisdictionCode, String definitionKey, ProcedureStatus status, Boolean overdue, PageRequest page) {
        LocalDate today = today();
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ProcedureInstanceEntity", "i").where("i.jurisdictionCode IN " + IN_SUBTREE, "scope", jurisdictionCode)
                    .where("i.definitionKey = :key", "key", definitionKey).where("i.status = :status", "status", status);
            // current_due is kept only while running, so "past due" is exactly "overdue".
            if (Boolean.TRUE.equals(overdue)) {
                q.where("i.currentDue < :today", "today", today);
            } else if (Boolean.FALSE.equals(overdue)) {
                q.where("(i.currentDue IS NULL OR i.currentDue >= :today)", "today", today);
            }
            Page<ProcedureInstanceEntity> rows = q.page(em, ProcedureInstanceEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)),
                    Map.of("id", "i.id", "startedOn", "i.startedOn", "currentDue", "i.currentDue", "title", "i.title"));
            Map<Long, List<ProcedureStepRecordEntity>> records = records(em, rows.items().stream().map(i -> i.id).toList());
            Map<Long, List<StepDefinition>> steps = new HashMap<>();
            List<ProcedureInstance> items = new ArrayList<>();
            for (ProcedureInstanceEntity i : rows.items()) {
                items.add(toDto(em, i, steps.computeIfAbsent(i.definitionId, d -> steps(em, d)), records.getOrDefault(i.id, List.of())));
            }
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public ProcedureInstance completeStep(long id, String stepKey, StepCompletion c) {
        LocalDate today = today();
        long version = Validator.requiredVersion(c.version());
        ProcedureInstance done = store.tx().write(em -> {
            ProcedureInstanceEntity i = load(em, id);
            List<StepDefinition> steps = steps(em, i.definitionId);
            List<ProcedureStepRecordEntity> records = records(em, List.of(i.id)).getOrDefault(i.id, new ArrayList<>());
            LocalDate previous = records.isEmpty() ? i.startedOn : records.get(records.size() - 1).completedOn;
            if (i.status == ProcedureStatus.RUNNING && i.version != version) {
                throw new ConflictException("Procedure instance " + id + " is at version " + i.version + ", not " + version);
            }
            int index = ProcedureRules.checkCompletion(id, i.status, steps, i.currentStep, stepKey, c, previous, today);
            ProcedureStepRecordEntity r = new ProcedureStepRecordEntity();
            r.instanceId = i.id;
            r.index = index;
            r.key = steps.get(index).key();
            r.completedBy = c.completedBy().trim();
            r.completedByRole = ProcedureRules.blankToNull(c.completedByRole());
            r.completedOn = c.completedOn() == null ? today : c.completedOn();
            r.recordedAt = LocalDateTime.now(clock);
            r.record = c.record().trim();
            r.attachments = ProcedureRules.joinLines(c.attachments());
            em.persist(r);
            i.currentStep = index + 1;
            if (i.currentStep == steps.size()) {
                i.status = ProcedureStatus.COMPLETED;
                i.currentDue = null;
            } else {
                i.currentDue = ProcedureRules.due(r.completedOn, steps.get(i.currentStep).deadlineDays());
            }
            em.flush();
            List<ProcedureStepRecordEntity> all = new ArrayList<>(records);
            all.add(r);
            return post(em, i.status == ProcedureStatus.COMPLETED ? ProcedureEvents.COMPLETED : ProcedureEvents.ADVANCED, toDto(em, i, steps, all));
        });
        return done;
    }

    @Override
    public ProcedureInstance closeEarly(long id, String closedBy, String reason, LocalDate closedOn, long version) {
        LocalDate today = today();
        new Validator().require("reason", reason).maxLength("reason", reason, 500).require("closedBy", closedBy)
                .maxLength("closedBy", closedBy, 100).check(closedOn == null || !closedOn.isAfter(today), "closedOn", "must not be in the future")
                .throwIfInvalid();
        ProcedureInstance closed = store.tx().write(em -> {
            ProcedureInstanceEntity i = load(em, id);
            ProcedureRules.requireRunning(id, i.status);
            ConflictException.requireVersion("Procedure instance", id, i.version, version);
            LocalDate on = closedOn == null ? today : closedOn;
            if (on.isBefore(i.startedOn)) {
                throw new ValidationException("closedOn", "must not be before the start (" + i.startedOn + ")");
            }
            i.status = ProcedureStatus.CLOSED_EARLY;
            i.closedBy = closedBy.trim();
            i.closedOn = on;
            i.closeReason = reason.trim();
            i.currentDue = null;
            em.flush();
            return post(em, ProcedureEvents.CLOSED,
                    toDto(em, i, steps(em, i.definitionId), records(em, List.of(i.id)).getOrDefault(i.id, List.of())));
        });
        return closed;
    }

    /** Published in the change's transaction; handlers and webhooks get it once it committed. Returns the instance. */
    private ProcedureInstance post(EntityManager em, String topic, ProcedureInstance i) {
        events.publish(em, topic, Map.of(ProcedureEvents.ID, i.id(), ProcedureEvents.JURISDICTION_CODE, i.jurisdictionCode(),
                ProcedureEvents.STATUS, i.status().name(), ProcedureEvents.DEFINITION_KEY, i.definitionKey()));
        return i;
    }

    private static ProcedureDefinitionEntity latest(EntityManager em, String key) {
        List<ProcedureDefinitionEntity> found = em.createQuery("SELECT d FROM ProcedureDefinitionEntity d WHERE d.key = :k ORDER BY d.version DESC",
                ProcedureDefinitionEntity.class).setParameter("k", key).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static ProcedureDefinitionEntity loadDefinition(EntityManager em, String key, Integer version) {
        ProcedureDefinitionEntity d;
        if (version == null) {
            d = latest(em, key);
        } else {
            List<ProcedureDefinitionEntity> found = em.createQuery("SELECT d FROM ProcedureDefinitionEntity d WHERE d.key = :k AND d.version = :v",
                    ProcedureDefinitionEntity.class).setParameter("k", key).setParameter("v", version).getResultList();
            d = found.isEmpty() ? null : found.get(0);
        }
        if (d == null) {
            throw new NotFoundException("Procedure definition", version == null ? key : key + " v" + version);
        }
        return d;
    }

    private static ProcedureInstanceEntity load(EntityManager em, long id) {
        ProcedureInstanceEntity i = em.find(ProcedureInstanceEntity.class, id);
        if (i == null) {
            throw new NotFoundException("Procedure instance", id);
        }
        return i;
    }

    private static List<StepDefinition> steps(EntityManager em, long definitionId) {
        List<StepDefinition> steps = new ArrayList<>();
        em.createQuery("SELECT s FROM ProcedureStepDefinitionEntity s WHERE s.definitionId = :d ORDER BY s.index",
                ProcedureStepDefinitionEntity.class)
                .setParameter("d", definitionId).getResultList()
                .forEach(s -> steps.add(new StepDefinition(s.key, s.name, s.record, ProcedureRules.splitLines(s.requiredAttachments), s.role,
                        s.deadlineDays)));
        return steps;
    }

    private static Map<Long, List<ProcedureStepRecordEntity>> records(EntityManager em, List<Long> instanceIds) {
        Map<Long, List<ProcedureStepRecordEntity>> out = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT r FROM ProcedureStepRecordEntity r WHERE r.instanceId IN :ids ORDER BY r.instanceId, r.index",
                ProcedureStepRecordEntity.class).setParameter("ids", instanceIds).getResultList()
                .forEach(r -> out.computeIfAbsent(r.instanceId, k -> new ArrayList<>()).add(r));
        return out;
    }

    private static ProcedureDefinition toDto(EntityManager em, ProcedureDefinitionEntity d) {
        return new ProcedureDefinition(d.id, d.key, d.version, d.name, d.moduleId, steps(em, d.id), d.createdAt);
    }

    private ProcedureInstance toDto(EntityManager em, ProcedureInstanceEntity i, List<StepDefinition> steps,
            List<ProcedureStepRecordEntity> records) {
        LocalDate today = today();
        List<StepState> states = new ArrayList<>();
        LocalDate previous = i.startedOn;
        for (int k = 0; k < steps.size(); k++) {
            StepDefinition s = steps.get(k);
            ProcedureStepRecordEntity r = k < records.size() ? records.get(k) : null;
            if (r != null) {
                states.add(new StepState(k, s.key(), s.name(), s.role(), "DONE", ProcedureRules.due(previous, s.deadlineDays()), false,
                        r.completedBy, r.completedByRole, r.completedOn, r.recordedAt, r.record, ProcedureRules.splitLines(r.attachments)));
                previous = r.completedOn;
            } else if (k == i.currentStep && i.status == ProcedureStatus.RUNNING) {
                LocalDate due = ProcedureRules.due(previous, s.deadlineDays());
                states.add(new StepState(k, s.key(), s.name(), s.role(), "CURRENT", due, ProcedureRules.overdue(due, today), null, null, null, null,
                        null, List.of()));
            } else {
                states.add(new StepState(k, s.key(), s.name(), s.role(), "PENDING", null, false, null, null, null, null, null, List.of()));
            }
        }
        boolean running = i.status == ProcedureStatus.RUNNING;
        String currentKey = running ? steps.get(i.currentStep).key() : null;
        return new ProcedureInstance(i.id, i.definitionKey, i.definitionVersion, i.subjectType, i.subjectId, i.jurisdictionCode, i.title, i.status,
                i.currentStep, currentKey, running ? i.currentDue : null, running && ProcedureRules.overdue(i.currentDue, today), i.startedBy,
                i.startedOn, i.startedAt, i.closedBy, i.closedOn, i.closeReason, states, i.version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
