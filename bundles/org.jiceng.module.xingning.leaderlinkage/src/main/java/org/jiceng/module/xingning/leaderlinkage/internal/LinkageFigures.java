package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Shares;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computes {@link Figures} from the records of a year, for REST, SOAP and the workbook alike. */
@Component(service = LinkageFigures.class)
public class LinkageFigures {
    private final Store store;
    private final Places places;

    @Activate
    public LinkageFigures(@Reference Store store, @Reference Places places) {
        this.store = store;
        this.places = places;
    }

    /** The year's figures for the subtree of {@code code}; without a year, this year. */
    public Figures figures(String code, Integer year) {
        LocalDate today = store.today();
        new Validator().range("year", year, 2000, today.getYear() + 1).throwIfInvalid();
        int y = year == null ? today.getYear() : year;
        List<String> codes = store.subtreeCodes(code);
        Set<String> weak = places.weakVillages(code);
        Figures f = new Figures();
        f.jurisdictionCode = code;
        f.year = y;
        f.asOf = today;
        store.tx().snapshot(em -> {
            List<LeaderEntity> leaders = em
                    .createQuery("SELECT l FROM LeaderEntity l WHERE l.countyCode IN :c AND l.registeredOn <= :end"
                            + " AND (l.leftOn IS NULL OR l.leftOn >= :start) ORDER BY l.id", LeaderEntity.class)
                    .setParameter("c", codes).setParameter("end", LocalDate.of(y, 12, 31)).setParameter("start", LocalDate.of(y, 1, 1))
                    .getResultList();
            List<LinkEntity> links = em
                    .createQuery("SELECT l FROM LinkEntity l WHERE l.jurisdictionCode IN :c AND l.year = :y ORDER BY l.id", LinkEntity.class)
                    .setParameter("c", codes).setParameter("y", y).getResultList();
            // below the city (a town), the leaders are those linked to its places
            Set<Long> counted = new HashSet<>(leaders.stream().map(l -> l.id).toList());
            List<Long> linkedElsewhere = links.stream().map(l -> l.leaderId).filter(id -> !counted.contains(id)).distinct().toList();
            if (!linkedElsewhere.isEmpty()) {
                leaders = new ArrayList<>(leaders);
                leaders.addAll(Views.leaders(em, linkedElsewhere).values().stream().sorted(java.util.Comparator.comparing(l -> l.id)).toList());
            }
            List<ItemEntity> items = em
                    .createQuery(
                            "SELECT i FROM ItemEntity i WHERE i.jurisdictionCode IN :c AND i.linkId IN (SELECT l.id FROM LinkEntity l WHERE l.year = :y)",
                            ItemEntity.class)
                    .setParameter("c", codes).setParameter("y", y).getResultList();
            List<CheckEntity> checks = em
                    .createQuery(
                            "SELECT c FROM CheckEntity c WHERE c.jurisdictionCode IN :c AND c.linkId IN (SELECT l.id FROM LinkEntity l WHERE l.year = :y)",
                            CheckEntity.class)
                    .setParameter("c", codes).setParameter("y", y).getResultList();
            List<String> poor = em
                    .createQuery("SELECT p.villageCode FROM PoorVillageEntity p WHERE p.villageCode IN :c AND p.year = :y", String.class)
                    .setParameter("c", codes).setParameter("y", y).getResultList();
            fill(f, leaders, links, items, checks, new HashSet<>(poor), weak, today);
            return null;
        });
        return f;
    }

