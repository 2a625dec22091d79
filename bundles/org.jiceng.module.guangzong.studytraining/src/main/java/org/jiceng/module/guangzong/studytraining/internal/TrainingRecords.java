package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A member's record across the module: what the member sat, was selected for and attended. */
@Component(service = TrainingRecords.class)
public class TrainingRecords {
    private final Store store;
    private final Roster roster;
    private final Exams exams;

    @Activate
    public TrainingRecords(@Reference Store store, @Reference Roster roster, @Reference Exams exams) {
        this.store = store;
        this.roster = roster;
        this.exams = exams;
    }

    TrainingRecord of(String code, long memberId, LocalDate today) {
        Member m = roster.memberWithin(code, memberId);
        TrainingRecord r = new TrainingRecord();
        r.memberId = m.id();
        r.memberName = m.name();
        r.jurisdictionCode = m.jurisdictionCode();
        r.townCode = roster.townshipOf(m.jurisdictionCode());
        r.hasPost = roster.hasPost(m, today);
        return store.tx().read(em -> {
            for (ScoreEntity s : em.createQuery("SELECT s FROM ScoreEntity s WHERE s.memberId = :m ORDER BY s.examId", ScoreEntity.class)
                    .setParameter("m", memberId).getResultList()) {
                ExamEntity e = em.find(ExamEntity.class, s.examId);
                List<ScoreView> ranking = exams.rankingOf(em, e);
                TrainingRecord.Sitting sitting = new TrainingRecord.Sitting();
                sitting.examId = e.id;
                sitting.title = e.title;
                sitting.heldOn = e.heldOn;
                sitting.score = s.score;
                sitting.fullMark = e.fullMark;
                sitting.passed = s.score >= e.passMark;
                sitting.rank = ranking.stream().filter(v -> v.memberId == memberId).findFirst().map(v -> v.rank).orElse(0);
                sitting.takers = ranking.size();
                r.exams.add(sitting);
            }
            em.createQuery("SELECT s FROM SelectionEntity s WHERE s.memberId = :m", SelectionEntity.class).setParameter("m", memberId).getResultList()
                    .stream().findFirst().ifPresent(s -> r.siteTraining = SelectionView.of(s, em.find(ExamEntity.class, s.examId)));
            for (Object[] row : em.createQuery("SELECT b, y.year, a.attended FROM AttendanceEntity a, BatchEntity b, YearlyPlanEntity y "
                    + "WHERE a.batchId = b.id AND b.yearlyPlanId = y.id AND a.memberId = :m ORDER BY b.startsOn, b.id", Object[].class)
                    .setParameter("m", memberId).getResultList()) {
                BatchEntity b = (BatchEntity) row[0];
                TrainingRecord.Batch batch = new TrainingRecord.Batch();
                batch.batchId = b.id;
                batch.year = ((Number) row[1]).intValue();
                batch.title = b.title;
                batch.townCode = b.jurisdictionCode;
                batch.startsOn = b.startsOn;
                batch.endsOn = b.endsOn;
                batch.hours = b.hours;
                batch.attended = (Boolean) row[2];
                r.batches.add(batch);
            }
            return r;
        });
    }
}
