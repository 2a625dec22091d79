package org.jiceng.module.xingning.twowayreporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.duty.DutyReport;
import org.jiceng.duty.DutyReportService;
import org.jiceng.duty.ReportPeriod;
import org.jiceng.duty.ReportingRound;
import org.jiceng.duty.RoundStatus;
import org.jiceng.inbox.InboxContributor;
import org.jiceng.inbox.InboxItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Town secretaries' reports of open year-end rounds due by the inbox's horizon and not yet submitted.
 * Here rather than in the engine: the path shown is the module's, and the core asks only where the
 * module is enabled. Only this module's rounds (held by a county, period YEAR, two-way) are its.
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
            Page<DutyReport> p = reports.findReports(code, null, false, null, PageRequest.of(page, PageRequest.MAX_SIZE, null, Set.of()));
            for (DutyReport r : p.items()) {
                ReportingRound round = rounds.computeIfAbsent(r.roundId(), reports::getRound);
                // a closed round takes no more reports; another module's rounds are not this one's to remind of
                if (round.status() == RoundStatus.OPEN && round.period() == ReportPeriod.YEAR && round.twoWay()
                        && round.upperCommittee().equals(Xingning.CITY_COMMITTEE) && !round.dueDate().isAfter(until) && items.size() < limit) {
                    items.add(new InboxItem(Xingning.MODULE_ID, "two-way-report", String.valueOf(r.id()), round.title() + "：" + r.reporterName(),
                            r.jurisdictionCode(), round.dueDate(), r.overdue(),
                            "/jurisdictions/" + code + "/" + Xingning.MODULE_ID + "/reports/" + r.id()));
                }
            }
            if (page + 1 >= p.getTotalPages()) {
                return items;
            }
        }
        return items;
    }
}
