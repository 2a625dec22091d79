package org.jiceng.module.xingning.leaderlinkage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LinkageFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @Test
    void coverageCountsListedAndFlaggedVillagesWithALinkAndChecksFallIntoQuarters() {
        LeaderEntity a = leader(1, "甲");
        LeaderEntity b = leader(2, "乙");
        List<LinkEntity> links = List.of(link(10, 1, LinkKind.TOWN, "t1"), link(11, 1, LinkKind.POOR_VILLAGE, "p1"),
                link(12, 1, LinkKind.WEAK_VILLAGE, "w1"),
                link(20, 2, LinkKind.TOWN, "t1"), link(21, 2, LinkKind.POOR_VILLAGE, "p2"));
        List<ItemEntity> items = List.of(item(10, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 20)), item(11, LocalDate.of(2025, 6, 30), null),
                item(12, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 2)), item(21, LocalDate.of(2026, 3, 31), null));
        List<CheckEntity> checks = List.of(check(10, LocalDate.of(2025, 3, 20)), check(11, LocalDate.of(2025, 3, 25)),
                check(21, LocalDate.of(2025, 11, 2)));
        Figures f = new Figures();
        LinkageFigures.fill(f, List.of(a, b), links, items, checks, Set.of("p1", "p2", "p3", "p4"), Set.of("w1", "w2"), TODAY);
        assertEquals(2, f.leaders);
        assertEquals(1, f.leadersFullyLinked);
        assertEquals(List.of(2L, 2L, 1L), f.links.stream().map(k -> k.links).toList());
        assertEquals(2, f.poorVillagesLinked);
        assertEquals(new BigDecimal("0.5000"), f.poorCoverage);
        assertEquals(1, f.weakVillagesLinked);
        assertEquals(new BigDecimal("0.5000"), f.weakCoverage);
        assertEquals(4, f.items);
        assertEquals(2, f.itemsDone);
        assertEquals(1, f.itemsDoneLate);
        assertEquals(1, f.itemsOverdue);
        assertEquals(1, f.itemsOpen);
        assertEquals(List.of(2L, 0L, 0L, 0L), f.checksPerLeader.get(0).checksPerQuarter);
        assertEquals(List.of(0L, 0L, 0L, 1L), f.checksPerLeader.get(1).checksPerQuarter);
        assertEquals("w1", f.checksPerLeader.get(0).weakVillage);
        assertEquals(null, f.checksPerLeader.get(1).weakVillage);
        assertEquals(3 + 3 + 4 + 4 + 3, f.quartersUnchecked, "five links of a year that is over, four checks in three of them");
    }

    private static LeaderEntity leader(long id, String name) {
        LeaderEntity l = new LeaderEntity();
        l.id = id;
        l.memberName = name;
        l.postTitle = "市委常委";
        return l;
    }

    private static LinkEntity link(long id, long leader, LinkKind kind, String place) {
        LinkEntity l = new LinkEntity();
        l.id = id;
        l.leaderId = leader;
        l.kind = kind;
        l.jurisdictionCode = place;
        l.jurisdictionName = place;
        l.year = 2025;
        l.linkedOn = LocalDate.of(2025, 1, 10);
        return l;
    }

    private static ItemEntity item(long link, LocalDate due, LocalDate done) {
        ItemEntity i = new ItemEntity();
        i.linkId = link;
        i.dueOn = due;
        i.doneOn = done;
        return i;
    }

    private static CheckEntity check(long link, LocalDate on) {
        CheckEntity c = new CheckEntity();
        c.linkId = link;
        c.checkedOn = on;
        return c;
    }
}
