package org.jiceng.module.wugang.serviceday.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FigureTallyTest {
    private static final String TOWN_A = "430581105";
    private static final String TOWN_B = "430581106";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void figuresAddUpPerVillageTownshipAndTotal() {
        FigureTally tally = new FigureTally("430581", c -> "name of " + c);
        tally.serviceDay(TOWN_A + "201", TOWN_A);
        tally.serviceDay(TOWN_A + "202", TOWN_A);
        tally.serviceDay(TOWN_B + "201", TOWN_B);
        tally.application(app(TOWN_A + "201", Timeliness.ON_TIME, Outcome.DONE, Satisfaction.SATISFIED));
        tally.application(app(TOWN_A + "201", Timeliness.LATE, Outcome.REFUSED, Satisfaction.DISSATISFIED));
        tally.application(app(TOWN_A + "202", Timeliness.OVERDUE, null, null));
        tally.application(app(TOWN_B + "201", Timeliness.ON_TIME, Outcome.FORWARDED, Satisfaction.BASICALLY_SATISFIED));
        tally.application(app(TOWN_B + "201", Timeliness.OPEN, null, null));

        Figures f = tally.figures("430581", TODAY.withDayOfYear(1), TODAY, TODAY);
        FigureRow t = f.total;
        assertEquals(3, t.serviceDays);
        assertEquals(5, t.applications);
        assertEquals(3, t.decided);
        assertEquals(2, t.onTime);
        assertEquals(1, t.late);
        assertEquals(1, t.overdue);
        assertEquals(1, t.open);
        assertEquals("50.0", t.onTimePercent, "2 on time of 3 decided and 1 overdue");
        assertEquals("66.7", t.satisfactionPercent, "satisfied and basically satisfied, 2 of 3 rated");
        assertEquals(2, f.townships.size());
        assertEquals(TOWN_A, f.townships.get(0).code);
        assertEquals(2, f.townships.get(0).serviceDays);
        assertEquals("33.3", f.townships.get(0).onTimePercent);
        assertEquals("100.0", f.townships.get(1).onTimePercent, "the open one is not counted against the township");
        assertEquals(3, f.villages.size());
        assertEquals("name of " + TOWN_A + "202", f.villages.get(1).name);
        assertEquals("0.0", f.villages.get(1).satisfactionPercent, "nothing rated is 0, not a failure");
    }

    private static ApplicationView app(String village, Timeliness timeliness, Outcome outcome, Satisfaction satisfaction) {
        ApplicationView a = new ApplicationView();
        a.villageCode = village;
        a.townshipCode = village.substring(0, 9);
        a.timeliness = timeliness;
        a.outcome = outcome;
        a.satisfaction = satisfaction;
        return a;
    }
}
