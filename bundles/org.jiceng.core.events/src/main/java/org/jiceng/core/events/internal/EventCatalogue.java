package org.jiceng.core.events.internal;

import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.ChecklistEvents;
import org.jiceng.development.DevelopmentEvents;
import org.jiceng.development.EventType;
import org.jiceng.duty.DutyEvents;
import org.jiceng.events.EventTopic;
import org.jiceng.inbox.InboxEvents;
import org.jiceng.module.ModuleEvents;
import org.jiceng.problem.ProblemChange;
import org.jiceng.problem.ProblemEvents;
import org.jiceng.procedure.ProcedureEvents;
import org.jiceng.scoring.ScoringEvents;

/** The topics the core publishes through the outbox, with what each reports, for subscribers to choose from. */
final class EventCatalogue {
    private EventCatalogue() {
    }

    static List<EventTopic> core() {
        List<EventTopic> topics = new ArrayList<>();
        for (EventType type : EventType.values()) {
            topics.add(new EventTopic(DevelopmentEvents.topic(type), "发展党员: a member's development event " + type.name()
                    + " was recorded (id, memberId, organizationId, jurisdictionCode, type, stage, date)"));
        }
        for (ProblemChange change : ProblemChange.values()) {
            topics.add(new EventTopic(ProblemEvents.topic(change), "问题整改: a problem's status changed by " + change.name()
                    + " (id, jurisdictionCode, status, source)"));
        }
        topics.add(new EventTopic(ProblemEvents.ACCOUNTABILITY, "问责: an accountability action was recorded on a problem"));
        topics.add(new EventTopic(ModuleEvents.ENABLED, "A module was enabled for a jurisdiction (moduleId, jurisdictionCode)"));
        topics.add(new EventTopic(ModuleEvents.DISABLED, "A module was disabled for a jurisdiction (moduleId, jurisdictionCode)"));
        for (String topic : List.of(ProcedureEvents.STARTED, ProcedureEvents.ADVANCED, ProcedureEvents.COMPLETED, ProcedureEvents.CLOSED)) {
            topics.add(new EventTopic(topic, "程序: a procedure instance (town congress session, election, …) " + last(topic).toLowerCase()));
        }
        for (String topic : List.of(DutyEvents.PLEDGE_ISSUED, DutyEvents.PLEDGE_SIGNED, DutyEvents.PLEDGE_ASSESSED, DutyEvents.ROUND_OPENED,
                DutyEvents.ROUND_CLOSED, DutyEvents.REPORT_SUBMITTED, DutyEvents.REPORT_EVALUATED)) {
            topics.add(new EventTopic(topic, "责任书与述职评议: " + last(topic).replace('_', ' ').toLowerCase()));
        }
        topics.add(new EventTopic(ChecklistEvents.DEFINED, "验收标准: a criteria set (a new version) was defined"));
        topics.add(new EventTopic(ChecklistEvents.SUBMITTED, "验收: an evaluation was submitted (passed or not)"));
        topics.add(new EventTopic(ScoringEvents.DEFINED, "考核: a scoring scheme was defined"));
        topics.add(new EventTopic(ScoringEvents.SCORES_ENTERED, "考核: scores were entered for a period"));
        topics.add(new EventTopic(ScoringEvents.COMPUTED, "考核: a period's ranking was computed"));
        topics.add(new EventTopic(ScoringEvents.FLAGGED, "考核: a subject was flagged (below the line) in a computed period"));
        topics.add(new EventTopic(InboxEvents.OVERDUE, "The daily sweep found overdue work in a county (count, sources)"));
        return topics;
    }

    private static String last(String topic) {
        return topic.substring(topic.lastIndexOf('/') + 1);
    }
}
