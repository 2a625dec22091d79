package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.Member;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reproduces the seed's proportions for 广宗 on the demo registry (far smaller than the county):
 * <ul>
 * <li>考学: an exam each quarter of the last four, sat by nine in ten of the county's members in the
 * ranks; the top scorers selected from each closed exam in the seed's proportion (200 of the
 * nearly 10,000 who sit the exams, shared among the four), ties at the cut-off included, and their
 * site training (延安, 西柏坡, 前南峪) recorded about forty days after the exam;</li>
 * <li>无职党员培训: a 3-year plan from last year, yearly plans for last year and this one (targets
 * the townships' members without a post), two batches per township each year. Last year every
 * member without a post was trained (the seed's full coverage of 6,000+: here every one the demo
 * registry has, about three in a hundred absent from the first batch and trained in the second);
 * this year the first batches are held and the second ones are planned.</li>
 * </ul>
 * Everything goes through the module's services, so the rules are the real ones. Resumable: each
 * exam, plan and batch is found by its title before it is made, and each step (scores, closing,
 * selection, training, enrolment, attendance) is done only where it is missing.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int EXAMS = 4;
    static final int PASS_MARK = 60;
    static final String[] SITES = {"延安", "西柏坡", "前南峪"};
    static final String CONTENT = "理论武装、党性修养、专业技能、传统文化、典型示范";

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Roster roster;
    private final Exams exams;
    private final Plans plans;
    private final Batches batches;

    @Activate
    public DemoData(@Reference Store store, @Reference Roster roster, @Reference Exams exams, @Reference Plans plans, @Reference Batches batches) {
        this.store = store;
        this.roster = roster;
        this.exams = exams;
        this.plans = plans;
        this.batches = batches;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (store.jurisdictions().find(Store.COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now();
        List<Member> ranks = roster.inRanks(Store.COUNTY);
        int selected = 0;
        for (LocalDate heldOn : examDays(today)) {
            run.throwIfCancelled();
            selected += exam(heldOn, ranks, today, run.seed());
        }
        run.throwIfCancelled();
        int trained = training(today, run);
        logger.info("Demo data of {} loaded in {} ms: {} exams of {} members in the ranks, {} top scorers selected; {} attendances recorded",
                Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000, EXAMS, ranks.size(), selected, trained);
    }

    /** The 15th of the last month of each of the last four quarters ended before today, oldest first. */
    static List<LocalDate> examDays(LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        List<LocalDate> days = new ArrayList<>();
        for (int back = EXAMS; back >= 1; back--) {
            days.add(quarterStart.minusMonths(3L * back).plusMonths(2).withDayOfMonth(15));
        }
        return days;
    }

    static Random random(long seed, String unit) {
        return new Random(seed ^ (unit.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** One exam: made, its scores entered, closed, its top scorers selected and trained — each step only if missing. Returns how many it selected now. */
    private int exam(LocalDate heldOn, List<Member> ranks, LocalDate today, long seed) {
        String title = "广宗县党员干部考学(" + heldOn.getYear() + "年第" + heldOn.get(IsoFields.QUARTER_OF_YEAR) + "季度)";
        ExamView exam = Pages.all("id", Exams.SORTABLE, p -> exams.list(Store.COUNTY, heldOn.getYear(), null, p)).stream()
                .filter(e -> e.title.equals(title)).findFirst().orElse(null);
        if (exam == null) {
            exam = exams.create(Store.COUNTY, new Exams.NewExam(title, heldOn, 100, PASS_MARK));
        }
        Random random = random(seed, title);
        if (exam.status == ExamStatus.OPEN) {
            if (exam.takers == 0) {
                List<Exams.ScoreLine> sheet = new ArrayList<>();
                for (Member m : ranks) {
                    double sit = random.nextDouble();
                    // about nine in ten pass; few reach full marks, so the cut-off rarely ties many
                    int score = (int) Math.max(30, Math.min(100, Math.round(72 + 9 * random.nextGaussian())));
                    if (sit < 0.9) {
                        sheet.add(new Exams.ScoreLine(m.id(), score));
                    }
                }
                exam = exams.enterScores(Store.COUNTY, exam.id, sheet, today);
            }
            exam = exams.close(Store.COUNTY, exam.id, exam.version, today);
        }
        int selected = 0;
        if (exam.selectedOn == null) {
            selected = exams.select(Store.COUNTY, exam.id, StudyRules.seedPlaces((int) exam.takers, EXAMS), null, exam.version, today).size();
        }
        LocalDate trainedOn = heldOn.plusDays(40);
        long examId = exam.id;
        if (!trainedOn.isAfter(today)) {
            String site = SITES[Math.floorMod(title.hashCode(), SITES.length)];
            for (SelectionView s : Pages.all("id", Exams.SELECTION_SORTABLE,
                    p -> exams.selections(Store.COUNTY, examId, SelectionStatus.SELECTED, null, p))) {
                exams.recordTraining(Store.COUNTY, s.id, site, trainedOn, "革命传统教育", s.version, today);
            }
        }
        return selected;
    }

    /** The 3-year plan from last year, the yearly plans of last year and this one, and their batches. Returns the attendances recorded now. */
    private int training(LocalDate today, DemoDataRun run) {
        int year = today.getYear();
        int start = year - 1;
        String title = "广宗县无职党员教育培训三年规划(" + start + "—" + StudyRules.endYear(start) + ")";
        PlanView plan = Pages.all("id", Plans.SORTABLE, p -> plans.list(Store.COUNTY, p)).stream().filter(p -> p.title.equals(title)).findFirst()
                .orElse(null);
        if (plan == null) {
            plan = plans.create(Store.COUNTY, new Plans.NewPlan(title, start, CONTENT));
        }
        List<Jurisdiction> townships = roster.townships(Store.COUNTY);
        // the members without a post today, by township: who each year's batches take
        Map<String, List<Member>> byTown = new TreeMap<>();
        for (Member m : roster.withoutPostInTownships(Store.COUNTY, today)) {
            byTown.computeIfAbsent(roster.townshipOf(m.jurisdictionCode()), t -> new ArrayList<>()).add(m);
        }
        int recorded = 0;
        for (int y = start; y <= year; y++) {
            run.throwIfCancelled();
            YearlyPlanView yearly = yearly(plan.id, y, today);
            Random random = random(run.seed(), "no-post " + y);
            for (int t = 0; t < townships.size(); t++) {
                run.throwIfCancelled();
                Jurisdiction town = townships.get(t);
                List<Member> people = byTown.getOrDefault(town.code(), List.of());
                int half = (people.size() + 1) / 2;
                LocalDate[] first = firstBatch(y, year, t, townships.size(), today);
                LocalDate[] second = secondBatch(y, year, t, today);
                BatchView one = batch(yearly, town, "第一期", first);
                Set<Long> absent = new HashSet<>();
                recorded += fill(one, people.subList(0, half), random, 0.03, absent, today);
                BatchView two = batch(yearly, town, "第二期", second);
                List<Member> rest = new ArrayList<>(people.subList(half, people.size()));
                for (Member m : people.subList(0, half)) {
                    if (absent.contains(m.id())) {
                        rest.add(m); // 补训: absent from the first batch, trained in the second
                    }
                }
                recorded += fill(two, rest, random, 0.0, new HashSet<>(), today);
            }
        }
        return recorded;
    }

    private YearlyPlanView yearly(long planId, int year, LocalDate today) {
        List<YearlyPlanView> existing = plans.listYearly(Store.COUNTY, planId, year, PageRequest.first(1)).items();
        return existing.isEmpty()
                ? plans.createYearly(Store.COUNTY, new Plans.NewYearlyPlan(planId, year, "广宗县" + year + "年度无职党员培训计划", null), today)
                : existing.get(0);
    }

    /** Last year's first batches in March; this year's spread between New Year and today, so they have been held. */
    static LocalDate[] firstBatch(int y, int year, int t, int towns, LocalDate today) {
        LocalDate s = y < year
                ? LocalDate.of(y, 3, 1).plusDays(3L * t)
                : LocalDate.of(year, 1, 1).plusDays((today.getDayOfYear() - 1L) * t / (towns + 1));
        LocalDate e = s.plusDays(2);
        return new LocalDate[]{s, e.getYear() == y ? e : LocalDate.of(y, 12, 31)};
    }

    /** Last year's second batches in September; this year's from a week ahead (still planned), within the year. */
    static LocalDate[] secondBatch(int y, int year, int t, LocalDate today) {
        LocalDate s = y < year ? LocalDate.of(y, 9, 1).plusDays(3L * t) : today.plusDays(7L + t);
        if (s.getYear() != y) {
            s = LocalDate.of(y, 12, 31);
        }
        LocalDate e = s.plusDays(2);
        return new LocalDate[]{s, e.getYear() == y ? e : LocalDate.of(y, 12, 31)};
    }

    private BatchView batch(YearlyPlanView yearly, Jurisdiction town, String number, LocalDate[] days) {
        String title = town.name() + yearly.year + "年无职党员培训" + number;
        return Pages.all("id", Batches.SORTABLE, p -> batches.list(Store.COUNTY, yearly.id, null, town.code(), null, p)).stream()
                .filter(b -> b.title.equals(title)).findFirst()
                .orElseGet(() -> batches.create(Store.COUNTY, new Batches.NewBatch(yearly.id, town.code(), title, days[0], days[1], 24, CONTENT)));
    }

    /** Enrols the members (if the batch has none yet) and, once it has started, records who attended; returns the attendances recorded now. */
    private int fill(BatchView b, List<Member> people, Random random, double absence, Set<Long> absent, LocalDate today) {
        if (people.isEmpty()) {
            return 0;
        }
        if (b.enrolled == 0 && b.status == BatchStatus.PLANNED) {
            b = batches.enroll(Store.COUNTY, b.id, people.stream().map(Member::id).toList(), today);
        }
        if (b.status == BatchStatus.HELD) {
            for (AttendanceView a : batches.attendance(Store.COUNTY, b.id)) {
                if (Boolean.FALSE.equals(a.attended)) {
                    absent.add(a.memberId);
                }
            }
            return 0;
        }
        if (b.startsOn.isAfter(today)) {
            return 0;
        }
        List<Long> present = new ArrayList<>();
        for (AttendanceView a : batches.attendance(Store.COUNTY, b.id)) {
            if (random.nextDouble() < absence) {
                absent.add(a.memberId);
            } else {
                present.add(a.memberId);
            }
        }
        batches.recordAttendance(Store.COUNTY, b.id, present, b.version, today);
        return present.size();
    }
}
