package org.jiceng.module.wugang.serviceday.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.cadre.TargetType;
import org.jiceng.common.RuleViolationException;
import org.jiceng.registry.JurisdictionLevel;
import org.junit.jupiter.api.Test;

class ServiceDayRulesTest {
    private static final String VILLAGE = "430581105201";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aServiceDayIsAMondayInAVillage() {
        assertDoesNotThrow(() -> ServiceDayRules.requireMonday(MONDAY));
        assertEquals(ServiceDayRules.NOT_MONDAY, refused(() -> ServiceDayRules.requireMonday(MONDAY.plusDays(1))));
        assertEquals(ServiceDayRules.NOT_MONDAY, refused(() -> ServiceDayRules.requireMonday(MONDAY.minusDays(1))));
        assertDoesNotThrow(() -> ServiceDayRules.requireVillage(VILLAGE, JurisdictionLevel.VILLAGE));
        assertEquals(ServiceDayRules.NOT_A_VILLAGE, refused(() -> ServiceDayRules.requireVillage("430581105", JurisdictionLevel.TOWNSHIP)));
    }

    @Test
    void aCadreOfTheVillageHoldsAPostThereOrIsStationedThere() {
        Position post = new Position(1L, 7L, "张家村党支部", VILLAGE, null, "村党支部书记", CadreRank.VILLAGE, PostLevel.HEAD, MONDAY.minusYears(1), null, 0L);
        Position ended = new Position(2L, 7L, "张家村党支部", VILLAGE, null, "村党支部书记", CadreRank.VILLAGE, PostLevel.HEAD, MONDAY.minusYears(3),
                MONDAY.minusDays(1), 0L);
        Position elsewhere = new Position(3L, 7L, "李家村党支部", "430581105202", null, "村党支部书记", CadreRank.VILLAGE, PostLevel.HEAD,
                MONDAY.minusYears(1), null, 0L);
        Assignment stationed = assignment(VILLAGE, AssignmentStatus.ACTIVE, MONDAY.minusMonths(3), MONDAY.plusMonths(3));
        assertEquals(DutyRole.VILLAGE_CADRE, ServiceDayRules.roleIn(VILLAGE, MONDAY, List.of(post), List.of(stationed)));
        assertEquals(DutyRole.STATIONED_CADRE, ServiceDayRules.roleIn(VILLAGE, MONDAY, List.of(ended, elsewhere), List.of(stationed)));
        assertNull(ServiceDayRules.roleIn(VILLAGE, MONDAY, List.of(ended, elsewhere), List.of()), "a post that ended the day before does not count");
        assertNull(ServiceDayRules.roleIn(VILLAGE, MONDAY, List.of(),
                List.of(assignment(VILLAGE, AssignmentStatus.RECALLED, MONDAY.minusMonths(3), null),
                        assignment(VILLAGE, AssignmentStatus.ACTIVE, MONDAY.plusDays(1), null),
                        assignment("430581105202", AssignmentStatus.ACTIVE, MONDAY.minusMonths(3), null))));
        assertEquals(ServiceDayRules.DUTY_NOT_VILLAGE_CADRE,
                refused(() -> ServiceDayRules.requireDutyCadre(VILLAGE, MONDAY, 7, List.of(elsewhere), List.of())));
        assertEquals(ServiceDayRules.AGENT_NOT_VILLAGE_CADRE, refused(() -> ServiceDayRules.requireAgent(VILLAGE, MONDAY, 7, List.of(), List.of())));
        assertEquals(DutyRole.VILLAGE_CADRE, ServiceDayRules.requireAgent(VILLAGE, MONDAY, 7, List.of(post), List.of()));
    }

