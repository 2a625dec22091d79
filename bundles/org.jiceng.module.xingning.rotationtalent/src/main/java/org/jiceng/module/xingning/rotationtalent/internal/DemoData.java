package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.development.MembershipStatus;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
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
 * 兴宁's rotation and talent work for the demo, through the module's services and the core's cadre
 * service only. The seed gives no rotation figures, and the demo registry holds posts only in the
 * city's organs: so each township's leadership is entered as the county would record it, through
 * the core's cadre service with start dates in the past (a secretary and a mayor as heads, a
 * deputy secretary and two deputy mayors), some long enough to be due. This year's plan then takes
 * about three in four of the cadres due (the others stay overdue), approves most of its moves,
 * carries out two in three of the approved ones into the core's positions, defers about one in
 * ten with a reason, and moves one cadre not due for an exception reason. Talent work reproduces
 * the seed's catalogue: 82 urgently needed posts ("80多个"), and 160 talents in nine categories, a
 * third of them core members, two in three matched to posts of their field while these need people.
 *
 * <p>Resumable: every step looks at what is there first (positions by unit and title, the plan by
 * year, moves by position, posts and talents by count) and each decision has its own random
 * numbers (from the seed and the member, town or index), so a second run adds nothing.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int POSTS = 82;
    static final int TALENTS = 160;
    private static final int CATEGORIES = TalentCategory.values().length;

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Rotations rotations;
    private final Talents talents;
    private final CadreService cadres;
    private final MemberService members;

    @Activate
    public DemoData(@Reference Store store, @Reference Rotations rotations, @Reference Talents talents, @Reference CadreService cadres,
            @Reference MemberService members) {
        this.store = store;
        this.rotations = rotations;
        this.talents = talents;
        this.cadres = cadres;
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
        LocalDate today = LocalDate.now();
        int positions = 0;
        for (Jurisdiction town : store.jurisdictions().subtreeList(Store.COUNTY, JurisdictionLevel.TOWNSHIP)) {
            run.throwIfCancelled();
            positions += townLeadership(town, today, run.seed());
        }
        run.throwIfCancelled();
        int moves = plan(today, run);
        run.throwIfCancelled();
        int posts = posts(today, run);
        int people = talents(today, run);
        logger.info("Demo data of {} loaded in {} ms: {} township posts entered, {} moves, {} needed posts, {} talents", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, positions, moves, posts, people);
    }

    static Random random(long seed, String unit) {
        return new Random(seed ^ (unit.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** A township post: unit suffix, title, rank, level, and the longest tenure the demo gives it (years). */
    private record TownPost(String unit, String title, CadreRank rank, PostLevel level, int maxYears) {
    }

    private static final List<TownPost> TOWN_POSTS = List.of(new TownPost("党委", "党委书记", CadreRank.SECTION, PostLevel.HEAD, 8),
            new TownPost("人民政府", "镇长", CadreRank.SECTION, PostLevel.HEAD, 7),
            new TownPost("党委", "党委副书记", CadreRank.DEPUTY_SECTION, PostLevel.DEPUTY, 13),
            new TownPost("人民政府", "副镇长", CadreRank.DEPUTY_SECTION, PostLevel.DEPUTY, 14),
            new TownPost("人民政府", "副镇长", CadreRank.DEPUTY_SECTION, PostLevel.DEPUTY, 12));

    /** The township's leadership, the posts not entered yet, held by full members of the township; returns how many it entered. */
    private int townLeadership(Jurisdiction town, LocalDate today, long seed) {
        Random random = random(seed, town.code());
        List<Member> people = members.find(new MemberQuery(town.code(), null, MemberStage.FULL, null, null, MembershipStatus.ACTIVE),
                PageRequest.of(0, 40, "id", MemberService.SORTABLE)).items();
        int entered = 0;
        for (int i = 0; i < TOWN_POSTS.size() && i < people.size(); i++) {
            TownPost post = TOWN_POSTS.get(i);
            LocalDate start = today.minusYears(1 + random.nextInt(post.maxYears())).minusDays(random.nextInt(330));
            Member m = people.get(i);
            String unit = town.name() + post.unit();
            boolean held = cadres.positions(m.id()).stream().anyMatch(p -> p.unit().equals(unit) && p.title().equals(post.title()));
            if (!held) {
                cadres.addPosition(m.id(),
                        new Position(null, m.id(), unit, town.code(), null, post.title(), post.rank(), post.level(), start, null, null));
                entered++;
            }
        }
        return entered;
    }

    /** This year's plan of the city and its moves; returns the moves entered. */
    private int plan(LocalDate today, DemoDataRun run) {
        int year = today.getYear();
        PlanView plan = rotations.planOf(Store.COUNTY, year);
        if (plan == null) {
            plan = rotations.createPlan(Store.COUNTY, new Rotations.NewPlan(year, null, "按照领导干部交流有关规定, 结合工作需要有序交流"), today);
        }
        List<DueCadre> due = new ArrayList<>(rotations.due(Store.COUNTY, year));
        due.sort(Comparator.comparingLong((DueCadre d) -> d.memberId).thenComparing(d -> d.unit));
        // the units a cadre may go to: those of the other cadres due (a township post to another township, an organ to another organ)
        List<DueCadre> targets = new ArrayList<>(due);
        int entered = 0;
        for (DueCadre d : due) {
            run.throwIfCancelled();
            Random random = random(run.seed(), "rotation-" + d.memberId + d.unit);
            boolean planIt = random.nextInt(4) != 0;
            if (!planIt || d.moveId != null || d.positionId == null) {
                continue;
            }
            DueCadre to = target(d, targets, random);
            if (to == null) {
                continue;
            }
            MoveView m = rotations.propose(Store.COUNTY, plan.id, new Rotations.NewMove(d.positionId, to.unit, to.jurisdictionCode,
                    d.title == null ? to.title : d.title, d.level == PostLevel.HEAD ? CadreRank.SECTION : CadreRank.DEPUTY_SECTION, d.level, null),
                    today);
            entered++;
            int fate = random.nextInt(10);
            if (fate == 0) {
                rotations.defer(Store.COUNTY, m.id, "重点项目攻坚期间, 暂缓交流", m.version, today);
            } else if (fate <= 7) {
                m = rotations.approve(Store.COUNTY, m.id, m.version, today);
                if (fate <= 5) {
                    LocalDate on = LocalDate.of(year, 1, 1).plusDays(random.nextInt(Math.max(1, today.getDayOfYear())));
                    rotations.execute(Store.COUNTY, m.id, on.isAfter(today) ? today : on, m.version, today);
                }
            }
        }
        entered += exception(plan, today);
        return entered;
    }

    /** Another unit of the same kind (a township's to another township's, an organ to another organ), or null. */
    private static DueCadre target(DueCadre d, List<DueCadre> targets, Random random) {
        boolean town = d.townCode.length() > 6;
        List<DueCadre> fit = targets.stream()
                .filter(t -> !RotationRules.sameUnit(t.unit, d.unit) && (t.townCode.length() > 6) == town && t.title != null).toList();
        return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
    }

    /** One cadre moved before due, for the exception the seed names (其他工作需要交流的干部): a township head of the shortest tenure. */
    private int exception(PlanView plan, LocalDate today) {
        boolean present = Pages.all("id", Rotations.MOVE_SORTABLE, p -> rotations.moves(Store.COUNTY, plan.id, null, null, null, p)).stream()
                .anyMatch(m -> !m.due);
        if (present) {
            return 0;
        }
        Map<String, String> dueUnits = new TreeMap<>();
        rotations.due(Store.COUNTY, plan.year).forEach(d -> dueUnits.put(d.unit, d.jurisdictionCode));
        for (Jurisdiction town : store.jurisdictions().subtreeList(Store.COUNTY, JurisdictionLevel.TOWNSHIP)) {
            for (Member m : members.find(new MemberQuery(town.code(), null, MemberStage.FULL, null, null, MembershipStatus.ACTIVE),
                    PageRequest.of(0, 2, "id", MemberService.SORTABLE)).items()) {
                Position head = cadres.positions(m.id()).stream()
                        .filter(p -> p.endDate() == null && p.level() == PostLevel.HEAD && !RotationRules.due(p.level(), yearsOn(p, plan.year)))
                        .findFirst().orElse(null);
                if (head != null && !dueUnits.isEmpty()) {
                    String to = dueUnits.keySet().stream().filter(u -> u.endsWith("人民政府") && !u.equals(head.unit())).findFirst().orElse(null);
                    if (to != null) {
                        rotations.propose(Store.COUNTY, plan.id, new Rotations.NewMove(head.id(), to, dueUnits.get(to), head.title(), head.rank(),
                                head.level(),
                                "工作需要, 提前交流"), today);
                        return 1;
                    }
                }
            }
        }
        return 0;
    }

    private static long yearsOn(Position p, int year) {
        return ChronoUnit.YEARS.between(p.startDate(), RotationRules.referenceDay(year));
    }

    // ---- talent work

    private static final String[][] POST_TITLES = {
            {"农业技术推广员", "畜牧兽医师", "农村电商运营", "水产养殖技术员"},
            {"高中数学教师", "高中英语教师", "特殊教育教师", "心理健康教师"},
            {"全科医生", "儿科医师", "麻醉医师", "影像诊断医师", "护理骨干"},
            {"企业财务总监", "生产运营经理", "市场营销经理", "人力资源经理"},
            {"电子信息工程师", "新材料研发工程师", "软件开发工程师"},
            {"城乡规划师", "建筑结构工程师", "市政给排水工程师"},
            {"客家文化研究员", "旅游策划师", "文物保护技术员"},
            {"金融风险管理", "公司法务", "知识产权代理"},
            {"数控机床技师", "电工技师", "汽车维修技师"}};
    private static final String[][] UNITS = {
            {"市农业农村局", "市畜牧兽医站", "兴宁市电商产业园"},
            {"兴宁一中", "市第一中学", "市特殊教育学校"},
            {"市人民医院", "市中医医院", "市妇幼保健院"},
            {"广东兴宁产业转移工业园", "市属国有企业", "民营骨干企业"},
            {"市科技局", "电子信息产业园", "新材料企业"},
            {"市自然资源局", "市住房和城乡建设局", "市城市建设投资公司"},
            {"市文化广电旅游体育局", "市博物馆", "叶塘镇文旅项目"},
            {"市金融工作局", "市司法局", "市市场监督管理局"},
            {"市技工学校", "园区制造企业", "市交通运输局"}};

    /** The catalogue's posts not entered yet (by count); returns how many it entered. */
    private int posts(LocalDate today, DemoDataRun run) {
        long have = talents.posts(Store.COUNTY, null, null, PageRequest.first(1)).total();
        int entered = 0;
        for (int i = (int) have; i < POSTS; i++) {
            run.throwIfCancelled();
            TalentCategory category = TalentCategory.values()[i % CATEGORIES];
            Random random = random(run.seed(), "post-" + i);
            String[] titles = POST_TITLES[category.ordinal()];
            String[] units = UNITS[category.ordinal()];
            talents.createPost(Store.COUNTY,
                    new Talents.PostInput(titles[random.nextInt(titles.length)], units[random.nextInt(units.length)], category,
                            1 + random.nextInt(3), today.getYear(), null, "组织上报急需紧缺人才目录", null),
                    today);
            entered++;
        }
        return entered;
    }

    private static final String SURNAMES = "罗陈李张王刘黄曾钟何温古廖赖";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    /** The talents not entered yet (by count), a third of them core members; then matches the unmatched ones; returns how many it entered. */
    private int talents(LocalDate today, DemoDataRun run) {
        long have = talents.talents(Store.COUNTY, null, null, null, null, PageRequest.first(1)).total();
        List<Member> people = members.find(new MemberQuery(Store.COUNTY, null, MemberStage.FULL, null, null, MembershipStatus.ACTIVE),
                PageRequest.of(0, 200, "id", MemberService.SORTABLE)).items();
        int entered = 0;
        for (int i = (int) have; i < TALENTS; i++) {
            run.throwIfCancelled();
            TalentCategory category = TalentCategory.values()[i % CATEGORIES];
            Random random = random(run.seed(), "talent-" + i);
            String specialty = POST_TITLES[category.ordinal()][random.nextInt(POST_TITLES[category.ordinal()].length)];
            String workplace = UNITS[category.ordinal()][random.nextInt(UNITS[category.ordinal()].length)];
            // every third round through the categories lists core members (each member once)
            Member m = (i / CATEGORIES) % 3 == 0 && !people.isEmpty() ? people.get(i % people.size()) : null;
            String name = m != null
                    ? null
                    : "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                            + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
            talents.createTalent(Store.COUNTY, new Talents.NewTalent(m == null ? null : m.id(), name, category, specialty, workplace, null));
            entered++;
        }
        int index = 0;
        for (TalentView t : Pages.all("id", Talents.TALENT_SORTABLE, p -> talents.talents(Store.COUNTY, null, null, null, null, p))) {
            run.throwIfCancelled();
            if ((index++ / CATEGORIES) % 3 == 2 || t.postId != null) {
                continue; // one in three stays on the list only
            }
            PostView open = talents.posts(Store.COUNTY, t.category, true, PageRequest.of(0, 1, "id", Talents.POST_SORTABLE)).items().stream()
                    .findFirst().orElse(null);
            if (open != null) {
                talents.match(Store.COUNTY, t.id, open.id, t.version, today);
            }
        }
        return entered;
    }
}
