package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

/** Builds the views of links and checks with what they show of their leader and list, a few queries per page. */
final class Views {
    private Views() {
    }

    static Map<Long, LeaderEntity> leaders(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT l FROM LeaderEntity l WHERE l.id IN :ids", LeaderEntity.class).setParameter("ids", List.copyOf(ids))
                .getResultList().stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
    }

    static Map<Long, LinkEntity> links(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT l FROM LinkEntity l WHERE l.id IN :ids", LinkEntity.class).setParameter("ids", List.copyOf(ids))
                .getResultList().stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
    }

    static List<LinkView> links(EntityManager em, List<LinkEntity> links, LocalDate today) {
        if (links.isEmpty()) {
            return List.of();
        }
        List<Long> ids = links.stream().map(l -> l.id).toList();
        Map<Long, LeaderEntity> leaders = leaders(em, links.stream().map(l -> l.leaderId).distinct().toList());
        Map<Long, List<ItemEntity>> items = em.createQuery("SELECT i FROM ItemEntity i WHERE i.linkId IN :ids", ItemEntity.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.groupingBy(i -> i.linkId));
        Map<Long, LocalDate> lastChecked = new HashMap<>();
        for (Object[] row : em
                .createQuery("SELECT c.linkId, MAX(c.checkedOn) FROM CheckEntity c WHERE c.linkId IN :ids GROUP BY c.linkId", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            lastChecked.put((Long) row[0], (LocalDate) row[1]);
        }
        List<LinkView> views = new ArrayList<>();
        for (LinkEntity l : links) {
            LinkView v = new LinkView();
            LeaderEntity leader = leaders.get(l.leaderId);
            v.id = l.id;
            v.leaderId = l.leaderId;
            v.leaderName = leader == null ? null : leader.memberName;
            v.leaderPost = leader == null ? null : leader.postTitle;
            v.year = l.year;
            v.kind = l.kind;
            v.kindZh = l.kind.zh();
            v.jurisdictionCode = l.jurisdictionCode;
            v.jurisdictionName = l.jurisdictionName;
            v.townshipCode = l.townshipCode;
            v.linkedOn = l.linkedOn;
            v.linkedBy = l.linkedBy;
            for (ItemEntity i : items.getOrDefault(l.id, List.of())) {
                ItemState state = LinkageRules.state(i.dueOn, i.doneOn, today);
                v.items++;
                v.itemsDone += state.done() ? 1 : 0;
                v.itemsOverdue += state == ItemState.OVERDUE ? 1 : 0;
            }
            v.checks = l.checkCount;
            v.lastCheckedOn = lastChecked.get(l.id);
            v.version = l.version;
            views.add(v);
        }
        return views;
    }

    static List<CheckView> checks(EntityManager em, List<CheckEntity> checks) {
        if (checks.isEmpty()) {
            return List.of();
        }
        Map<Long, LinkEntity> links = links(em, checks.stream().map(c -> c.linkId).distinct().toList());
        Map<Long, LeaderEntity> leaders = leaders(em, links.values().stream().map(l -> l.leaderId).distinct().toList());
        Map<Long, List<Long>> done = em
                .createQuery("SELECT i FROM ItemEntity i WHERE i.doneCheckId IN :ids ORDER BY i.id", ItemEntity.class)
                .setParameter("ids", checks.stream().map(c -> c.id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(i -> i.doneCheckId, Collectors.mapping(i -> i.id, Collectors.toList())));
        List<CheckView> views = new ArrayList<>();
        for (CheckEntity c : checks) {
            LinkEntity link = links.get(c.linkId);
            LeaderEntity leader = link == null ? null : leaders.get(link.leaderId);
            CheckView v = new CheckView();
            v.id = c.id;
            v.linkId = c.linkId;
            v.leaderId = link == null ? 0 : link.leaderId;
            v.leaderName = leader == null ? null : leader.memberName;
            v.linkKind = link == null ? null : link.kind;
            v.jurisdictionCode = c.jurisdictionCode;
            v.jurisdictionName = link == null ? null : link.jurisdictionName;
            v.kind = c.kind;
            v.kindZh = c.kind.zh();
            v.checkedOn = c.checkedOn;
            v.quarter = LinkageRules.quarter(c.checkedOn);
            v.checkedBy = c.checkedBy;
            v.findings = c.findings;
            v.recordedBy = c.recordedBy;
            v.itemsDone = done.getOrDefault(c.id, List.of());
            v.version = c.version;
            views.add(v);
        }
        return views;
    }
}
