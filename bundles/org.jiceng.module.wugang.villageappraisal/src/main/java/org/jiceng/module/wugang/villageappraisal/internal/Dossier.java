package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Params;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The performance dossier (业绩考核档案) of each cadre: work records with points, dated within the
 * appraisal year they count for. The engine's computed indicators are sums over it.
 */
@Component(service = Dossier.class)
public class Dossier {
    static final String RULE_OUTSIDE_YEAR = "record-outside-year";
    static final Set<String> SORTABLE = Set.of("id", "recordedOn", "points", "category");
    private static final Map<String, Comparator<RecordView>> SORT = Map.of("id", Comparator.comparingLong(r -> r.id), "recordedOn",
            Comparator.comparing(r -> r.recordedOn), "points", Comparator.comparingDouble(r -> r.points), "category",
            Comparator.comparing(r -> r.category));

    private final Store store;
    private final Cadres cadres;

    @Activate
    public Dossier(@Reference Store store, @Reference Cadres cadres) {
        this.store = store;
        this.cadres = cadres;
    }

    /** Adds one record to a cadre's dossier. */
    RecordView add(String code, long cadreId, RecordInput input, LocalDate today) {
        return addAll(code, cadreId, List.of(Params.body(input)), today).get(0);
    }

    /** Adds records to a cadre's dossier in one transaction (a quarter's records at once). */
    List<RecordView> addAll(String code, long cadreId, List<RecordInput> inputs, LocalDate today) {
        List<RecordCategory> categories = validate(inputs, today);
        return store.tx().write(em -> {
            CadreEntity c = cadres.find(em, code, cadreId);
            for (RecordInput in : inputs) {
                if (!AppraisalRules.inYear(in.recordedOn, c.year)) {
                    throw new RuleViolationException(RULE_OUTSIDE_YEAR, "A record of " + in.recordedOn + " does not belong in the dossier of "
                            + c.year + ": a record counts for the year it is dated in");
                }
            }
            Years.openForEntries(em, c.countyCode, c.year);
            List<RecordEntity> out = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                RecordInput in = inputs.get(i);
                RecordEntity r = new RecordEntity();
                r.cadreId = c.id;
                r.memberId = c.memberId;
                r.villageCode = c.villageCode;
                r.year = c.year;
                r.recordedOn = in.recordedOn;
                r.category = categories.get(i);
                r.points = in.points;
                r.description = in.description.trim();
                r.recordedBy = Store.caller();
                em.persist(r);
                out.add(r);
            }
            em.flush();
            return out.stream().map(RecordView::of).toList();
        });
    }

    private static List<RecordCategory> validate(List<RecordInput> inputs, LocalDate today) {
        Validator v = new Validator();
        List<RecordCategory> categories = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RecordInput in = inputs.get(i);
            String f = inputs.size() == 1 ? "" : "records[" + i + "].";
            v.require(f + "recordedOn", in.recordedOn).require(f + "category", in.category).require(f + "points", in.points)
                    .require(f + "description", in.description).maxLength(f + "description", in.description, 1000)
                    .check(in.recordedOn == null || !in.recordedOn.isAfter(today), f + "recordedOn", "must not be in the future");
            RecordCategory category = null;
            try {
                category = Params.enumOf(RecordCategory.class, f + "category", in.category);
            } catch (ValidationException e) {
                v.check(false, f + "category", e.errors().get(0).reason());
            }
            v.check(category == null || in.points == null || category.accepts(in.points), f + "points",
                    category == null ? "" : "a " + category.name() + " record takes points " + category.bounds());
            categories.add(category);
        }
        v.throwIfInvalid();
        return categories;
    }

    /** A cadre's dossier, as a page. */
    Page<RecordView> list(String code, long cadreId, PageRequest page) {
        List<RecordView> rows = store.tx().read(em -> {
            cadres.find(em, code, cadreId);
            return em.createQuery("SELECT r FROM RecordEntity r WHERE r.cadreId = :c", RecordEntity.class).setParameter("c", cadreId)
                    .getResultList().stream().map(RecordView::of).toList();
        });
        return Pages.ofList(rows, page, SORT, "id");
    }

    /** Withdraws a record entered in error, while its year is open. */
    void delete(String code, long recordId, Long version) {
        long expected = Validator.requiredVersion(version);
        store.tx().run(em -> {
            RecordEntity r = em.find(RecordEntity.class, recordId);
            if (r == null || !store.within(r.villageCode, code)) {
                throw new NotFoundException("Dossier record", recordId);
            }
            ConflictException.requireVersion("Dossier record", recordId, r.version, expected);
            Years.openForEntries(em, store.countyOf(r.villageCode), r.year);
            em.remove(r);
        });
    }

    /** The sum of a cadre's points of one category: what the engine's computed indicators are made of. */
    double sum(long cadreId, RecordCategory category) {
        return store.tx().read(em -> {
            Double sum = em.createQuery("SELECT SUM(r.points) FROM RecordEntity r WHERE r.cadreId = :c AND r.category = :k", Double.class)
                    .setParameter("c", cadreId).setParameter("k", category).getSingleResult();
            return sum == null ? 0 : sum;
        });
    }
}
