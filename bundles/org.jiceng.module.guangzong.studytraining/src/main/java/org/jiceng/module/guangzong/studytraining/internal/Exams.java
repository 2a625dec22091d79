package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.module.kit.ModuleStore;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 考学制度: exams the county holds for its members and cadres, their scores and ranking, and the
 * top scorers of a closed exam selected for revolutionary-site training, whose training is then
 * recorded. Every method is scoped to a jurisdiction code.
 */
@Component(service = Exams.class)
public class Exams {
    static final Set<String> SORTABLE = Set.of("id", "heldOn", "title", "status");
    private static final Map<String, String> SORT = Map.of("id", "e.id", "heldOn", "e.heldOn", "title", "e.title", "status", "e.status");
    static final Set<String> SCORE_SORTABLE = Set.of("id", "rank", "score", "memberName", "townCode");
    private static final Map<String, Comparator<ScoreView>> SCORE_SORT = Map.of("id", Comparator.comparingLong(s -> s.id), "rank",
            Comparator.comparingInt(s -> s.rank), "score", Comparator.comparingInt(s -> s.score), "memberName",
            Comparator.comparing(s -> s.memberName), "townCode", Comparator.comparing(s -> s.townCode == null ? "" : s.townCode));
    static final Set<String> SELECTION_SORTABLE = Set.of("id", "examId", "score", "memberName", "status", "trainedOn");
    private static final Map<String, String> SELECTION_SORT = Map.of("id", "s.id", "examId", "s.examId", "score", "s.score", "memberName",
            "s.memberName", "status", "s.status", "trainedOn", "s.trainedOn");

    private final Store store;
    private final Roster roster;

    @Activate
    public Exams(@Reference Store store, @Reference Roster roster) {
        this.store = store;
        this.roster = roster;
    }

    /** Body of a new exam. */
    public record NewExam(String title, LocalDate heldOn, Integer fullMark, Integer passMark) {
    }

    /** One score of a score sheet. */
    public record ScoreLine(Long memberId, Integer score) {
    }

