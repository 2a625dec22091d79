package org.jiceng.module.shunyi.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A county's work points of a year (工作要点): items numbered through the year, under numbered parts. */
@Component(service = WorkPoints.class)
public class WorkPoints {
    static final String RULE_NOT_IN_WORK_POINTS = "work-item-not-in-work-points";

    private final Store store;

    @Activate
    public WorkPoints(@Reference Store store) {
        this.store = store;
    }

    /** Body of POST /work-points. */
    public static class NewWorkItem {
        public Integer year;
        public Integer partNumber;
        /** The part's title; the same for every item of the part. */
        public String partTitle;
        public Integer itemNumber;
        public String content;
    }

    /** The work points of the county {@code code} lies in for a year, by item number, with how many folded projects carry each out. */
    public List<WorkItemView> list(String code, int year) {
        String county = store.countyOf(code);
        return store.tx().read(em -> {
            Map<Long, Long> projects = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT p.workItemId, COUNT(p) FROM ProjectEntity p WHERE p.countyCode = :c AND p.year = :y"
                    + " GROUP BY p.workItemId", Object[].class).setParameter("c", county).setParameter("y", year).getResultList()) {
                projects.put((Long) row[0], (Long) row[1]);
            }
            return items(em, county, year).stream().map(i -> {
                WorkItemView v = i.toView();
                v.projects = projects.getOrDefault(i.id, 0L);
                return v;
            }).toList();
        });
    }

    public WorkItemView add(String code, NewWorkItem in) {
        new Validator().require("year", in.year).range("year", in.year, 2000, 2100).require("partNumber", in.partNumber)
                .range("partNumber", in.partNumber, 1, 20).require("partTitle", in.partTitle).maxLength("partTitle", in.partTitle, 200)
                .require("itemNumber", in.itemNumber).range("itemNumber", in.itemNumber, 1, 500).require("content", in.content)
                .maxLength("content", in.content, 1000).throwIfInvalid();
        String county = store.countyWriting(code);
        return store.tx().write(em -> {
            List<WorkItemEntity> year = items(em, county, in.year);
            if (year.stream().anyMatch(i -> i.itemNumber == in.itemNumber)) {
                throw new RuleViolationException(IndicatorRules.RULE_WORK_ITEM_TAKEN,
                        "The work points of " + county + " for " + in.year + " have item "
                                + in.itemNumber + " already");
            }
            year.stream().filter(i -> i.partNumber == in.partNumber && !i.partTitle.equals(in.partTitle.trim())).findFirst().ifPresent(i -> {
                throw new ValidationException("partTitle", "must be the title of part " + in.partNumber + " (" + i.partTitle + ")");
            });
            WorkItemEntity i = new WorkItemEntity();
            i.countyCode = county;
            i.year = in.year;
            i.partNumber = in.partNumber;
            i.partTitle = in.partTitle.trim();
            i.itemNumber = in.itemNumber;
            i.content = in.content.trim();
            em.persist(i);
            return i;
        }).toView();
    }

    /** The county's item of this number in a year; 422 work-item-not-in-work-points when there is none. */
    WorkItemEntity require(EntityManager em, String county, int year, int itemNumber) {
        return em.createQuery("SELECT i FROM WorkItemEntity i WHERE i.countyCode = :c AND i.year = :y AND i.itemNumber = :n", WorkItemEntity.class)
                .setParameter("c", county).setParameter("y", year).setParameter("n", itemNumber).getResultList().stream().findFirst()
                .orElseThrow(
                        () -> new RuleViolationException(RULE_NOT_IN_WORK_POINTS, "The work points of " + county + " for " + year + " have no item "
                                + itemNumber + ": a folded project carries out an item of the year's work points"));
    }

    static List<WorkItemEntity> items(EntityManager em, String county, int year) {
        return em.createQuery("SELECT i FROM WorkItemEntity i WHERE i.countyCode = :c AND i.year = :y ORDER BY i.itemNumber", WorkItemEntity.class)
                .setParameter("c", county).setParameter("y", year).getResultList();
    }

    /** The latest year the county has planned (work points, tasks or projects), if any. */
    Integer latestYear(String code) {
        String county = store.countyOf(code);
        return store.tx().read(em -> {
            Integer latest = null;
            for (String entity : List.of("WorkItemEntity", "TaskEntity", "ProjectEntity")) {
                Integer y = em.createQuery("SELECT MAX(e.year) FROM " + entity + " e WHERE e.countyCode = :c", Integer.class)
                        .setParameter("c", county)
                        .getSingleResult();
                latest = y == null || latest != null && latest >= y ? latest : y;
            }
            return latest;
        });
    }
}
