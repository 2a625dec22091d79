package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.PageRequest;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year's evaluation in 广宗's pilot townships, run through the module's own services: the county
 * opens the year and registers every township of the registry as a pilot (the seed's 9 乡镇区; the
 * demo registry holds 8 of them), each township puts its first full members on the evaluation and
 * records a year of dated entries on the three boards, drawn from four profiles of how a member
 * worked; board points, totals, grades and the rankings then come out of the engine.
 *
 * <p>Resumable: the year, a township and a member are added only when missing, a member's entries
 * only when the member has none, each member's from a random source of its own (the seed and the
 * member's id); the year is recomputed at the end, whatever was written before.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int MEMBERS_PER_TOWNSHIP = 8;

    /** How a member worked through the year: monthly chances of merits and faults on each board. */
    private enum Profile {
        // Shares (of 100) chosen so most come out 良好, some 优秀, some 一般 and a few 较差.
        STRONG(20, 0.9, 2, 4, 0.0, 0.95, 0.0, 0.5, 0.0), NORMAL(50, 0.4, 1, 3, 0.15, 0.6, 0.05, 0.2, 0.02), WEAK(20, 0.25, 1, 2, 0.35, 0.4, 0.2, 0.1,
                0.08), POOR(10, 0.05, 1, 1, 0.85, 0.15, 0.5, 0.0, 0.35);

        final int share;
        final double workMerit;
        final int meritLow, meritHigh;
        final double workFault, study, studyFault, virtue, virtueFault;

        Profile(int share, double workMerit, int meritLow, int meritHigh, double workFault, double study, double studyFault, double virtue,
                double virtueFault) {
            this.share = share;
            this.workMerit = workMerit;
            this.meritLow = meritLow;
            this.meritHigh = meritHigh;
            this.workFault = workFault;
            this.study = study;
            this.studyFault = studyFault;
            this.virtue = virtue;
            this.virtueFault = virtueFault;
        }

        static Profile draw(Random random) {
            int roll = random.nextInt(100);
            for (Profile p : values()) {
                if (roll < p.share) {
                    return p;
                }
                roll -= p.share;
            }
            return NORMAL;
        }
    }

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Years years;
    private final Townships townships;
    private final Members members;
    private final Entries entries;
    private final Evaluation evaluation;
    private final Store store;
    private final MemberService registry;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Years years, @Reference Townships townships, @Reference Members members, @Reference Entries entries,
            @Reference Evaluation evaluation, @Reference Store store, @Reference MemberService registry,
            @Reference JurisdictionService jurisdictions) {
        this.years = years;
        this.townships = townships;
        this.members = members;
        this.entries = entries;
        this.evaluation = evaluation;
        this.store = store;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now();
        int year = today.getYear() - 1;
        try {
            years.view(Store.COUNTY, year);
        } catch (NotFoundException notYet) {
            YearInput in = new YearInput();
            in.year = year;
            years.open(Store.COUNTY, in, today);
        }
        if (!"OPEN".equals(years.view(Store.COUNTY, year).state)) {
            return;
        }
        Map<String, Long> registered = new HashMap<>();
        store.tx().read(em -> townships.all(em, Store.COUNTY, year)).forEach(t -> registered.put(t.townshipCode, t.id));
        Map<Long, Long> enrolled = new HashMap<>();
        members.all(Store.COUNTY, year).forEach(m -> enrolled.put(m.memberId, m.id));
        int people = 0;
        int pilots = 0;
        for (Jurisdiction township : jurisdictions.subtreeList(Store.COUNTY, JurisdictionLevel.TOWNSHIP)) {
            run.throwIfCancelled();
            Long townshipId = registered.get(township.code());
            if (townshipId == null) {
                TownshipInput in = new TownshipInput();
                in.year = year;
                in.townshipCode = township.code();
                townshipId = townships.register(Store.COUNTY, in, today).id;
            }
            pilots++;
            people += township(townshipId, township.code(), year, run.seed(), enrolled, today);
        }
        run.throwIfCancelled();
        evaluation.recompute(Store.COUNTY, year);
        logger.info("Demo data of {} loaded in {} ms: {} members in {} pilot townships evaluated for {}", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, people, pilots, year);
    }

    /** One township: its first full members on the evaluation, and a year of entries for each who has none. */
    private int township(long townshipId, String townshipCode, int year, long seed, Map<Long, Long> enrolled, LocalDate today) {
        MemberQuery q = new MemberQuery(townshipCode, null, MemberStage.FULL, null, null, null);
        List<Member> chosen = registry.find(q, PageRequest.of(0, MEMBERS_PER_TOWNSHIP, "id", MemberService.SORTABLE)).items();
        List<EntryInput> yearEntries = new ArrayList<>();
        for (Member m : chosen) {
            Long evaluatedId = enrolled.get(m.id());
            if (evaluatedId == null) {
                EnrolmentInput in = new EnrolmentInput();
                in.memberId = m.id();
                in.post = m.hasPost() ? "村“两委”干部" : "党员";
                evaluatedId = members.enroll(Store.COUNTY, townshipId, in, false).id;
                enrolled.put(m.id(), evaluatedId);
            }
            if (entries.ofMember(Store.COUNTY, evaluatedId, null, PageRequest.first(1)).total() == 0) {
                Random random = new Random(seed ^ (m.id() * 0x9E3779B97F4A7C15L));
                yearEntries.addAll(entries(m.id(), Profile.draw(random), year, random));
            }
        }
        if (!yearEntries.isEmpty()) {
            entries.addAll(Store.COUNTY, townshipId, yearEntries, today, false);
        }
        return chosen.size();
    }

    /** A member's year: each month's merits and faults on the three boards, and the quarter's online courses. */
    private static List<EntryInput> entries(long memberId, Profile p, int year, Random random) {
        List<EntryInput> out = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate on = LocalDate.of(year, month, 3 + random.nextInt(24));
            if (random.nextDouble() < p.workMerit) {
                out.add(entry(memberId, "key-task", on, between(random, p.meritLow, p.meritHigh), month + "月重点工作任务按期完成"));
            }
            if (random.nextDouble() < p.workFault) {
                boolean overdue = random.nextBoolean();
                out.add(entry(memberId, overdue ? "task-overdue" : "absence", on.plusDays(1), -between(random, 1, overdue ? 5 : 3),
                        overdue ? month + "月工作任务逾期未完成" : "乡镇督查发现无故缺岗"));
            }
            if (random.nextDouble() < p.study) {
                out.add(entry(memberId, "study-session", on, between(random, 1, 2), "参加乡镇党委理论学习中心组集中学习"));
            }
            if (random.nextDouble() < p.studyFault) {
                out.add(entry(memberId, "study-absent", on.plusDays(2), -between(random, 1, 3), "无故缺席集中学习"));
            }
            if (random.nextDouble() < p.virtue) {
                out.add(entry(memberId, "good-deed", on, between(random, 1, 3), "帮扶困难群众，群众送来表扬信"));
            }
            if (random.nextDouble() < p.virtueFault) {
                out.add(entry(memberId, "complaint", on.plusDays(3), -between(random, 2, 6), "群众反映服务态度问题，经核查属实"));
            }
            if (month % 3 == 0 && random.nextDouble() < p.study) {
                out.add(entry(memberId, "online-course", on, between(random, 1, 3), "完成第" + (month / 3) + "季度干部网络培训学时"));
            }
        }
        if (p == Profile.STRONG) {
            out.add(entry(memberId, "exam", LocalDate.of(year, 6, 28), between(random, 3, 5), "“七一”考学测试成绩优秀"));
        }
        if (p == Profile.POOR) {
            out.add(entry(memberId, "criticized", LocalDate.of(year, 9, 10), -between(random, 4, 8), "县委督查组通报批评：重点任务推进不力"));
        }
        return out;
    }

    private static EntryInput entry(long memberId, String item, LocalDate on, double points, String reason) {
        EntryInput e = new EntryInput();
        e.memberId = memberId;
        e.itemKey = item;
        e.recordedOn = on;
        e.points = points;
        e.reason = reason;
        return e;
    }

    private static double between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
