package org.jiceng.module.wugang.twocreations.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The ranking down to villages (考核排名到村): every cross-inspected branch of a level and year by its
 * cross-inspection score — the other township's marks, not the branch's own — ranked in the scope
 * and within its township. Branches above the townships (county organs) form a group of their own.
 */
@Component(service = Ranking.class)
public class Ranking {
    static final Set<String> SORTABLE = Set.of("rank", "townshipRank", "crossScore", "organizationName", "jurisdictionCode", "applicationId");
    private static final Map<String, Comparator<RankingRow>> ORDERS = Map.of("rank", Comparator.comparingInt(r -> r.rank), "townshipRank",
            Comparator.comparingInt(r -> r.townshipRank), "crossScore", Comparator.comparing(r -> r.crossScore), "organizationName",
            Comparator.comparing(r -> r.organizationName), "jurisdictionCode", Comparator.comparing(r -> r.jurisdictionCode), "applicationId",
            Comparator.comparingLong(r -> r.applicationId));

    private final Applications applications;
    private final Store store;

    @Activate
    public Ranking(@Reference Applications applications, @Reference Store store) {
        this.applications = applications;
        this.store = store;
    }

    Page<RankingRow> page(String code, CreationLevel level, int year, String township, PageRequest page) {
        List<RankingRow> rows = all(code, level, year);
        if (township != null) {
            rows = rows.stream().filter(r -> township.equals(r.townshipCode)).toList();
        }
        return Pages.ofList(rows, page.withDefaultOrder(new PageRequest.Order("rank", true)), ORDERS, "applicationId");
    }

    /** The whole ranking, best first. */
    List<RankingRow> all(String code, CreationLevel level, int year) {
        List<ApplicationView> inspected = new ArrayList<>(applications.all(code, level, year).stream().filter(a -> a.crossScore != null).toList());
        inspected.sort(Comparator.comparing((ApplicationView a) -> a.crossScore).reversed().thenComparingLong(a -> a.id));
        int[] ranks = Ranks.of(inspected.stream().map(a -> a.crossScore).toList());
        Map<String, List<RankingRow>> byGroup = new LinkedHashMap<>();
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < inspected.size(); i++) {
            RankingRow r = row(inspected.get(i), ranks[i]);
            rows.add(r);
            byGroup.computeIfAbsent(r.townshipCode == null ? "" : r.townshipCode, g -> new ArrayList<>()).add(r);
        }
        for (List<RankingRow> group : byGroup.values()) {
            int[] inGroup = Ranks.of(group.stream().map(r -> r.crossScore).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).townshipRank = inGroup[i];
                group.get(i).townshipSize = group.size();
            }
        }
        return rows;
    }

    private RankingRow row(ApplicationView a, int rank) {
        RankingRow r = new RankingRow();
        r.rank = rank;
        r.townshipCode = a.townshipCode;
        r.townshipName = a.townshipCode == null ? "市直机关" : store.nameOf(a.townshipCode);
        r.applicationId = a.id;
        r.organizationId = a.organizationId;
        r.organizationName = a.organizationName;
        r.jurisdictionCode = a.jurisdictionCode;
        r.jurisdictionName = store.nameOf(a.jurisdictionCode);
        r.crossScore = a.crossScore;
        r.crossMetCount = a.crossMetCount;
        r.crossPassed = a.crossPassed;
        r.selfCheckScore = a.selfCheckScore;
        r.stage = a.stage;
        return r;
    }
}
