package org.jiceng.module.wugang.villageappraisal.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The villages' leadership teams of a year (one per village with cadres on the appraisal) and the township's hand scores of each. */
@Component(service = Teams.class)
public class Teams {
    static final double COLLECTIVE_MAX = 20;
    static final double BUILDING_MAX = 20;
    static final Set<String> SORTABLE = Set.of("villageCode", "rank", "total");
    private static final Map<String, Comparator<TeamView>> SORT = Map.of("villageCode", Comparator.comparing(t -> t.villageCode), "rank",
            Comparator.comparing(t -> t.rank, Comparator.nullsLast(Comparator.naturalOrder())), "total",
            Comparator.comparing(t -> t.total, Comparator.nullsFirst(Comparator.naturalOrder())));

    private final Store store;

    @Activate
    public Teams(@Reference Store store) {
        this.store = store;
    }

    /** Enters (or replaces) the township's hand scores of the year for some teams. */
    void enterScores(String code, int year, List<TeamScores> scores) {
        Validator v = new Validator();
        v.check(scores != null && !scores.isEmpty(), "scores", "must list at least one village team");
        v.throwIfInvalid();
        for (int i = 0; i < scores.size(); i++) {
            TeamScores s = scores.get(i);
            String f = "scores[" + i + "].";
            v.require(f + "villageCode", s == null ? null : s.villageCode).require(f + "collective", s == null ? null : s.collective)
                    .require(f + "building", s == null ? null : s.building);
            if (s != null) {
                v.check(s.collective == null || (s.collective >= 0 && s.collective <= COLLECTIVE_MAX), f + "collective", "must be between 0 and 20")
                        .check(s.building == null || (s.building >= 0 && s.building <= BUILDING_MAX), f + "building", "must be between 0 and 20");
            }
        }
        v.throwIfInvalid();
        String county = store.countyOf(code);
        store.tx().run(em -> {
            Years.openForEntries(em, county, year);
            Map<String, TeamEntity> seen = new HashMap<>();
            for (int i = 0; i < scores.size(); i++) {
                TeamScores s = scores.get(i);
                TeamEntity t = seen.computeIfAbsent(s.villageCode, village -> find(em, code, year, village));
                t.collective = s.collective;
                t.building = s.building;
            }
        });
    }

    /** A village's team of the year; a village with no cadre on that year's appraisal has none. */
    private TeamEntity find(EntityManager em, String code, int year, String villageCode) {
        if (!store.within(villageCode, code)) {
            throw new NotFoundException("Village team", villageCode + " " + year);
        }
        List<TeamEntity> rows = em.createQuery("SELECT t FROM TeamEntity t WHERE t.year = :y AND t.villageCode = :v", TeamEntity.class)
                .setParameter("y", year).setParameter("v", villageCode).getResultList();
        if (rows.isEmpty()) {
            throw new ValidationException("villageCode", "village " + villageCode + " has no cadre on the appraisal of " + year);
        }
        return rows.get(0);
    }

    /** Every team of the year in the subtree, in township and rank order. */
    List<TeamEntity> all(String code, int year) {
        return store.tx().read(em -> em
                .createQuery(
                        "SELECT t FROM TeamEntity t WHERE t.year = :y AND t.villageCode IN :codes ORDER BY t.townshipCode, t.rank, t.villageCode",
                        TeamEntity.class)
                .setParameter("y", year).setParameter("codes", store.subtreeCodes(code)).getResultList());
    }

    Page<TeamView> list(String code, int year, String township, PageRequest page) {
        List<TeamView> rows = all(code, year).stream().filter(t -> township == null || township.equals(t.townshipCode)).map(TeamView::of)
                .toList();
        return Pages.ofList(rows, page, SORT, "villageCode");
    }
}