    @Test
    void applicationsNeedAnOpenServiceDayAndSessionsCloseWithEveryApplicationAssigned() {
        assertEquals(ServiceDayRules.NO_SESSION, refused(() -> ServiceDayRules.requireSession(false, VILLAGE, MONDAY)));
        assertDoesNotThrow(() -> ServiceDayRules.requireSession(true, VILLAGE, MONDAY));
        assertEquals(ServiceDayRules.SESSION_CLOSED, refused(() -> ServiceDayRules.requireOpenSession(1, MONDAY)));
        assertDoesNotThrow(() -> ServiceDayRules.requireOpenSession(1, null));
        assertEquals(ServiceDayRules.UNASSIGNED_AT_CLOSE, refused(() -> ServiceDayRules.requireAllAssigned(1, 2)));
        assertDoesNotThrow(() -> ServiceDayRules.requireAllAssigned(1, 0));
    }

    @Test
    void handlingFollowsItsOrderAgentThenResultThenRating() {
        assertEquals(ServiceDayRules.AGENT_NOT_ASSIGNED, refused(() -> ServiceDayRules.requireAgentAssigned(1, null, "recording a result")));
        assertDoesNotThrow(() -> ServiceDayRules.requireAgentAssigned(1, 7L, "recording a result"));
        assertEquals(ServiceDayRules.ALREADY_DECIDED, refused(() -> ServiceDayRules.requireUndecided(1, Outcome.DONE)));
        assertEquals(ServiceDayRules.ALREADY_AT_HALL, refused(() -> ServiceDayRules.requireNotAtHall(1, MONDAY)));
        assertEquals(ServiceDayRules.RATING_BEFORE_RESULT, refused(() -> ServiceDayRules.requireRatable(1, null, null)));
        assertEquals(ServiceDayRules.ALREADY_RATED, refused(() -> ServiceDayRules.requireRatable(1, Outcome.REFUSED, Satisfaction.DISSATISFIED)));
        assertDoesNotThrow(() -> ServiceDayRules.requireRatable(1, Outcome.FORWARDED, null));
    }

    @Test
    void theDeadlineDecidesOnTimeLateAndOverdue() {
        LocalDate deadline = ServiceDayRules.deadline(MONDAY, 5);
        assertEquals(LocalDate.of(2026, 11, 28), deadline);
        assertEquals(Timeliness.OPEN, ServiceDayRules.timeliness(deadline, null, null, deadline), "the last day is not overdue");
        assertEquals(Timeliness.OVERDUE, ServiceDayRules.timeliness(deadline, null, null, deadline.plusDays(1)));
        assertEquals(Timeliness.ON_TIME, ServiceDayRules.timeliness(deadline, Outcome.DONE, deadline, deadline.plusDays(30)));
        assertEquals(Timeliness.LATE, ServiceDayRules.timeliness(deadline, Outcome.REFUSED, deadline.plusDays(1), deadline.plusDays(1)));
    }

    @Test
    void residentsAreMaskedInLists() {
        assertEquals("张*丰", ServiceDayRules.maskName("张三丰"));
        assertEquals("王*", ServiceDayRules.maskName("王伟"));
        assertEquals("欧**华", ServiceDayRules.maskName("欧阳建华"));
        assertEquals("*", ServiceDayRules.maskName("李"));
        assertNull(ServiceDayRules.maskName(null));
    }

    @Test
    void mondaysOfTheDemoAreTheLastOnesBeforeToday() {
        List<LocalDate> mondays = DemoData.mondaysBefore(MONDAY);
        assertEquals(DemoData.MONDAYS, mondays.size());
        assertEquals(MONDAY.minusWeeks(1), mondays.get(mondays.size() - 1), "today's service day is not held yet");
        assertEquals(MONDAY, DemoData.mondaysBefore(MONDAY.plusDays(6)).get(DemoData.MONDAYS - 1), "a Sunday looks back to its Monday");
        assertEquals(MONDAY, DemoData.mondaysBefore(MONDAY.plusDays(1)).get(DemoData.MONDAYS - 1));
        mondays.forEach(ServiceDayRules::requireMonday);
    }

    private static Assignment assignment(String village, AssignmentStatus status, LocalDate start, LocalDate end) {
        return new Assignment(9L, 7L, TargetType.JURISDICTION, village, "first-secretary", village, start, end, "中共武冈市委组织部", status, null, null, 0L);
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolationException.class, action::run).rule();
    }
}
