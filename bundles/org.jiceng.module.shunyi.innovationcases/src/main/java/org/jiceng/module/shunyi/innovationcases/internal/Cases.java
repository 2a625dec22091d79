package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.jiceng.module.ModuleHeaders;
import org.jiceng.module.ModuleRegistry;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The case library: cases submitted and edited by their units, reviewed, promoted and adopted as the district keeps it. */
@Component(service = Cases.class)
public class Cases {
    static final Set<String> SORTABLE = Set.of("id", "title", "submittedOn", "promotedOn");
    private static final Map<String, String> SORT = Map.of("id", "c.id", "title", "c.title", "submittedOn", "c.submittedOn", "promotedOn",
            "c.promotedOn");

    private final Store store;
    private final ModuleRegistry modules;

    @Activate
    public Cases(@Reference Store store, @Reference ModuleRegistry modules) {
        this.store = store;
        this.modules = modules;
    }

    /** Body of POST /cases and PUT /cases/{id} (version only on PUT). */
    public static class CaseInput {
        public String jurisdictionCode;
        public String unit;
        public String title;
        public CaseArea area;
        public String dissection;
        public String problem;
        public String mechanism;
        /** The Jiceng module that implements the mechanism, if any (installed here or not: the case says which). */
        public String moduleId;
        public LocalDate submittedOn;
        public Long version;
    }

    /** What the review decides. */
    public enum Decision {
        /** 纳入: the case is mature. */
        ADMIT,
        /** Back to its unit to mature, with the opinion. */
        RETURN
    }

    /** Body of PUT /cases/{id}/review. */
    public static class Review {
        public Decision decision;
        public String opinion;
        public LocalDate reviewedOn;
        public Long version;
    }

    /** Body of PUT /cases/{id}/promotion. */
    public static class Promotion {
        public LocalDate promotedOn;
        public String note;
        public Long version;
    }

    /** Body of POST /cases/{id}/adoptions. */
    public static class NewAdoption {
        public String jurisdictionCode;
        public String unit;
        public LocalDate adoptedOn;
        public String result;
    }

    public CaseView submit(String code, CaseInput in) {
        validate(code, in);
        return store.tx().write(em -> {
            CaseEntity c = new CaseEntity();
            apply(c, in);
            c.state = CaseState.SUBMITTED;
            c.submittedOn = in.submittedOn;
            c.submittedBy = Store.caller();
            em.persist(c);
            return c;
        }).toView();
    }

    /** Its unit edits a submitted case, or a returned one — which resubmits it. */
    public CaseView update(String code, long id, CaseInput in) {
        long expected = Validator.requiredVersion(in.version);
        validate(code, in);
        return store.tx().write(em -> {
            CaseEntity c = change(em, code, id, expected);
            CaseRules.requireEditable(id, c.state);
            apply(c, in);
            c.state = CaseState.SUBMITTED;
            return c;
        }).toView();
    }

    /** The district's review: admitted when mature (纳入), else returned with the opinion. */
    public CaseView review(String code, long id, Review in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("decision", in.decision).require("reviewedOn", in.reviewedOn).maxLength("opinion", in.opinion, 2000)
                .check(in.decision != Decision.RETURN || in.opinion != null && !in.opinion.isBlank(), "opinion", "is required to return a case")
                .check(in.reviewedOn == null || !in.reviewedOn.isAfter(today), "reviewedOn", "must not be in the future").throwIfInvalid();
        requireDistrict(code);
        return store.tx().write(em -> {
            CaseEntity c = change(em, code, id, expected);
            CaseRules.requireState(id, c.state, CaseState.SUBMITTED);
            notBefore("reviewedOn", in.reviewedOn, c.submittedOn, "the case was submitted");
            if (in.decision == Decision.ADMIT) {
                CaseRules.requireMature(id, c.problem, c.mechanism);
            }
            c.state = in.decision == Decision.ADMIT ? CaseState.ADMITTED : CaseState.RETURNED;
            c.reviewOpinion = in.opinion == null || in.opinion.isBlank() ? null : in.opinion.trim();
            c.reviewedOn = in.reviewedOn;
            c.reviewedBy = Store.caller();
            return c;
        }).toView();
    }

