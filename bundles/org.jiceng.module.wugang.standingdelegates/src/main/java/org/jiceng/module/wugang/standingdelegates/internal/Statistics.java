package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.jiceng.common.Shares;
import org.jiceng.common.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The figures of a subtree and year, for REST, SOAP and the PDF alike. */
@Component(service = Statistics.class)
public class Statistics {
    private final Store store;

    @Activate
    public Statistics(@Reference Store store) {
        this.store = store;
    }

    Figures figures(String code, Integer year) {
        new Validator().require("year", year).range("year", year, 2000, 2100).throwIfInvalid();
        List<String> codes = store.subtreeCodes(code);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        // some twenty counts: from one snapshot, so that they add up while the demo or clients write
        return store.tx().snapshot(em -> {
            Figures f = new Figures();
            f.jurisdictionCode = code;
            f.year = year;
            Counter c = new Counter(em, codes, from, to);
            String serving = "FROM DelegateEntity d WHERE d.jurisdictionCode IN :codes AND d.status = "
                    + "org.jiceng.module.wugang.standingdelegates.internal.DelegateStatus.SERVING";
            f.studios = c.count("SELECT COUNT(s) FROM StudioEntity s WHERE s.jurisdictionCode IN :codes", false);
            f.delegates = c.count("SELECT COUNT(d) " + serving, false);
            f.delegatesInRegistry = c.count("SELECT COUNT(d) " + serving + " AND d.memberId IS NOT NULL", false);
            f.delegatesEnded = c.count("SELECT COUNT(d) FROM DelegateEntity d WHERE d.jurisdictionCode IN :codes AND d.endedOn IS NOT NULL", false);
            f.delegatesWithVillage = c.count("SELECT COUNT(d) " + serving + " AND d.villageCode IS NOT NULL", false);
            f.villagesCovered = c.count("SELECT COUNT(DISTINCT d.villageCode) " + serving, false);
            f.householdsCovered = c.count("SELECT COUNT(h) FROM HouseholdEntity h WHERE h.delegateId IN (SELECT d.id " + serving + ")", false);
            f.delegatesWithTenHouseholds = c
                    .count("SELECT COUNT(d) " + serving + " AND (SELECT COUNT(h) FROM HouseholdEntity h WHERE h.delegateId = d.id) = "
                            + DelegateRules.HOUSEHOLDS_PER_DELEGATE, false);
            String duties = "SELECT COUNT(d) FROM DutyEntity d WHERE d.jurisdictionCode IN :codes AND d.heldOn BETWEEN :from AND :to AND d.kind = ";
            String kinds = "org.jiceng.module.wugang.standingdelegates.internal.DutyKind.";
            f.activityDays = c.count(duties + kinds + "ACTIVITY_DAY", true);
            f.researchVisits = c.count(duties + kinds + "RESEARCH", true);
            f.inspections = c.count(duties + kinds + "INSPECTION", true);
            f.meetings = c.count(duties + kinds + "MEETING", true);
            String roll = "SELECT COUNT(p) FROM ParticipantEntity p, DutyEntity d WHERE p.dutyId = d.id AND d.jurisdictionCode IN :codes "
                    + "AND d.heldOn BETWEEN :from AND :to AND d.kind = ";
            f.activityRollPlaces = c.count(roll + kinds + "ACTIVITY_DAY", true);
            f.activityAttendances = c.count(roll + kinds + "ACTIVITY_DAY AND p.present = TRUE", true);
            f.attendancePercent = Shares.percent(Shares.of(f.activityAttendances, f.activityRollPlaces));
            f.meetingAttendances = c.count(roll + kinds + "MEETING", true);
            String inquiries = "SELECT COUNT(i) FROM InquiryEntity i WHERE i.jurisdictionCode IN :codes AND i.askedOn BETWEEN :from AND :to AND i.kind = "
                    + "org.jiceng.module.wugang.standingdelegates.internal.InquiryKind.";
            f.inquiries = c.count(inquiries + "INQUIRY", true);
            f.questionings = c.count(inquiries + "QUESTIONING", true);
            String proposals = "SELECT COUNT(p) FROM ProposalEntity p WHERE p.jurisdictionCode IN :codes AND p.filedOn BETWEEN :from AND :to";
            f.proposals = c.count(proposals, true);
            f.proposalsAssigned = c.count(proposals + " AND p.problemId IS NOT NULL", true);
            f.proposalsHandled = c.count(proposals + " AND p.answeredOn IS NOT NULL", true);
            f.handledPercent = Shares.percent(Shares.of(f.proposalsHandled, f.proposals));
            f.proposalsSatisfied = c.count(proposals + " AND p.status = org.jiceng.module.wugang.standingdelegates.internal.ProposalStatus.CLOSED",
                    true);
            f.satisfiedPercent = Shares.percent(Shares.of(f.proposalsSatisfied, f.proposalsHandled));
            for (Object[] row : em.createQuery("SELECT e.grade, COUNT(e) FROM EvaluationEntity e WHERE e.jurisdictionCode IN :codes AND e.year = :y "
                    + "GROUP BY e.grade", Object[].class).setParameter("codes", codes).setParameter("y", year).getResultList()) {
                long n = (Long) row[1];
                switch ((Grade) row[0]) {
                    case EXCELLENT -> f.excellent = n;
                    case COMPETENT -> f.competent = n;
                    case BASICALLY_COMPETENT -> f.basicallyCompetent = n;
                    case INCOMPETENT -> f.incompetent = n;
                }
            }
            f.evaluated = f.excellent + f.competent + f.basicallyCompetent + f.incompetent;
            return f;
        });
    }

    /** Runs the figures' count queries, with the year's bounds where a query is of the year. */
    private record Counter(EntityManager em, List<String> codes, LocalDate from, LocalDate to) {
        long count(String jpql, boolean ofYear) {
            var q = em.createQuery(jpql, Long.class).setParameter("codes", codes);
            if (ofYear) {
                q.setParameter("from", from).setParameter("to", to);
            }
            return q.getSingleResult();
        }
    }
}
