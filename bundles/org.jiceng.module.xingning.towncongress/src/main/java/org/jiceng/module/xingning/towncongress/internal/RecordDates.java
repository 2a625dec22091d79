package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;

import org.jiceng.common.Validator;

/**
 * The days a town's secretariat may state when it enters the paper records of a session after it
 * was held: when the notice went out, when the session closed, when a proposal was filed, assigned,
 * handled and answered. Each is optional (the service uses today, as for a record entered as it happens); a
 * stated day is never in the future and never before the event it follows, so a backdated record
 * keeps the order notice → session → filing → assignment → handling → reply. Free of persistence so
 * it is tested alone; a refused day is a field error named after the body's field.
 */
final class RecordDates {
    static final String FUTURE = "must not be in the future";

    private RecordDates() {
    }

    /** The notice is issued on or before the session's first day. */
    static Validator notice(Validator v, LocalDate issuedOn, LocalDate convenedOn, LocalDate today) {
        notFuture(v, "noticeIssuedOn", issuedOn, today);
        return v.check(issuedOn == null || convenedOn == null || !issuedOn.isAfter(convenedOn), "noticeIssuedOn",
                "must not be after convenedOn (" + convenedOn + ")");
    }

    /**
     * A stated day of a step: not in the future, not before {@code earliest}, the day of the event it
     * follows ({@code follows} names that event in the error).
     */
    static Validator step(Validator v, String field, LocalDate stated, LocalDate earliest, String follows, LocalDate today) {
        return notBefore(notFuture(v, field, stated, today), field, stated, earliest, follows);
    }

    /** The part of {@link #step} the request alone tells, checked with the other fields before anything is loaded. */
    static Validator notFuture(Validator v, String field, LocalDate stated, LocalDate today) {
        return v.check(stated == null || !stated.isAfter(today), field, FUTURE);
    }

    /** The part of {@link #step} that needs the stored record. */
    static Validator notBefore(Validator v, String field, LocalDate stated, LocalDate earliest, String follows) {
        return v.check(stated == null || !stated.isBefore(earliest), field, "must not be before " + follows + " (" + earliest + ")");
    }

    /**
     * A handling deadline is never before the day the proposal is assigned: with no assignment day
     * stated that is today (a deadline in the past makes no sense for work handed out now); with one
     * stated, as when the secretariat records an earlier assignment, the deadline may lie in the past
     * but not before that day.
     */
    static Validator deadline(Validator v, LocalDate deadline, LocalDate assignedOn, LocalDate today) {
        if (assignedOn == null) {
            return v.check(deadline == null || !deadline.isBefore(today), "deadline", "must not be in the past");
        }
        return v.check(deadline == null || !deadline.isBefore(assignedOn), "deadline", "must not be before assignedOn (" + assignedOn + ")");
    }

    /** Today, or the stated day. */
    static LocalDate orToday(LocalDate stated, LocalDate today) {
        return stated == null ? today : stated;
    }
}