    /** The figures from the year's records; apart from the queries so they are tested alone. */
    static void fill(Figures f, List<LeaderEntity> leaders, List<LinkEntity> links, List<ItemEntity> items, List<CheckEntity> checks,
            Set<String> poor,
            Set<String> weak, LocalDate today) {
        Map<Long, EnumSet<LinkKind>> kindsOf = new HashMap<>();
        Map<Long, LinkEntity> linkById = new HashMap<>();
        Map<LinkKind, Long> perKind = new HashMap<>();
        Set<String> poorLinked = new HashSet<>();
        Set<String> weakLinked = new HashSet<>();
        for (LinkEntity l : links) {
            linkById.put(l.id, l);
            kindsOf.computeIfAbsent(l.leaderId, k -> EnumSet.noneOf(LinkKind.class)).add(l.kind);
            perKind.merge(l.kind, 1L, Long::sum);
            if (l.kind == LinkKind.POOR_VILLAGE && poor.contains(l.jurisdictionCode)) {
                poorLinked.add(l.jurisdictionCode);
            }
            if (l.kind == LinkKind.WEAK_VILLAGE && weak.contains(l.jurisdictionCode)) {
                weakLinked.add(l.jurisdictionCode);
            }
        }
        f.leaders = leaders.size();
        f.leadersFullyLinked = kindsOf.values().stream().filter(k -> k.size() == LinkKind.values().length).count();
        f.links = new ArrayList<>();
        for (LinkKind k : LinkKind.values()) {
            Figures.KindRow row = new Figures.KindRow();
            row.kind = k;
            row.kindZh = k.zh();
            row.links = perKind.getOrDefault(k, 0L);
            f.links.add(row);
        }
        f.poorVillages = poor.size();
        f.poorVillagesLinked = poorLinked.size();
        f.poorCoverage = Shares.of(poorLinked.size(), poor.size());
        f.weakVillages = weak.size();
        f.weakVillagesLinked = weakLinked.size();
        f.weakCoverage = Shares.of(weakLinked.size(), weak.size());

        Map<Long, Figures.LeaderRow> rows = new HashMap<>();
        f.checksPerLeader = new ArrayList<>();
        for (LeaderEntity l : leaders) {
            Figures.LeaderRow row = new Figures.LeaderRow();
            row.leaderId = l.id;
            row.name = l.memberName;
            row.post = l.postTitle;
            row.checksPerQuarter = new ArrayList<>(List.of(0L, 0L, 0L, 0L));
            rows.put(l.id, row);
            f.checksPerLeader.add(row);
        }
        for (LinkEntity l : links) {
            Figures.LeaderRow row = rows.get(l.leaderId);
            if (row != null) {
                switch (l.kind) {
                    case TOWN -> row.town = l.jurisdictionName;
                    case POOR_VILLAGE -> row.poorVillage = l.jurisdictionName;
                    case WEAK_VILLAGE -> row.weakVillage = l.jurisdictionName;
                }
            }
        }
        for (ItemEntity i : items) {
            ItemState state = LinkageRules.state(i.dueOn, i.doneOn, today);
            f.items++;
            f.itemsDone += state.done() ? 1 : 0;
            f.itemsDoneLate += state == ItemState.DONE_LATE ? 1 : 0;
            f.itemsOverdue += state == ItemState.OVERDUE ? 1 : 0;
            f.itemsOpen += state == ItemState.OPEN ? 1 : 0;
            LinkEntity link = linkById.get(i.linkId);
            Figures.LeaderRow row = link == null ? null : rows.get(link.leaderId);
            if (row != null) {
                row.items++;
                row.itemsDone += state.done() ? 1 : 0;
                row.itemsOverdue += state == ItemState.OVERDUE ? 1 : 0;
            }
        }
        f.doneShare = Shares.of(f.itemsDone, f.items);
        Map<Long, Set<Integer>> checkedQuarters = new HashMap<>();
        for (CheckEntity c : checks) {
            checkedQuarters.computeIfAbsent(c.linkId, k -> new HashSet<>()).add(LinkageRules.quarter(c.checkedOn));
        }
        for (LinkEntity l : links) {
            f.quartersUnchecked += LinkageRules.quartersUnchecked(l.year, l.linkedOn, checkedQuarters.getOrDefault(l.id, Set.of()), today);
        }
        for (CheckEntity c : checks) {
            f.checks++;
            LinkEntity link = linkById.get(c.linkId);
            Figures.LeaderRow row = link == null ? null : rows.get(link.leaderId);
            if (row != null) {
                int q = LinkageRules.quarter(c.checkedOn) - 1;
                row.checksPerQuarter.set(q, row.checksPerQuarter.get(q) + 1);
                row.checks++;
            }
        }
    }
}
