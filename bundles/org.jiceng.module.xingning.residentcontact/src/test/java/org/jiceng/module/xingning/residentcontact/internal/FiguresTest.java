package org.jiceng.module.xingning.residentcontact.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void townsAddUpToTheTotalWithItsOwnRates() {
        Figures.FigureRow a = row("441481101", 120, 100, 50, 49);
        a.perLevel.get(Level.TOWN.ordinal()).reached = 5;
        Figures.FigureRow b = row("441481102", 80, 80, 30, 27);
        b.perLevel.get(Level.TOWN.ordinal()).reached = 2;
        Figures.FigureRow total = Figures.FigureRow.empty("441481", "兴宁市");
        total.add(a);
        total.add(b);
        total.rates();
        assertEquals(200, total.households);
        assertEquals(180, total.householdsVisited);
        assertEquals(new BigDecimal("0.9000"), total.visitRate);
        assertEquals(80, total.collected);
        assertEquals(new BigDecimal("0.9500"), total.resolvedRate);
        assertEquals(7, total.perLevel.get(Level.TOWN.ordinal()).reached);
        assertEquals(3, total.perLevel.size());
        Figures.FigureRow none = Figures.FigureRow.empty("x", "x");
        none.rates();
        assertEquals(new BigDecimal("0.0000"), none.resolvedRate, "nothing collected is no failure");
    }

    private static Figures.FigureRow row(String code, long households, long visited, long collected, long resolved) {
        Figures.FigureRow r = Figures.FigureRow.empty(code, code);
        r.households = households;
        r.householdsVisited = visited;
        r.collected = collected;
        r.resolved = resolved;
        r.open = collected - resolved;
        r.rates();
        return r;
    }
}
