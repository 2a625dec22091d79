package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundStatus;
import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Township secretaries' reports of open rounds due by the inbox's horizon and not yet submitted. Here rather than in
 * the engine: the path shown is the module's, and the core asks only where the module is enabled.
 */
@Component(service = InboxContributor.class)
public class OverdueReports implements InboxContributor {
    private final DutyReportService reports;

    @Activate
    public OverdueReports(@Reference DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public List<InboxItem> items(String code, LocalDate until, int limit) {
        List<InboxItem> items = new ArrayList<>();
        Map<Long, ReportingRound> rounds = new HashMap<>();
        for (int page = 0; items.size() < limit; page++) {
            Page<DutyReport> p = reports.findReports(code, null, false, null, PageRequest.of(page, PageRequest.MAX_SIZE, null, java.util.Set.of()));
            for (DutyReport r : p.items()) {
                ReportingRound round = rounds.computeIfAbsent(r.roundId(), reports::getRound);
                // a closed round takes no more reports: nothing is left to do there
                if (round.status() == RoundStatus.OPEN && !round.dueDate().isAfter(until) && items.size() < limit) {
                    items.add(new InboxItem(Wugang.MODULE_ID, "duty-report", String.valueOf(r.id()), round.title() + "：" + r.reporterName(),
                            r.jurisdictionCode(), round.dueDate(), r.overdue(),
                            "/jurisdictions/" + code + "/" + Wugang.MODULE_ID + "/reports/" + r.id()));
                }
            }
            if (page + 1 >= p.getTotalPages()) {
                return items;
            }
        }
        return items;
    }
}
