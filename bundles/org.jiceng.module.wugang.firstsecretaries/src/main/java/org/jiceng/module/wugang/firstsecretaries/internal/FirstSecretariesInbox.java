package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.common.Pages;
import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the first secretaries' owed weekly reports, last month's unexplained presence shortfalls and
 * the eliminations awaiting the county's decision into the inbox (the core asks only where the
 * module is enabled); {@link InboxRules} says which.
 */
@Component(service = InboxContributor.class)
public class FirstSecretariesInbox implements InboxContributor {
    static final String KIND_WEEKLY_REPORT = "first-secretary-weekly-report";
    static final String KIND_PRESENCE_SHORTFALL = "first-secretary-presence-shortfall";
    static final String KIND_ELIMINATION = "first-secretary-elimination";

    private final Reports reports;
    private final Presence presence;
    private final Eliminations eliminations;

    @Activate
    public FirstSecretariesInbox(@Reference Reports reports, @Reference Presence presence, @Reference Eliminations eliminations) {
        this.reports = reports;
        this.presence = presence;
        this.eliminations = eliminations;
    }

    @Override
    public List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit) {
        LocalDate today = LocalDate.now();
        List<InboxItem> items = new ArrayList<>();
        eliminations(jurisdictionCode, until, today, limit, items);
        presenceShortfalls(jurisdictionCode, until, today, limit, items);
        weeklyReports(jurisdictionCode, until, today, limit, items);
        return items;
    }

    private String base(String code) {
        return "/jurisdictions/" + code + "/" + Store.MODULE_ID;
    }

    private void eliminations(String code, LocalDate until, LocalDate today, int limit, List<InboxItem> items) {
        for (EliminationView e : Pages.all("id", Eliminations.SORTABLE, p -> eliminations.list(code, EliminationState.PROPOSED, p))) {
            if (items.size() >= limit) {
                return;
            }
            if (InboxRules.within(e.proposedOn, until)) {
                items.add(new InboxItem(Store.MODULE_ID, KIND_ELIMINATION, String.valueOf(e.id), "第一书记末位淘汰待审定: " + e.memberName + " " + e.month,
                        e.jurisdictionCode, e.proposedOn, e.proposedOn.isBefore(today), base(code) + "/eliminations/" + e.id));
            }
        }
    }

    private void presenceShortfalls(String code, LocalDate until, LocalDate today, int limit, List<InboxItem> items) {
        YearMonth month = InboxRules.presenceMonth(today);
        LocalDate due = month.atEndOfMonth();
        if (!InboxRules.within(due, until)) {
            return;
        }
        for (MonthPresence m : Pages.all("assignmentId", Presence.SORT.keySet(), p -> presence.months(code, month, true, p, today))) {
            if (items.size() >= limit) {
                return;
            }
            if (!InboxRules.explained(presence.month(code, m.assignmentId, month, today).logs)) {
                items.add(new InboxItem(Store.MODULE_ID, KIND_PRESENCE_SHORTFALL, m.assignmentId + "/" + month,
                        "第一书记在村不足: " + m.memberName + " " + month + " 在村" + m.daysInVillage + "天/住村" + m.nightsInVillage + "晚", m.jurisdictionCode,
                        due, due.isBefore(today), base(code) + "/secretaries/" + m.assignmentId + "/presence?month=" + month));
            }
        }
    }

    private void weeklyReports(String code, LocalDate until, LocalDate today, int limit, List<InboxItem> items) {
        for (LocalDate monday : InboxRules.weeksChased(today)) {
            String week = ReportRules.weekKey(monday);
            for (WeekStatus w : Pages.all("assignmentId", Reports.SORT.keySet(), p -> reports.week(code, week, null, p, today))) {
                if (items.size() >= limit) {
                    return;
                }
                if (InboxRules.owed(w.state) && InboxRules.within(w.dueOn, until)) {
                    items.add(new InboxItem(Store.MODULE_ID, KIND_WEEKLY_REPORT, w.assignmentId + "/" + week,
                            "第一书记每周工作动态: " + w.memberName + " " + week,
                            w.jurisdictionCode, w.dueOn, w.state == ReportState.MISSING,
                            base(code) + "/secretaries/" + w.assignmentId + "/weekly-reports"));
                }
            }
        }
    }
}
