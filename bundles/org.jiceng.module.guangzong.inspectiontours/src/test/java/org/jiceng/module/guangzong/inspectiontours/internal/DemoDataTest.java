package org.jiceng.module.guangzong.inspectiontours.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class DemoDataTest {
    @Test
    void theFollowUpFindsTheSeeds19RectificationsNotDoneAtTheTownshipCommittees() {
        // 8 township committees in round 1, the dissected one (麻雀式) last
        List<Long> townshipVisits = List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L);
        Set<Integer> ordinals = new TreeSet<>();
        for (long visit : townshipVisits) {
            for (int position = 0; position < 12; position++) {
                FindingEntity f = new FindingEntity();
                f.visitId = visit;
                int ordinal = DemoData.reopenOrdinal(f, position, townshipVisits);
                if (ordinal >= 0) {
                    ordinals.add(ordinal);
                }
            }
        }
        assertEquals(DemoData.TALKS + DemoData.LETTERS + DemoData.ADMONISHMENTS, ordinals.size());
        assertEquals(19, ordinals.size(), "约谈 3 + 函询 8 + 诫勉谈话 8");
        assertEquals(0, ((TreeSet<Integer>) ordinals).first());
        assertEquals(18, ((TreeSet<Integer>) ordinals).last());
        FindingEntity village = new FindingEntity();
        village.visitId = 99L;
        assertEquals(-1, DemoData.reopenOrdinal(village, 0, townshipVisits), "villages are not the secretaries' accountability");
    }
}
