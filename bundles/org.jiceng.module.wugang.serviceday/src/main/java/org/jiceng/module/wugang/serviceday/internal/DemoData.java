package org.jiceng.module.wugang.serviceday.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentQuery;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.Pages;
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
 * Service days for 武冈 through the module's own services. The seed gives no counts, so these are
 * chosen to be plausible and small (a few hundred records, loaded in seconds):
 * <ul>
 * <li>villages: the first {@value #VILLAGES_PER_TOWNSHIP} village (村) of each township, a subset of the county's 485 (one per
 * township keeps the load to a few seconds while every township has figures);</li>
 * <li>service days: the last {@value #MONDAYS} Mondays before today, each held by the village's Party secretary and its
 * Party-affairs officer (每个村明确一名党务专干 — both given a village post in the core here when they have none) and, on days
 * their assignment covers, the cadre stationed in the village (the first secretaries the core's demo already sent);</li>
 * <li>applications: 0 to {@value #MAX_APPLICATIONS} a day (a small village's Monday), matter types weighted toward social
 * insurance, subsidies and certificates;</li>
 * <li>handling: an agent the same day; insurance, subsidy and land matters taken to the township's 一站通 hall; about 80 % decided
 * within the promised days, about 10 % late, about 10 % left undecided — those past their deadline are the inbox's overdue
 * items; outcomes mostly done, some refused with a reason or forwarded; three in four decided applications rated, mostly
 * satisfied;</li>
 * <li>every day closed once its applications have agents.</li>
 * </ul>
 * The figures (applications, on time, overdue, satisfaction rate) are then whatever the services compute from these
 * records. Idempotent per village: a village that already has service days is left alone, so a run cancelled half way
 * finishes the other villages on the next start.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int VILLAGES_PER_TOWNSHIP = 1;
    static final int MONDAYS = 6;
    static final int MAX_APPLICATIONS = 3;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田";
    private static final String GIVEN = "伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红文斌云飞玉海春梅德胜新民";
    private static final Map<MatterType, String[]> MATTERS = Map.of(
            MatterType.SOCIAL_INSURANCE, new String[]{"城乡居民养老保险参保登记", "城乡居民医保缴费", "养老保险待遇领取资格认证", "医保异地就医备案"},
            MatterType.SUBSIDY, new String[]{"耕地地力保护补贴申领", "低保申请", "高龄津贴申领", "残疾人两项补贴申请"},
            MatterType.CERTIFICATE, new String[]{"户籍证明开具", "居住证明开具", "家庭经济状况证明", "婚育情况证明"},
            MatterType.LAND, new String[]{"宅基地建房申请", "土地承包经营权变更", "林权证办理"},
            MatterType.OTHER, new String[]{"危房改造咨询", "邻里纠纷调解", "水电报修协调"});
    private static final String[] REFUSALS = {"不符合申领条件", "材料不全且申请人放弃补正"};
    private static final String[] DEPARTMENTS = {"武冈市人力资源和社会保障局", "武冈市自然资源局", "武冈市民政局"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Sessions sessions;
    private final Applications applications;
    private final CadreService cadres;
    private final MemberService members;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Sessions sessions, @Reference Applications applications, @Reference CadreService cadres,
            @Reference MemberService members, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.sessions = sessions;
        this.applications = applications;
        this.cadres = cadres;
        this.members = members;
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
        LocalDate today = store.today();
        List<LocalDate> mondays = mondaysBefore(today);
        int villages = 0;
        int received = 0;
        for (Jurisdiction village : villages()) {
            run.throwIfCancelled();
            if (sessions.anyIn(village.code())) {
                continue;
            }
            Random random = new Random(run.seed() ^ village.code().hashCode());
            List<Long> villageCadres = villageCadres(village, mondays.get(0));
            if (villageCadres.isEmpty()) {
                continue;
            }
            for (LocalDate monday : mondays) {
                run.throwIfCancelled();
                received += holdServiceDay(village, monday, villageCadres, today, random);
            }
            villages++;
        }
        logger.info("Demo data of {} loaded in {} ms: {} villages, {} Mondays, {} applications", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, villages, mondays.size(), received);
    }

    /** The last {@link #MONDAYS} Mondays strictly before today, oldest first. */
    static List<LocalDate> mondaysBefore(LocalDate today) {
        LocalDate last = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> out = new ArrayList<>();
        for (int i = MONDAYS - 1; i >= 0; i--) {
            out.add(last.minusWeeks(i));
        }
        return out;
    }

    /** The first villages (村, not 社区) of each township of the county, in code order. */
    private List<Jurisdiction> villages() {
        Map<String, List<Jurisdiction>> byTownship = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.subtreeList(Store.COUNTY, JurisdictionLevel.VILLAGE)) {
            if (j.name().endsWith("村")) {
                List<Jurisdiction> list = byTownship.computeIfAbsent(j.parentCode(), k -> new ArrayList<>());
                if (list.size() < VILLAGES_PER_TOWNSHIP) {
                    list.add(j);
                }
            }
        }
        List<Jurisdiction> out = new ArrayList<>();
        byTownship.values().forEach(out::addAll);
        return out;
    }

    /**
     * The village's Party secretary and Party-affairs officer: its first two full members, given a
     * village post in the core (from three years before the first Monday) unless they hold one there.
     */
    private List<Long> villageCadres(Jurisdiction village, LocalDate firstMonday) {
        MemberQuery q = new MemberQuery(village.code(), null, MemberStage.FULL, null, null, null);
        List<Member> full = members.find(q, org.jiceng.common.PageRequest.of(0, 2, "id", MemberService.SORTABLE)).items();
        String[] titles = {"村党支部书记", "村党务专干"};
        PostLevel[] levels = {PostLevel.HEAD, PostLevel.MEMBER};
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            Member m = full.get(i);
            boolean holdsPost = cadres.positions(m.id()).stream()
                    .anyMatch(p -> village.code().equals(p.jurisdictionCode()) && p.endDate() == null);
            if (!holdsPost) {
                cadres.addPosition(m.id(), new Position(null, m.id(), village.name() + "党支部", village.code(), m.organizationId(),
                        titles[i], CadreRank.VILLAGE, levels[i], firstMonday.minusYears(3), null, null));
            }
            out.add(m.id());
        }
        return out;
    }

    /** Holds one Monday's service day: its applications received, handled and rated as far as today allows; then closes it. */
    private int holdServiceDay(Jurisdiction village, LocalDate monday, List<Long> villageCadres, LocalDate today, Random random) {
        List<Long> duty = new ArrayList<>(villageCadres);
        Long stationed = stationedOn(village.code(), monday);
        if (stationed != null && !duty.contains(stationed)) {
            duty.add(stationed);
        }
        Sessions.NewSession day = new Sessions.NewSession();
        day.villageCode = village.code();
        day.heldOn = monday;
        day.dutyMemberIds = duty;
        SessionView session = sessions.open(Store.COUNTY, day);
        int count = random.nextInt(MAX_APPLICATIONS + 1);
        for (int i = 0; i < count; i++) {
            handle(receive(village.code(), monday, random), duty, today, random);
        }
        // Receiving and handling applications leaves the service day's own record (and version) as it was opened.
        sessions.close(Store.COUNTY, session.id, monday, session.version);
        return count;
    }

    /** The cadre stationed in the village on the day (an active assignment to it), if any. */
    private Long stationedOn(String village, LocalDate day) {
        AssignmentQuery q = new AssignmentQuery(village, null, null, null, null, AssignmentStatus.ACTIVE, null, day);
        List<Assignment> found = Pages.all("id", CadreService.ASSIGNMENT_SORTABLE, p -> cadres.assignments(q, p));
        return found.stream().filter(a -> village.equals(a.jurisdictionCode())).map(Assignment::memberId).findFirst().orElse(null);
    }

    private ApplicationView receive(String village, LocalDate monday, Random random) {
        Applications.NewApplication in = new Applications.NewApplication();
        in.villageCode = village;
        in.receivedOn = monday;
        in.residentName = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        in.residentContact = "13" + (100_000_000 + random.nextInt(900_000_000));
        int roll = random.nextInt(100);
        in.matterType = roll < 30
                ? MatterType.SOCIAL_INSURANCE
                : roll < 55 ? MatterType.SUBSIDY : roll < 80 ? MatterType.CERTIFICATE : roll < 90 ? MatterType.LAND : MatterType.OTHER;
        String[] matters = MATTERS.get(in.matterType);
        in.matter = matters[random.nextInt(matters.length)];
        return applications.receive(Store.COUNTY, in);
    }

    /** Agent, hall, a note, the result and the rating — each only if its day has come. */
    private void handle(ApplicationView a, List<Long> duty, LocalDate today, Random random) {
        // The secretary takes most; the officer and the stationed cadre the rest.
        long agent = duty.get(random.nextInt(10) < 6 || duty.size() == 1 ? 0 : 1 + random.nextInt(duty.size() - 1));
        ApplicationView v = applications.assignAgent(Store.COUNTY, a.id, agent, a.receivedOn, a.version);
        LocalDate lastStep = a.receivedOn;
        if (a.matterType == MatterType.SOCIAL_INSURANCE || a.matterType == MatterType.SUBSIDY || a.matterType == MatterType.LAND) {
            LocalDate hall = a.receivedOn.plusDays(1 + random.nextInt(2));
            if (hall.isAfter(today)) {
                return;
            }
            v = applications.forwardToHall(Store.COUNTY, a.id, hall, null, v.version);
            lastStep = hall;
        }
        LocalDate noted = lastStep.plusDays(1);
        if (noted.isAfter(today)) {
            return;
        }
        applications.note(Store.COUNTY, a.id, noted, "已向申办人电话告知办理进度");
        int fate = random.nextInt(100);
        if (fate < 10) {
            return; // not decided yet: overdue once its deadline has passed
        }
        LocalDate decided = fate < 20
                ? a.deadline.plusDays(1 + random.nextInt(6)) // late
                : noted.plusDays(random.nextInt(Math.max(1, (int) (a.deadline.toEpochDay() - noted.toEpochDay()) + 1)));
        if (decided.isAfter(today)) {
            return;
        }
        Applications.Result r = new Applications.Result();
        int outcome = random.nextInt(100);
        r.outcome = outcome < 86 ? Outcome.DONE : outcome < 93 ? Outcome.REFUSED : Outcome.FORWARDED;
        r.reason = r.outcome == Outcome.REFUSED ? REFUSALS[random.nextInt(REFUSALS.length)] : null;
        r.forwardedTo = r.outcome == Outcome.FORWARDED ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : null;
        r.decidedOn = decided;
        r.version = v.version; // a progress note leaves the application's version as it was
        v = applications.decide(Store.COUNTY, a.id, r);
        LocalDate rated = decided.plusDays(random.nextInt(3));
        if (random.nextInt(4) == 0 || rated.isAfter(today)) {
            return;
        }
        int s = random.nextInt(100);
        Satisfaction satisfaction = s < 80 ? Satisfaction.SATISFIED : s < 95 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
        applications.rate(Store.COUNTY, a.id, satisfaction, rated, v.version);
    }
}
