package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.Shares;
import org.jiceng.problem.ProblemStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures the county reports for a year, computed from the module's records and the core's problems. */
@Component(service = DashboardService.class)
public class DashboardService {
    private final Store store;
    private final Operation operation;

    @Activate
    public DashboardService(@Reference Store store, @Reference Operation operation) {
        this.store = store;
        this.operation = operation;
    }

    public Dashboard dashboard(String code, int year, LocalDate today) {
        List<String> codes = store.subtreeCodes(code);
        Dashboard d = new Dashboard();
        d.jurisdictionCode = code;
        d.year = year;
        store.tx().read(em -> {
            for (TargetEntity t : em
                    .createQuery("SELECT t FROM TargetEntity t WHERE t.workYear = :y AND t.withdrawn = FALSE AND t.jurisdictionCode IN :codes",
                            TargetEntity.class)
                    .setParameter("y", year).setParameter("codes", codes).getResultList()) {
                switch (t.role) {
                    case COMMISSIONER -> d.organBranches++;
                    case INSTRUCTOR -> d.twoNewOrganizations++;
                    case SUPERVISOR -> d.domains++;
                }
                if (t.organizationId != null) {
                    d.branches++;
                    d.branchesRated += t.starsAfter != null ? 1 : 0;
                    d.branchesUpgraded += Rules.upgraded(t.starsBefore, t.starsAfter) ? 1 : 0;
                    d.sixGoods += t.sixGoods ? 1 : 0;
                }
            }
            for (DispatchEntity x : em.createQuery("SELECT d FROM DispatchEntity d WHERE d.workYear = :y AND d.jurisdictionCode IN :codes",
                    DispatchEntity.class).setParameter("y", year).setParameter("codes", codes).getResultList()) {
                switch (x.role) {
                    case COMMISSIONER -> d.commissioners++;
                    case INSTRUCTOR -> d.instructors++;
                    case SUPERVISOR -> d.supervisors++;
                }
                d.dispatched++;
                d.nonLeading += x.nonLeading ? 1 : 0;
                d.appointmentLetters += x.appointmentNo != null ? 1 : 0;
                d.assessed += x.assessmentGrade != null ? 1 : 0;
                d.commended += x.outcome == Outcome.COMMENDED ? 1 : 0;
                d.criticized += x.outcome == Outcome.CRITICIZED ? 1 : 0;
            }
            d.supervisionsHeld = em
                    .createQuery("SELECT COUNT(s) FROM SupervisionEntity s WHERE s.workYear = :y AND s.jurisdictionCode IN :codes", Long.class)
                    .setParameter("y", year).setParameter("codes", codes).getSingleResult();
            d.reportMeetings = em
                    .createQuery("SELECT COUNT(m) FROM ReportMeetingEntity m WHERE m.workYear = :y AND m.jurisdictionCode IN :codes", Long.class)
                    .setParameter("y", year).setParameter("codes", codes).getSingleResult();
            return null;
        });
        d.nonLeadingShare = Shares.of(d.nonLeading, d.dispatched);
        d.upgradedShare = Shares.of(d.branchesUpgraded, d.branches);
        for (FeedbackView f : operation.feedbackList(code, year, null)) {
            d.problemsFound++;
            d.problemsRectified += f.status() == ProblemStatus.RECTIFIED || f.status() == ProblemStatus.VERIFIED ? 1 : 0;
        }
        d.supervisionsOverdue = operation.overdue(code, year, today).size();
        return d;
    }
}
