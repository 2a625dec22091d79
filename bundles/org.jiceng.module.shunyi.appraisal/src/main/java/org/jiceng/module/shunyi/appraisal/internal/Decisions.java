package org.jiceng.module.shunyi.appraisal.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The use of the results (考核结果应用): measures of each unit's grade, recorded against the unit or a person of it once the year is computed. */
@Component(service = Decisions.class)
public class Decisions {
    static final Set<String> SORTABLE = Set.of("id", "decidedOn");
    private static final Map<String, String> SORT = Map.of("id", "d.id", "decidedOn", "d.decidedOn");

    private final Store store;
    private final Appraisal appraisal;

    @Activate
    public Decisions(@Reference Store store, @Reference Appraisal appraisal) {
        this.store = store;
        this.appraisal = appraisal;
    }

    /** Body of POST /decisions. */
    public static class NewDecision {
        public Long unitId;
        public Measure measure;
        /** The person of the unit it is taken against; empty for a measure against the unit. */
        public String personName;
        public LocalDate decidedOn;
        public String note;
    }

    /** Records a measure of the unit's grade; 422 results-not-computed, measure-not-for-grade. */
    public DecisionView decide(String code, NewDecision in) {
        LocalDate today = store.today();
        new Validator().require("unitId", in.unitId).require("measure", in.measure).maxLength("personName", in.personName, 50)
                .require("decidedOn", in.decidedOn)
                .check(in.decidedOn == null || !in.decidedOn.isAfter(today), "decidedOn", "must not be in the future")
                .maxLength("note", in.note, 2000).throwIfInvalid();
        Object[] loaded = store.tx().read(em -> appraisal.unitAndYear(em, code, in.unitId));
        UnitEntity unit = (UnitEntity) loaded[0];
        YearEntity year = (YearEntity) loaded[1];
        AppraisalRules.requireComputed(year.year, year.state);
        SubjectResult result = appraisal.result(year, unit);
        AppraisalRules.requireMeasureFits(in.measure, result.grade(), in.personName);
        DecisionEntity created = store.tx().write(em -> {
            DecisionEntity d = new DecisionEntity();
            d.unitId = unit.id;
            d.jurisdictionCode = unit.jurisdictionCode;
            d.grade = result.grade();
            d.measure = in.measure;
            d.personName = in.personName == null || in.personName.isBlank() ? null : in.personName.trim();
            d.decidedOn = in.decidedOn;
            d.decidedBy = Store.caller();
            d.note = in.note == null || in.note.isBlank() ? null : in.note.trim();
            em.persist(d);
            return d;
        });
        return get(code, created.id);
    }

    public DecisionView get(String code, long id) {
        return store.tx().read(em -> {
            DecisionEntity d = store.find(em, DecisionEntity.class, id, "Decision", code, x -> x.jurisdictionCode);
            UnitEntity u = em.find(UnitEntity.class, d.unitId);
            return d.toView(u, em.find(YearEntity.class, u.yearId).year);
        });
    }

    /** Decisions of the subtree, by year, unit, grade and measure. */
    public Page<DecisionView> list(String code, Integer year, Long unitId, String grade, Measure measure, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("DecisionEntity", "d").where("d.jurisdictionCode IN :codes", "codes", codes)
                    .where("d.unitId = :unit", "unit", unitId)
                    .where("d.grade = :grade", "grade", grade == null || grade.isBlank() ? null : grade.trim())
                    .where("d.measure = :measure", "measure", measure)
                    .where("d.unitId IN (SELECT u.id FROM UnitEntity u, YearEntity y WHERE u.yearId = y.id AND y.year = :year)", "year", year);
            Page<DecisionEntity> rows = q.page(em, DecisionEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            Map<Long, UnitEntity> units = new HashMap<>();
            Map<Long, Integer> years = new HashMap<>();
            return new Page<>(rows.items().stream().map(d -> {
                UnitEntity u = units.computeIfAbsent(d.unitId, id -> em.find(UnitEntity.class, id));
                return d.toView(u, years.computeIfAbsent(u.yearId, id -> em.find(YearEntity.class, id).year));
            }).toList(), rows.page(), rows.size(), rows.total());
        });
    }
}
