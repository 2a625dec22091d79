package org.jiceng.module.wugang.serviceday.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.Position;
import org.jiceng.common.Cadence;
import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;

/**
 * 武冈's rules for service days, free of persistence so they can be tested alone. The seed: village
 * cadres and the cadre stationed in the village sit every Monday at the village venue (坐堂办公) and
 * handle what residents apply for end to end (全程代办). Each refusal is a 422 naming its rule.
 */
final class ServiceDayRules {
    static final String NOT_MONDAY = "service-day-not-monday";
    static final String NOT_A_VILLAGE = "service-day-not-in-village";
    static final String DUTY_NOT_VILLAGE_CADRE = "duty-cadre-not-of-village";
    static final String AGENT_NOT_VILLAGE_CADRE = "agent-not-village-cadre";
    static final String NO_SESSION = "no-service-session";
    static final String SESSION_CLOSED = "session-closed";
    static final String UNASSIGNED_AT_CLOSE = "session-has-unassigned-applications";
    static final String AGENT_NOT_ASSIGNED = "agent-not-assigned";
    static final String ALREADY_DECIDED = "application-decided";
    static final String ALREADY_AT_HALL = "application-already-at-hall";
    static final String RATING_BEFORE_RESULT = "rating-before-result";
    static final String ALREADY_RATED = "application-already-rated";

    private ServiceDayRules() {
    }

    /** 每周一: a service day is held on a Monday. */
    static void requireMonday(LocalDate heldOn) {
        if (heldOn.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolationException(NOT_MONDAY, "Service days are held every Monday; " + heldOn + " is a " + heldOn.getDayOfWeek());
        }
    }

    /** Service days are held at the village venue: the jurisdiction is a village (or community). */
    static void requireVillage(String code, JurisdictionLevel level) {
        if (level != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(NOT_A_VILLAGE, "Service days are held in a village; " + code + " is a " + level);
        }
    }

    /**
     * Why a member may sit on the village's service day on {@code on}: a post in the village current
     * that day (村干部) first, else an active assignment to the village covering it (驻村干部); null when neither.
     */
    static DutyRole roleIn(String village, LocalDate on, List<Position> positions, List<Assignment> assignments) {
        for (Position p : positions) {
            if (village.equals(p.jurisdictionCode()) && covers(p.startDate(), p.endDate(), on)) {
                return DutyRole.VILLAGE_CADRE;
            }
        }
        for (Assignment a : assignments) {
            if (village.equals(a.jurisdictionCode()) && a.status() == AssignmentStatus.ACTIVE && covers(a.startDate(), a.endDate(), on)) {
                return DutyRole.STATIONED_CADRE;
            }
        }
        return null;
    }

    static DutyRole requireDutyCadre(String village, LocalDate on, long memberId, List<Position> positions, List<Assignment> assignments) {
        DutyRole role = roleIn(village, on, positions, assignments);
        if (role == null) {
            throw new RuleViolationException(DUTY_NOT_VILLAGE_CADRE, "Member " + memberId + " is neither a cadre of village " + village
                    + " nor stationed there on " + on + ": only they sit on its service day");
        }
        return role;
    }

    static DutyRole requireAgent(String village, LocalDate on, long memberId, List<Position> positions, List<Assignment> assignments) {
        DutyRole role = roleIn(village, on, positions, assignments);
        if (role == null) {
            throw new RuleViolationException(AGENT_NOT_VILLAGE_CADRE, "Member " + memberId + " is neither a cadre of village " + village
                    + " nor stationed there on " + on + ": only they act as agent for its residents");
        }
        return role;
    }

    /** An application is received on one of the village's service days. */
    static void requireSession(boolean sessionHeld, String village, LocalDate receivedOn) {
        if (!sessionHeld) {
            throw new RuleViolationException(NO_SESSION, "Village " + village + " held no service day on " + receivedOn
                    + ": applications are received on a service day");
        }
    }

    static void requireOpenSession(long sessionId, LocalDate closedOn) {
        if (closedOn != null) {
            throw new RuleViolationException(SESSION_CLOSED, "Service day " + sessionId + " was closed on " + closedOn);
        }
    }

    /** A session is closed only when every application it received has an agent (nobody leaves without one). */
    static void requireAllAssigned(long sessionId, long unassigned) {
        if (unassigned > 0) {
            throw new RuleViolationException(UNASSIGNED_AT_CLOSE,
                    "Service day " + sessionId + " still has " + unassigned + " application(s) without an agent; assign them before closing");
        }
    }

    /** Handling (hall, notes, result) needs the agent who answers for it. */
    static void requireAgentAssigned(long applicationId, Long agentMemberId, String action) {
        if (agentMemberId == null) {
            throw new RuleViolationException(AGENT_NOT_ASSIGNED, "Application " + applicationId + " has no agent yet: assign one before " + action);
        }
    }

    static void requireUndecided(long applicationId, Outcome outcome) {
        if (outcome != null) {
            throw new RuleViolationException(ALREADY_DECIDED, "Application " + applicationId + " is decided (" + outcome + ")");
        }
    }

    static void requireNotAtHall(long applicationId, LocalDate forwardedOn) {
        if (forwardedOn != null) {
            throw new RuleViolationException(ALREADY_AT_HALL, "Application " + applicationId + " went to the township hall on " + forwardedOn);
        }
    }

    /** The resident rates the handling once its result is known, and once. */
    static void requireRatable(long applicationId, Outcome outcome, Satisfaction current) {
        if (outcome == null) {
            throw new RuleViolationException(RATING_BEFORE_RESULT,
                    "Application " + applicationId + " has no result yet: the resident rates it after");
        }
        if (current != null) {
            throw new RuleViolationException(ALREADY_RATED, "Application " + applicationId + " was already rated " + current);
        }
    }

    /** The promised deadline: the day of receipt plus the matter type's days (calendar days). */
    static LocalDate deadline(LocalDate receivedOn, int promisedDays) {
        return receivedOn.plusDays(promisedDays);
    }

    static Timeliness timeliness(LocalDate deadline, Outcome outcome, LocalDate decidedOn, LocalDate today) {
        if (outcome == null) {
            return Cadence.passed(deadline, today) ? Timeliness.OVERDUE : Timeliness.OPEN;
        }
        return decidedOn.isAfter(deadline) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /** A resident's name as lists show it: the surname and, for longer names, the last character ({@code 张三丰} → {@code 张*丰}). */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int n = name.codePointCount(0, name.length());
        if (n == 1) {
            return "*";
        }
        String first = new String(Character.toChars(name.codePointAt(0)));
        if (n == 2) {
            return first + "*";
        }
        String last = new String(Character.toChars(name.codePointBefore(name.length())));
        return first + "*".repeat(n - 2) + last;
    }

    private static boolean covers(LocalDate start, LocalDate end, LocalDate on) {
        return (start == null || !start.isAfter(on)) && (end == null || !end.isBefore(on));
    }
}
