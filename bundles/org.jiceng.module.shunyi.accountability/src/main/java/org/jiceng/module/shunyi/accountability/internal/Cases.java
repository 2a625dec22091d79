package org.jiceng.module.shunyi.accountability.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Accountability cases: opened against a person answerable, classified against the catalogue, linked to their problem, decided once. */
@Component(service = Cases.class)
public class Cases {
    static final Set<String> SORTABLE = Set.of("id", "openedOn", "decidedOn");
    private static final Map<String, String> SORT = Map.of("id", "c.id", "openedOn", "c.openedOn", "decidedOn", "c.decidedOn");

    private final Store store;
    private final Catalogue catalogue;
    private final ProblemService problems;
    private final MemberService members;

    @Activate
    public Cases(@Reference Store store, @Reference Catalogue catalogue, @Reference ProblemService problems, @Reference MemberService members) {
        this.store = store;
        this.catalogue = catalogue;
        this.problems = problems;
        this.members = members;
    }

    /** Body of POST /cases. */
    public static class NewCase {
        public String jurisdictionCode;
        public Responsibility responsibility;
        /** The person answerable; taken from the member file when {@code memberId} is given. */
        public String personName;
        public Long memberId;
        public String unit;
        /** The behaviour of the catalogue ("03-02"). */
        public String behaviourCode;
        /** The core's problem that caused the case. */
        public Long problemId;
        public String facts;
        public LocalDate openedOn;
    }

    /** Body of PUT /cases/{id}/decision. */
    public static class Decision {
        /** DECIDED with a penalty, or DISMISSED without liability. */
        public CaseState state;
        public Penalty penalty;
        public LocalDate decidedOn;
        public String note;
        public Long version;
    }

    public CaseView open(String code, NewCase in) {
        LocalDate today = store.today();
        new Validator().require("jurisdictionCode", in.jurisdictionCode).require("responsibility", in.responsibility)
                .check(in.memberId != null || in.personName != null && !in.personName.isBlank(), "personName", "is required without memberId")
                .maxLength("personName", in.personName, 50).require("unit", in.unit).maxLength("unit", in.unit, 200)
                .require("behaviourCode", in.behaviourCode).require("facts", in.facts).maxLength("facts", in.facts, 4000)
                .require("openedOn", in.openedOn)
                .check(in.openedOn == null || !in.openedOn.isAfter(today), "openedOn", "must not be in the future").throwIfInvalid();
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        BehaviourView behaviour = catalogue.behaviour(code, in.behaviourCode.trim());
        String person = in.personName == null ? null : in.personName.trim();
        if (in.memberId != null) {
            Member m = members.get(in.memberId);
            if (m.jurisdictionCode() == null || !store.within(m.jurisdictionCode(), code)) {
                throw new NotFoundException("Member", in.memberId);
            }
            person = m.name();
        }
        if (in.problemId != null) {
            Problem p = problems.get(in.problemId);
            if (!store.within(p.jurisdictionCode(), code)) {
                throw new NotFoundException("Problem", in.problemId);
            }
        }
        String answerable = person;
        // the view is made after the commit, which sets the version the caller sends back
        return store.tx().write(em -> {
            CaseEntity c = new CaseEntity();
            c.jurisdictionCode = place;
            c.responsibility = in.responsibility;
            c.personName = answerable;
            c.memberId = in.memberId;
            c.unit = in.unit.trim();
            c.behaviourId = behaviour.id;
            c.problemId = in.problemId;
            c.facts = in.facts.trim();
            c.openedOn = in.openedOn;
            c.openedBy = Store.caller();
            c.state = CaseState.OPEN;
            em.persist(c);
            return c;
        }).toView(behaviour);
    }

    /** Decides an open case: a penalty of the rules, or closed without liability. */
    public CaseView decide(String code, long id, Decision in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("decidedOn", in.decidedOn).maxLength("note", in.note, 2000)
                .check(in.decidedOn == null || !in.decidedOn.isAfter(today), "decidedOn", "must not be in the future").throwIfInvalid();
        AccountabilityRules.requireDecision(in.state, in.penalty, in.note);
        CaseEntity decided = store.tx().write(em -> {
            CaseEntity c = load(em, code, id);
            ConflictException.requireVersion("Accountability case", id, c.version, expected);
            AccountabilityRules.requireOpen(id, c.state);
            if (in.decidedOn.isBefore(c.openedOn)) {
                throw new ValidationException("decidedOn", "must not be before the case was opened (" + c.openedOn + ")");
            }
            c.state = in.state;
            c.penalty = in.penalty;
            c.decidedOn = in.decidedOn;
            c.decidedBy = Store.caller();
            c.decisionNote = in.note == null || in.note.isBlank() ? null : in.note.trim();
            return c;
        });
        return decided.toView(store.tx().read(em -> catalogue.behaviour(em, decided.behaviourId)));
    }

    public CaseView get(String code, long id) {
        return store.tx().read(em -> {
            CaseEntity c = load(em, code, id);
            return c.toView(catalogue.behaviour(em, c.behaviourId));
        });
    }

    /** Cases of the subtree; filters by state, penalty, the behaviour's class and the problem. */
    public Page<CaseView> list(String code, CaseState state, Penalty penalty, String classCode, Long problemId, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("CaseEntity", "c").where("c.jurisdictionCode IN :codes", "codes", codes)
                    .where("c.state = :state", "state", state).where("c.penalty = :penalty", "penalty", penalty)
                    .where("c.problemId = :problem", "problem", problemId);
            if (classCode != null && !classCode.isBlank()) {
                q.where("c.behaviourId IN (SELECT b.id FROM BehaviourEntity b, CatalogueClassEntity k WHERE b.classId = k.id AND k.code = :classCode)",
                        "classCode", classCode.trim());
            }
            Page<CaseEntity> rows = q.page(em, CaseEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(c -> c.toView(catalogue.behaviour(em, c.behaviourId))).toList(), rows.page(), rows.size(),
                    rows.total());
        });
    }

    /** The case of this person, unit and opening day, if opened (demo data resumes with it). */
    java.util.Optional<CaseView> find(String personName, String unit, LocalDate openedOn) {
        return store.tx().read(em -> em.createQuery("SELECT c FROM CaseEntity c WHERE c.personName = :p AND c.unit = :u AND c.openedOn = :o"
                + " ORDER BY c.id", CaseEntity.class).setParameter("p", personName).setParameter("u", unit).setParameter("o", openedOn)
                .setMaxResults(1).getResultList().stream().findFirst().map(c -> c.toView(catalogue.behaviour(em, c.behaviourId))));
    }

    private CaseEntity load(EntityManager em, String code, long id) {
        return store.find(em, CaseEntity.class, id, "Accountability case", code, c -> c.jurisdictionCode);
    }
}