    /** Promotes an admitted case to other units (推广). */
    public CaseView promote(String code, long id, Promotion in) {
        long expected = Validator.requiredVersion(in.version);
        LocalDate today = store.today();
        new Validator().require("promotedOn", in.promotedOn).maxLength("note", in.note, 2000)
                .check(in.promotedOn == null || !in.promotedOn.isAfter(today), "promotedOn", "must not be in the future").throwIfInvalid();
        requireDistrict(code);
        return store.tx().write(em -> {
            CaseEntity c = change(em, code, id, expected);
            CaseRules.requireState(id, c.state, CaseState.ADMITTED);
            notBefore("promotedOn", in.promotedOn, c.reviewedOn, "the case was admitted");
            c.state = CaseState.PROMOTED;
            c.promotedOn = in.promotedOn;
            c.promotionNote = in.note == null || in.note.isBlank() ? null : in.note.trim();
            return c;
        }).toView();
    }

    /** Records a unit that took up a promoted case. */
    public AdoptionView adopt(String code, long id, NewAdoption in) {
        LocalDate today = store.today();
        new Validator().require("jurisdictionCode", in.jurisdictionCode).require("unit", in.unit).maxLength("unit", in.unit, 200)
                .require("adoptedOn", in.adoptedOn).maxLength("result", in.result, 2000)
                .check(in.adoptedOn == null || !in.adoptedOn.isAfter(today), "adoptedOn", "must not be in the future").throwIfInvalid();
        String place = in.jurisdictionCode.trim();
        if (!store.within(place, code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        requireDistrict(code);
        String unit = in.unit.trim();
        return store.tx().write(em -> {
            CaseEntity c = load(em, code, id);
            CaseRules.requireState(id, c.state, CaseState.PROMOTED);
            CaseRules.requireOtherUnit(id, c.jurisdictionCode, c.unit, place, unit);
            notBefore("adoptedOn", in.adoptedOn, c.promotedOn, "the case was promoted");
            boolean already = !em.createQuery("SELECT a.id FROM AdoptionEntity a WHERE a.caseId = :c AND a.jurisdictionCode = :j AND a.unit = :u",
                    Long.class).setParameter("c", id).setParameter("j", place).setParameter("u", unit).getResultList().isEmpty();
            if (already) {
                throw new RuleViolationException(CaseRules.RULE_ALREADY_ADOPTED, unit + " (" + place + ") has adopted case " + id + " already");
            }
            AdoptionEntity a = new AdoptionEntity();
            a.caseId = id;
            a.jurisdictionCode = place;
            a.unit = unit;
            a.adoptedOn = in.adoptedOn;
            a.result = in.result == null || in.result.isBlank() ? null : in.result.trim();
            a.recordedBy = Store.caller();
            em.persist(a);
            return a.toView(moduleEnabled(c.moduleId, place));
        });
    }

    /** One case in full, with its adoptions and whether its module is enabled for each adopter. */
    public CaseView get(String code, long id) {
        return store.tx().read(em -> {
            CaseView v = withModule(load(em, code, id).toView());
            v.adoptions = em.createQuery("SELECT a FROM AdoptionEntity a WHERE a.caseId = :c ORDER BY a.adoptedOn, a.id", AdoptionEntity.class)
                    .setParameter("c", id).getResultList().stream().map(a -> a.toView(moduleEnabled(v.moduleId, a.jurisdictionCode))).toList();
            v.adoptionCount = v.adoptions.size();
            return v;
        });
    }

    /** Cases submitted in the subtree, with their number of adoptions; filters by state, area and module. */
    public Page<CaseView> list(String code, CaseState state, CaseArea area, String moduleId, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<CaseEntity> rows = new QueryBuilder("CaseEntity", "c").where("c.jurisdictionCode IN :codes", "codes", codes)
                    .where("c.state = :state", "state", state).where("c.area = :area", "area", area).where("c.moduleId = :module", "module", moduleId)
                    .page(em, CaseEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            Map<Long, Long> adoptions = new HashMap<>();
            List<Long> ids = rows.items().stream().map(c -> c.id).toList();
            if (!ids.isEmpty()) {
                for (Object[] row : em.createQuery("SELECT a.caseId, COUNT(a) FROM AdoptionEntity a WHERE a.caseId IN :ids GROUP BY a.caseId",
                        Object[].class).setParameter("ids", ids).getResultList()) {
                    adoptions.put((Long) row[0], (Long) row[1]);
                }
            }
            List<CaseView> items = rows.items().stream().map(c -> {
                CaseView v = withModule(c.toView());
                v.adoptionCount = adoptions.getOrDefault(c.id, 0L);
                return v;
            }).toList();
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    /** Every adoption of cases of the subtree (figures). */
    List<AdoptionView> adoptionsIn(String code) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx()
                .read(em -> em.createQuery("SELECT a FROM AdoptionEntity a, CaseEntity c WHERE a.caseId = c.id AND c.jurisdictionCode IN :codes"
                        + " ORDER BY a.id", AdoptionEntity.class).setParameter("codes", codes).getResultList().stream().map(a -> a.toView(null))
                        .toList());
    }

    /** The case of this title and unit, if submitted (demo data resumes with it). */
    java.util.Optional<CaseView> find(String title, String unit) {
        return store.tx().read(em -> em.createQuery("SELECT c FROM CaseEntity c WHERE c.title = :t AND c.unit = :u ORDER BY c.id", CaseEntity.class)
                .setParameter("t", title).setParameter("u", unit).setMaxResults(1).getResultList().stream().findFirst().map(CaseEntity::toView));
    }

    private void validate(String code, CaseInput in) {
        LocalDate today = store.today();
        new Validator().require("jurisdictionCode", in.jurisdictionCode).require("unit", in.unit).maxLength("unit", in.unit, 200)
                .require("title", in.title).maxLength("title", in.title, 200).require("area", in.area).require("dissection", in.dissection)
                .maxLength("dissection", in.dissection, 4000).maxLength("problem", in.problem, 2000).maxLength("mechanism", in.mechanism, 4000)
                .require("submittedOn", in.submittedOn)
                .check(in.submittedOn == null || !in.submittedOn.isAfter(today), "submittedOn", "must not be in the future").throwIfInvalid();
        if (!store.within(in.jurisdictionCode.trim(), code)) {
            throw new ValidationException("jurisdictionCode", "must lie in " + code);
        }
        if (in.moduleId != null && !in.moduleId.isBlank() && !in.moduleId.trim().matches(ModuleHeaders.ID_PATTERN)) {
            throw new ValidationException("moduleId", "is not a module id (lower-case words joined by '-', e.g. shunyi-two-new)");
        }
    }

    private static void apply(CaseEntity c, CaseInput in) {
        c.jurisdictionCode = in.jurisdictionCode.trim();
        c.unit = in.unit.trim();
        c.title = in.title.trim();
        c.area = in.area;
        c.dissection = in.dissection.trim();
        c.problem = in.problem == null || in.problem.isBlank() ? null : in.problem.trim();
        c.mechanism = in.mechanism == null || in.mechanism.isBlank() ? null : in.mechanism.trim();
        c.moduleId = in.moduleId == null || in.moduleId.isBlank() ? null : in.moduleId.trim();
        if (c.submittedOn == null || c.state == CaseState.RETURNED) {
            c.submittedOn = in.submittedOn;
        }
    }

    /** Whether the module the case names is installed in this Jiceng now. */
    private CaseView withModule(CaseView v) {
        v.moduleInstalled = v.moduleId == null ? null : modules.module(v.moduleId).isPresent();
        return v;
    }

    private Boolean moduleEnabled(String moduleId, String jurisdictionCode) {
        return moduleId == null ? null : modules.isEnabled(moduleId, jurisdictionCode);
    }

    private void requireDistrict(String code) {
        CaseRules.requireDistrict(store.jurisdictions().get(code).level(), code);
    }

    private CaseEntity load(EntityManager em, String code, long id) {
        return store.find(em, CaseEntity.class, id, "Case", code, c -> c.jurisdictionCode);
    }

    private CaseEntity change(EntityManager em, String code, long id, long version) {
        CaseEntity c = load(em, code, id);
        ConflictException.requireVersion("Case", id, c.version, version);
        return c;
    }

    private static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new ValidationException(field, "must not be before " + what + " (" + earliest + ")");
        }
    }
}
