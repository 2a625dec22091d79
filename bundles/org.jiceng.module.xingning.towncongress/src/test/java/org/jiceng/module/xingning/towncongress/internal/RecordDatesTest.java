package org.jiceng.module.xingning.towncongress.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.FieldError;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.junit.jupiter.api.Test;

class RecordDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate CONVENED = LocalDate.of(2017, 1, 6);

    @Test
    void aNoticeIsIssuedOnOrBeforeTheFirstDayAndNotInTheFuture() {
        valid(RecordDates.notice(new Validator(), CONVENED.minusDays(10), CONVENED, TODAY));
        valid(RecordDates.notice(new Validator(), CONVENED, CONVENED, TODAY));
        valid(RecordDates.notice(new Validator(), null, CONVENED, TODAY));
        assertRefused(RecordDates.notice(new Validator(), CONVENED.plusDays(1), CONVENED, TODAY), "noticeIssuedOn", "after convenedOn (2017-01-06)");
        assertRefused(RecordDates.notice(new Validator(), TODAY.plusDays(1), TODAY.plusDays(30), TODAY), "noticeIssuedOn", RecordDates.FUTURE);
    }

    @Test
    void aStatedStepDayLiesBetweenTheEventItFollowsAndToday() {
        LocalDate lastDay = CONVENED.plusDays(1);
        valid(RecordDates.step(new Validator(), "closedOn", lastDay, lastDay, "the session's last day", TODAY));
        valid(RecordDates.step(new Validator(), "closedOn", TODAY, lastDay, "the session's last day", TODAY));
        valid(RecordDates.step(new Validator(), "closedOn", null, lastDay, "the session's last day", TODAY));
        assertRefused(RecordDates.step(new Validator(), "closedOn", CONVENED, lastDay, "the session's last day", TODAY), "closedOn",
                "must not be before the session's last day (2017-01-07)");
        assertRefused(RecordDates.step(new Validator(), "filedOn", TODAY.plusDays(1), CONVENED, "the session's first day", TODAY), "filedOn",
                RecordDates.FUTURE);
    }

    @Test
    void withoutAnAssignmentDayTheDeadlineIsNotInThePast() {
        valid(RecordDates.deadline(new Validator(), TODAY, null, TODAY));
        assertRefused(RecordDates.deadline(new Validator(), TODAY.minusDays(1), null, TODAY), "deadline", "must not be in the past");
    }

    @Test
    void anAssignmentRecordedAfterTheFactMayHaveAPastDeadlineButNotOneBeforeIt() {
        LocalDate assignedOn = CONVENED.plusDays(8);
        valid(RecordDates.deadline(new Validator(), CONVENED.plusMonths(6), assignedOn, TODAY));
        valid(RecordDates.deadline(new Validator(), assignedOn, assignedOn, TODAY));
        assertRefused(RecordDates.deadline(new Validator(), assignedOn.minusDays(1), assignedOn, TODAY), "deadline",
                "must not be before assignedOn (2017-01-14)");
    }

    @Test
    void theRequestAndTheStoredRecordAreCheckedApart() {
        valid(RecordDates.notFuture(new Validator(), "assignedOn", CONVENED, TODAY));
        valid(RecordDates.notBefore(new Validator(), "assignedOn", null, CONVENED, "the proposal was filed"));
        assertRefused(RecordDates.notBefore(new Validator(), "assignedOn", CONVENED.minusDays(1), CONVENED, "the proposal was filed"), "assignedOn",
                "the proposal was filed (2017-01-06)");
    }

    @Test
    void anUnstatedDayIsToday() {
        assertEquals(TODAY, RecordDates.orToday(null, TODAY));
        assertEquals(CONVENED, RecordDates.orToday(CONVENED, TODAY));
    }

    @Test
    void aSessionOfADayAndAHalfEndsTheNextDay() {
        assertEquals(CONVENED, CongressRules.lastDay(CONVENED, 2));
        assertEquals(CONVENED.plusDays(1), CongressRules.lastDay(CONVENED, 3));
    }

    private static void valid(Validator v) {
        v.throwIfInvalid();
    }

    private static void assertRefused(Validator v, String field, String reason) {
        List<FieldError> errors = assertThrows(ValidationException.class, v::throwIfInvalid).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(field, errors.get(0).field());
        assertTrue(errors.get(0).reason().contains(reason), errors.get(0).reason());
    }
}