    /** Opens an exam of the county (exams are the county's: 422 below it). */
    ExamView create(String code, NewExam in) {
        store.requireCounty(code, StudyRules.RULE_EXAM_BY_COUNTY, "Exams");
        int full = in.fullMark() == null ? 100 : in.fullMark();
        Validator v = new Validator().require("title", in.title()).maxLength("title", in.title(), 200).require("heldOn", in.heldOn())
                .require("passMark", in.passMark()).range("fullMark", full, 10, 1000);
        if (in.passMark() != null) {
            v.range("passMark", in.passMark(), 1, full);
        }
        if (in.title() != null) {
            v.check(!in.title().isBlank(), "title", "must not be blank");
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            ExamEntity e = new ExamEntity();
            e.jurisdictionCode = code;
            e.title = in.title().strip();
            e.heldOn = in.heldOn();
            e.fullMark = full;
            e.passMark = in.passMark();
            e.status = ExamStatus.OPEN;
            e.enteredBy = ModuleStore.caller();
            em.persist(e);
            em.flush();
            return view(em, e);
        });
    }

    ExamView get(String code, long id) {
        return store.tx().read(em -> view(em, load(em, code, id)));
    }

    Page<ExamView> list(String code, Integer year, ExamStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("ExamEntity", "e").where("e.jurisdictionCode IN :codes", "codes", codes)
                    .where("e.status = :status", "status", status).where("e.heldOn >= :from", "from", year == null ? null : LocalDate.of(year, 1, 1))
                    .where("e.heldOn <= :to", "to", year == null ? null : LocalDate.of(year, 12, 31));
            Page<ExamEntity> rows = q.page(em, ExamEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("heldOn", false), new PageRequest.Order("id", false)), SORT);
            return new Page<>(rows.items().stream().map(e -> view(em, e)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /**
     * Enters a score sheet (a score per member, 0 to the full mark); a member's score entered again
     * is replaced. Members sit the exam of their own county, in the ranks.
     */
    ExamView enterScores(String code, long id, List<ScoreLine> lines, LocalDate today) {
        if (lines == null || lines.isEmpty()) {
            throw new ValidationException("scores", "at least one score is required");
        }
        ExamEntity exam = store.tx().read(em -> load(em, code, id));
        Validator v = new Validator();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ScoreLine l = lines.get(i);
            v.require("scores[" + i + "].memberId", l.memberId()).require("scores[" + i + "].score", l.score())
                    .range("scores[" + i + "].score", l.score(), 0, exam.fullMark);
            v.check(l.memberId() == null || seen.add(l.memberId()), "scores[" + i + "].memberId", "appears twice in the sheet");
        }
        v.throwIfInvalid();
        StudyRules.checkScoresAccepted(exam.status, exam.heldOn, today);
        Map<Long, Member> people = new HashMap<>();
        for (ScoreLine l : lines) {
            Member m = roster.memberWithin(exam.jurisdictionCode, l.memberId());
            StudyRules.checkInRanks(m.id(), m.stage(), m.membershipStatus());
            people.put(m.id(), m);
        }
        String caller = ModuleStore.caller();
        return store.tx().write(em -> {
            ExamEntity e = load(em, code, id);
            StudyRules.checkScoresAccepted(e.status, e.heldOn, today);
            Map<Long, ScoreEntity> existing = new HashMap<>();
            for (ScoreEntity s : em.createQuery("SELECT s FROM ScoreEntity s WHERE s.examId = :e AND s.memberId IN :ids", ScoreEntity.class)
                    .setParameter("e", id).setParameter("ids", List.copyOf(people.keySet())).getResultList()) {
                existing.put(s.memberId, s);
            }
            for (ScoreLine l : lines) {
                Member m = people.get(l.memberId());
                ScoreEntity s = existing.get(m.id());
                if (s == null) {
                    s = new ScoreEntity();
                    s.examId = id;
                    s.memberId = m.id();
                    em.persist(s);
                }
                s.memberName = m.name();
                s.jurisdictionCode = m.jurisdictionCode();
                s.townCode = roster.townshipOf(m.jurisdictionCode());
                s.score = l.score();
                s.enteredBy = caller;
            }
            em.flush();
            return view(em, e);
        });
    }

    /** Closes the exam: its ranking is final and its top scorers can be selected. */
    ExamView close(String code, long id, Long version, LocalDate today) {
        new Validator().require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            ExamEntity e = load(em, code, id);
            ConflictException.requireVersion("Exam", id, e.version, version);
            StudyRules.checkScoresAccepted(e.status, e.heldOn, today);
            if (count(em, "SELECT COUNT(s) FROM ScoreEntity s WHERE s.examId = :e", id) == 0) {
                throw new RuleViolationException(StudyRules.RULE_EXAM_WITHOUT_SCORES, "No score has been entered for this exam");
            }
            e.status = ExamStatus.CLOSED;
            e.closedOn = today;
            em.flush();
            return view(em, e);
        });
    }

    /** The exam's ranking (every score, ranked), a page of it; by rank unless sorted otherwise. */
    Page<ScoreView> ranking(String code, long id, String town, PageRequest page) {
        List<ScoreView> all = store.tx().read(em -> rankingOf(em, load(em, code, id)));
        if (town != null && !town.isBlank()) {
            all = all.stream().filter(s -> town.equals(s.townCode)).toList();
        }
        return Pages.ofList(all, page.withDefaultOrder(new PageRequest.Order("rank", true)), SCORE_SORT, "id");
    }

    /** Every score of the exam ranked, best first (ties by member id). */
    List<ScoreView> rankingOf(EntityManager em, ExamEntity exam) {
        List<ScoreEntity> scores = em.createQuery("SELECT s FROM ScoreEntity s WHERE s.examId = :e", ScoreEntity.class).setParameter("e", exam.id)
                .getResultList();
        Set<Long> selected = new HashSet<>(em.createQuery("SELECT s.memberId FROM SelectionEntity s WHERE s.examId = :e", Long.class)
                .setParameter("e", exam.id).getResultList());
        Map<Long, ScoreEntity> byMember = new HashMap<>();
        List<long[]> pairs = new ArrayList<>();
        for (ScoreEntity s : scores) {
            byMember.put(s.memberId, s);
            pairs.add(new long[]{s.memberId, s.score});
        }
        List<ScoreView> views = new ArrayList<>();
        for (StudyRules.Ranked r : StudyRules.rank(pairs)) {
            ScoreEntity s = byMember.get(r.memberId());
            ScoreView v = new ScoreView();
            v.id = s.id;
            v.examId = exam.id;
            v.memberId = s.memberId;
            v.memberName = s.memberName;
            v.jurisdictionCode = s.jurisdictionCode;
            v.townCode = s.townCode;
            v.score = s.score;
            v.rank = r.rank();
            v.passed = s.score >= exam.passMark;
            v.selected = selected.contains(s.memberId);
            views.add(v);
        }
        return views;
    }

    /**
     * Selects the exam's top scorers for site training: {@code places} of them at or above
     * {@code minScore} (the pass mark unless given), each member once over all exams, ties at the
     * cut-off all taken.
     */
    List<SelectionView> select(String code, long id, Integer places, Integer minScore, Long version, LocalDate today) {
        Validator v = new Validator().require("places", places).range("places", places, 1, 5000).require("version", version);
        v.throwIfInvalid();
        return store.tx().write(em -> {
            ExamEntity e = load(em, code, id);
            ConflictException.requireVersion("Exam", id, e.version, version);
            int min = minScore == null ? e.passMark : minScore;
            if (minScore != null && (minScore < 0 || minScore > e.fullMark)) {
                throw new ValidationException("minScore", "must be between 0 and " + e.fullMark);
            }
            StudyRules.checkSelection(e.status, e.selectedOn != null, min, e.passMark);
            List<ScoreView> ranking = rankingOf(em, e);
            Set<Long> before = new HashSet<>(em.createQuery("SELECT s.memberId FROM SelectionEntity s", Long.class).getResultList());
            List<long[]> pairs = ranking.stream().map(s -> new long[]{s.memberId, s.score}).toList();
            Map<Long, ScoreView> byMember = new HashMap<>();
            ranking.forEach(s -> byMember.put(s.memberId, s));
            List<SelectionView> chosen = new ArrayList<>();
            for (StudyRules.Ranked r : StudyRules.select(StudyRules.rank(pairs), places, min, before)) {
                ScoreView s = byMember.get(r.memberId());
                SelectionEntity sel = new SelectionEntity();
                sel.examId = id;
                sel.memberId = s.memberId;
                sel.memberName = s.memberName;
                sel.jurisdictionCode = s.jurisdictionCode;
                sel.townCode = s.townCode;
                sel.score = s.score;
                sel.examRank = r.rank();
                sel.status = SelectionStatus.SELECTED;
                em.persist(sel);
                em.flush();
                chosen.add(SelectionView.of(sel, e));
            }
            e.places = places;
            e.minScore = min;
            e.selectedOn = today;
            em.flush();
            return chosen;
        });
    }

    Page<SelectionView> selections(String code, Long examId, SelectionStatus status, String town, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("SelectionEntity", "s").where("s.jurisdictionCode IN :codes", "codes", codes)
                    .where("s.examId = :exam", "exam", examId).where("s.status = :status", "status", status)
                    .where("s.townCode = :town", "town", town == null || town.isBlank() ? null : town);
            Page<SelectionEntity> rows = q.page(em, SelectionEntity.class,
                    page.withDefaultOrder(new PageRequest.Order("examId", true), new PageRequest.Order("score", false),
                            new PageRequest.Order("id", true)),
                    SELECTION_SORT);
            Map<Long, ExamEntity> exams = new HashMap<>();
            return new Page<>(rows.items().stream().map(s -> SelectionView.of(s, exams.computeIfAbsent(s.examId, x -> em.find(ExamEntity.class, x))))
                    .toList(), rows.page(), rows.size(), rows.total());
        });
    }

    SelectionView selection(String code, long id) {
        return store.tx().read(em -> {
            SelectionEntity s = store.find(em, SelectionEntity.class, id, "Selection", code, x -> x.jurisdictionCode);
            return SelectionView.of(s, em.find(ExamEntity.class, s.examId));
        });
    }

    /** Records the site training (延安, 西柏坡, 前南峪 …) a selected member took part in. */
    SelectionView recordTraining(String code, long id, String site, LocalDate trainedOn, String note, Long version, LocalDate today) {
        Validator v = new Validator().require("site", site).maxLength("site", site, 100).require("trainedOn", trainedOn).require("version", version)
                .maxLength("note", note, 500);
        if (site != null) {
            v.check(!site.isBlank(), "site", "must not be blank");
        }
        if (trainedOn != null) {
            v.check(!trainedOn.isAfter(today), "trainedOn", "must not be in the future");
        }
        v.throwIfInvalid();
        return store.tx().write(em -> {
            SelectionEntity s = store.find(em, SelectionEntity.class, id, "Selection", code, x -> x.jurisdictionCode);
            ConflictException.requireVersion("Selection", id, s.version, version);
            ExamEntity exam = em.find(ExamEntity.class, s.examId);
            StudyRules.checkSiteTraining(s.status, trainedOn, exam.heldOn);
            s.status = SelectionStatus.TRAINED;
            s.site = site.strip();
            s.trainedOn = trainedOn;
            s.note = note;
            em.flush();
            return SelectionView.of(s, exam);
        });
    }

    ExamEntity load(EntityManager em, String code, long id) {
        return store.find(em, ExamEntity.class, id, "Exam", code, e -> e.jurisdictionCode);
    }

    private ExamView view(EntityManager em, ExamEntity e) {
        long takers = count(em, "SELECT COUNT(s) FROM ScoreEntity s WHERE s.examId = :e", e.id);
        long passed = em.createQuery("SELECT COUNT(s) FROM ScoreEntity s WHERE s.examId = :e AND s.score >= :p", Long.class).setParameter("e", e.id)
                .setParameter("p", e.passMark).getSingleResult();
        long selected = count(em, "SELECT COUNT(s) FROM SelectionEntity s WHERE s.examId = :e", e.id);
        return ExamView.of(e, takers, passed, selected);
    }

    private static long count(EntityManager em, String jpql, long examId) {
        return em.createQuery(jpql, Long.class).setParameter("e", examId).getSingleResult();
    }
}
