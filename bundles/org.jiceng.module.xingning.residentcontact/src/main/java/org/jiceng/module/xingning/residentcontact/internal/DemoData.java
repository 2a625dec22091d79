package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 兴宁's last year of 驻点联系群众 through the module's own services, reproducing the seed's figures
 * (2017: 进户率 92.47 %, 9,943 problems collected, 97.06 % resolved) — the totals spread over every
 * village of the registry by {@link DemoPlan}:
 * <ul>
 * <li>each village registers its households, and one of its town's cadres (a member registered in the
 * town, in turn) is stationed there from 1 January;</li>
 * <li>the cadre visits the village's households in rounds of {@value #ROUND} through the year, until
 * the village's share is visited;</li>
 * <li>problems are raised on those visits (three in five) or by other ways on a day of the year; about
 * 88 % are solved in the village, 10 % go to the town and 2 % on to a city unit, each resolved within
 * its level's days (a few late); the village's open share — raised in the last weeks of December —
 * stays open, so those are overdue now and in the inbox.</li>
 * </ul>
 * Resumable per unit of work: a village's register and stationing are made when missing, visits
 * continue after the households already visited, and problem i of a village is created or brought to
 * its planned state (escalated, resolved) from whatever a cancelled run left.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int ROUND = 20;
    private static final String[] MATTERS = {"村道破损, 雨天出行困难, 请求硬化修补", "自来水水压不足, 高处农户用水困难", "村内路灯损坏多盏, 夜间照明不足",
            "低保申请进度不明, 请求帮助了解", "排水沟堵塞, 雨季农田受浸", "危房改造补助申请咨询", "宅基地边界与邻居有争议, 请求调解", "垃圾清运不及时, 堆放点异味大",
            "农田灌溉水渠年久失修", "城乡居民医保缴费遇到困难", "子女就近入学咨询", "外出务工人员社保转移接续咨询", "山塘水库安全隐患", "村小组公共资金使用情况请求公开",
            "留守老人无人照料, 请求关爱帮扶", "电力线路老化, 经常停电"};
    private static final String[] CITY_UNITS = {"兴宁市住房和城乡建设局", "兴宁市水务局", "兴宁市交通运输局", "兴宁市民政局", "兴宁市自然资源局",
            "兴宁市人力资源和社会保障局", "兴宁市教育局", "兴宁市农业农村局", "广东电网兴宁供电局"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Villages villages;
    private final Stations stations;
    private final Visits visits;
    private final ResidentProblems problems;
    private final Deadlines deadlines;
    private final MemberService members;

    @Activate
    public DemoData(@Reference Store store, @Reference Villages villages, @Reference Stations stations, @Reference Visits visits,
            @Reference ResidentProblems problems, @Reference Deadlines deadlines, @Reference MemberService members) {
        this.store = store;
        this.villages = villages;
        this.stations = stations;
        this.visits = visits;
        this.problems = problems;
        this.deadlines = deadlines;
        this.members = members;
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
        LocalDate today = store.today();
        int year = today.getYear() - 1;
        List<Jurisdiction> all = store.jurisdictions().subtreeList(Store.COUNTY, JurisdictionLevel.VILLAGE);
        List<DemoPlan.Share> plan = DemoPlan.plan(all.stream().map(Jurisdiction::code).toList(), run.seed());
        Map<String, List<Long>> townCadres = new LinkedHashMap<>();
        Map<String, Integer> villagesSeen = new LinkedHashMap<>();
        int created = 0;
        for (int i = 0; i < all.size(); i++) {
            run.throwIfCancelled();
            Jurisdiction village = all.get(i);
            DemoPlan.Share share = plan.get(i);
            List<Long> cadres = townCadres.computeIfAbsent(village.parentCode(), this::townCadres);
            if (cadres.isEmpty()) {
                logger.warn("Demo data of {}: town {} has no cadre registered in it, village {} left out", Store.MODULE_ID, village.parentCode(),
                        village.code());
                continue;
            }
            int inTown = villagesSeen.merge(village.parentCode(), 1, Integer::sum) - 1;
            long cadre = cadres.get(inTown % cadres.size());
            register(village.code(), share.households());
            station(village.code(), cadre, LocalDate.of(year, 1, 1));
            visit(run, village.code(), cadre, share.visited(), year, today);
            created += problems(run, village.code(), share, year, today);
        }
        logger.info("Demo data of {} loaded in {} ms: {} villages, {} problems created", Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000,
                all.size(),
                created);
    }

    /** The cadres of the town: members registered in the town itself (its Party committee), in id order. */
    private List<Long> townCadres(String town) {
        List<Member> found = members.find(MemberQuery.inJurisdiction(town), PageRequest.of(0, 100, "id", MemberService.SORTABLE)).items();
        return found.stream().filter(m -> town.equals(m.jurisdictionCode())).map(Member::id).toList();
    }

    private void register(String village, int households) {
        try {
            villages.get(Store.COUNTY, village, null);
        } catch (NotFoundException missing) {
            Villages.Register r = new Villages.Register();
            r.households = households;
            villages.register(Store.COUNTY, village, r);
        }
    }

    private void station(String village, long cadre, LocalDate from) {
        if (stations.list(Store.COUNTY, village, null, cadre, true, PageRequest.first(1)).total() == 0) {
            Stations.NewStation s = new Stations.NewStation();
            s.villageCode = village;
            s.memberId = cadre;
            s.startedOn = from;
            stations.station(Store.COUNTY, s);
        }
    }

    /** Rounds of {@link #ROUND} households spread over the year, from the first household not yet visited. */
    private void visit(DemoDataRun run, String village, long cadre, int target, int year, LocalDate today) {
        long done = villages.get(Store.COUNTY, village, year).householdsVisited;
        int rounds = (target + ROUND - 1) / ROUND;
        for (int r = (int) (done / ROUND); r < rounds; r++) {
            run.throwIfCancelled();
            List<String> households = new ArrayList<>();
            for (int h = (int) Math.max(done, (long) r * ROUND); h < Math.min(target, (r + 1) * ROUND); h++) {
                households.add(household(village, h));
            }
            if (households.isEmpty()) {
                continue;
            }
            Visits.NewVisits in = new Visits.NewVisits();
            in.villageCode = village;
            in.memberId = cadre;
            in.visitedOn = min(LocalDate.of(year, 1, 6).plusDays((long) r * 350 / Math.max(1, rounds)), today);
            in.households = households;
            in.note = "驻点走访, 宣传政策, 收集群众意见";
            visits.record(Store.COUNTY, in);
        }
    }

    static String household(String village, int index) {
        return village + "-" + String.format("%04d", index + 1);
    }

    /** The village's problems: problem i created unless it exists, then brought to its planned state. Returns how many were created. */
    private int problems(DemoDataRun run, String village, DemoPlan.Share share, int year, LocalDate today) {
        List<ResidentProblemEntity> existing = problems.ofVillage(village);
        if (existing.size() >= share.problems() && existing.stream().filter(ResidentProblemEntity::resolved).count() >= share.resolved()) {
            return 0;
        }
        List<VisitView> rounds = Pages.all("id", Visits.SORTABLE, page -> visits.list(Store.COUNTY, village, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), page));
        rounds = new ArrayList<>(rounds);
        rounds.sort(Comparator.comparing((VisitView v) -> v.household));
        int created = 0;
        for (int i = 0; i < share.problems(); i++) {
            if (i % 50 == 0) {
                run.throwIfCancelled();
            }
            Random r = new Random(run.seed() * 31 + village.hashCode() * 1_000_003L + i);
            boolean open = i >= share.resolved();
            int path = r.nextInt(100);
            Level last = path < 88 ? Level.VILLAGE : path < 98 ? Level.TOWN : Level.CITY;
            // drawn for an existing problem too, so its later steps draw the same numbers as in an uninterrupted run
            ResidentProblems.NewProblem in = newProblem(village, r, open, rounds, year);
            ProblemView p;
            if (i < existing.size()) {
                p = problems.get(Store.COUNTY, existing.get(i).id);
            } else {
                p = problems.collect(Store.COUNTY, in);
                created++;
            }
            carry(p, last, open, r, today);
        }
        return created;
    }

    private static ResidentProblems.NewProblem newProblem(String village, Random r, boolean open, List<VisitView> rounds, int year) {
        ResidentProblems.NewProblem in = new ResidentProblems.NewProblem();
        in.villageCode = village;
        in.description = MATTERS[r.nextInt(MATTERS.length)];
        int s = r.nextInt(100);
        in.severity = s < 70 ? ProblemSeverity.LOW : s < 95 ? ProblemSeverity.MEDIUM : ProblemSeverity.HIGH;
        if (open) {
            // the open ones came in the last weeks of December
            in.raisedOn = LocalDate.of(year, 12, 10).plusDays(r.nextInt(21));
        } else if (!rounds.isEmpty() && r.nextInt(5) < 3) {
            VisitView visit = rounds.get(r.nextInt(rounds.size()));
            in.visitId = visit.id;
            in.raisedOn = visit.visitedOn;
        } else {
            in.raisedOn = LocalDate.of(year, 1, 1).plusDays(r.nextInt(330));
        }
        return in;
    }

    /** Escalates the problem up to {@code last} and, unless it stays open, resolves it there — each step only if not taken yet. */
    private void carry(ProblemView p, Level last, boolean open, Random r, LocalDate today) {
        int villageDays = deadlines.days(Level.VILLAGE);
        int townDays = deadlines.days(Level.TOWN);
        int cityDays = deadlines.days(Level.CITY);
        if (last != Level.VILLAGE && p.level == Level.VILLAGE && !p.resolved) {
            p = problems.escalate(Store.COUNTY, p.id, escalation(min(p.levelSince.plusDays(2 + r.nextInt(Math.max(1, villageDays - 1))), today),
                    "村级无法解决, 需镇统筹协调", null, p.version));
        }
        if (last == Level.CITY && p.level == Level.TOWN && !p.resolved) {
            p = problems.escalate(Store.COUNTY, p.id, escalation(min(p.levelSince.plusDays(3 + r.nextInt(Math.max(1, townDays - 2))), today),
                    "涉及市直部门职能, 镇级无法解决", CITY_UNITS[r.nextInt(CITY_UNITS.length)], p.version));
        }
        if (open || p.resolved) {
            return;
        }
        int days = p.level == Level.VILLAGE ? villageDays : p.level == Level.TOWN ? townDays : cityDays;
        // most within the level's days, one in twenty a few days late
        long after = r.nextInt(20) == 0 ? days + 1 + r.nextInt(5) : 1 + r.nextInt(days);
        ResidentProblems.Resolution done = new ResidentProblems.Resolution();
        done.resolvedOn = min(p.levelSince.plusDays(after), today);
        done.resolution = p.level.zh() + "已协调解决, 已向群众反馈";
        done.version = p.version;
        problems.resolve(Store.COUNTY, p.id, done);
    }

    private static ResidentProblems.Escalation escalation(LocalDate on, String reason, String cityUnit, long version) {
        ResidentProblems.Escalation e = new ResidentProblems.Escalation();
        e.escalatedOn = on;
        e.reason = reason;
        e.cityUnit = cityUnit;
        e.version = version;
        return e;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
