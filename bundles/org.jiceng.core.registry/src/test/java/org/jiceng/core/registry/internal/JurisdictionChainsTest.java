package org.jiceng.core.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class JurisdictionChainsTest {
    /** A tree in memory standing for the database: code to jurisdiction, each read counted. */
    private final Map<String, Jurisdiction> tree = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    JurisdictionChainsTest() {
        put("441481", "兴宁市", JurisdictionLevel.COUNTY, null);
        put("441481100", "宁新街道", JurisdictionLevel.TOWNSHIP, "441481");
        put("441481100001", "某村", JurisdictionLevel.VILLAGE, "441481100");
        put("441481100002", "另一村", JurisdictionLevel.VILLAGE, "441481100");
    }

    private void put(String code, String name, JurisdictionLevel level, String parent) {
        tree.put(code, new Jurisdiction(code, name, level, parent, 0, 0));
    }

    private List<Jurisdiction> read(String code) {
        reads.incrementAndGet();
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction j = tree.get(code); j != null; j = j.parentCode() == null ? null : tree.get(j.parentCode())) {
            chain.add(0, j);
        }
        return chain;
    }

    @Test
    void aChainIsReadOnceAndItsAncestorsAreSharedWithTheChainsBelowThem() {
        JurisdictionChains chains = new JurisdictionChains(this::read);
        List<Jurisdiction> first = chains.chain("441481100001");
        assertEquals(List.of("441481", "441481100", "441481100001"), first.stream().map(Jurisdiction::code).toList());
        assertSame(first, chains.chain("441481100001"));
        assertEquals(1, reads.get());

        List<Jurisdiction> sibling = chains.chain("441481100002");
        assertSame(first.get(1), sibling.get(1), "the township is held once");
        assertEquals(2, reads.get());
    }

    @Test
    void anUnknownCodeIsReadEveryTimeSoThatOneCreatedLaterIsFound() {
        JurisdictionChains chains = new JurisdictionChains(this::read);
        assertTrue(chains.chain("441481100003").isEmpty());
        put("441481100003", "新村", JurisdictionLevel.VILLAGE, "441481100");
        assertEquals("新村", chains.chain("441481100003").get(2).name());
        assertEquals(2, reads.get());
    }

    @Test
    void aRenameShowsOnceTheChainsAreForgotten() {
        JurisdictionChains chains = new JurisdictionChains(this::read);
        assertEquals("宁新街道", chains.chain("441481100001").get(1).name());
        put("441481100", "宁新镇", JurisdictionLevel.TOWNSHIP, "441481");
        chains.forget();
        assertEquals("宁新镇", chains.chain("441481100001").get(1).name());
        assertEquals("宁新镇", chains.chain("441481100").get(1).name());
    }

    @Test
    void aChainReadWhileTheTreeChangedIsAnsweredButNotKept() {
        JurisdictionChains[] holder = new JurisdictionChains[1];
        // the change commits and is forgotten while the read is under way: what the read saw may be the old tree
        holder[0] = new JurisdictionChains(code -> {
            List<Jurisdiction> before = read(code);
            if (reads.get() == 1) {
                put("441481100", "宁新镇", JurisdictionLevel.TOWNSHIP, "441481");
                holder[0].forget();
            }
            return before;
        });
        JurisdictionChains chains = holder[0];
        assertEquals("宁新街道", chains.chain("441481100001").get(1).name(), "answered as read");
        assertEquals(0, chains.size(), "but not kept");
        assertEquals("宁新镇", chains.chain("441481100001").get(1).name());
        assertEquals(1, chains.size());
    }
}
