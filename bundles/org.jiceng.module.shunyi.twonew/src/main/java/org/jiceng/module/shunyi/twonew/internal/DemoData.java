package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.jiceng.common.PageRequest;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Education;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 顺义's ledger as the seed describes it, entered through the module's services sheet by sheet, with
 * the Party organizations that cover the units created in the core's registry first:
 * <ul>
 * <li>2,891 non-public enterprises: 300 with an organization of their own (three members or more),
 * 2,233 in 152 joint branches, 358 not covered — 452 organizations, coverage 87.6 %; 474 without a
 * Party member and 986 with fewer than three (近1000家);</li>
 * <li>358 social organizations: 40 with their own organization, 207 in 31 joint branches, 111 not
 * covered — 71 organizations, coverage 68.9 %;</li>
 * <li>spread over the district's townships in code order, each taking an equal share of every group;</li>
 * <li>the reserve talent database: {@value #TALENTS} people from organs, institutions, district
 * enterprises, villages and two-new organizations, {@value #POSTED} of them posted to villages and
 * communities, {@value #WITHDRAWN} withdrawn.</li>
 * </ul>
 * The figures (coverage, organizations, members) are then whatever the module computes from these
 * sheets. Resumable: a sheet is known by its credit code, an organization by its name in its
 * township, a talent by name and unit; each draws its random numbers from the seed and its own key.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int TALENTS = 120;
    static final int POSTED = 30;
    static final int WITHDRAWN = 6;

    /** A group of units of one kind covered one way, with how many have 0, 1–2 and 3+ members, spread over the townships. */
    record Group(UnitKind kind, Coverage coverage, int organizations, int noMembers, int oneOrTwo, int threeOrMore) {
        int units() {
            return noMembers + oneOrTwo + threeOrMore;
        }
    }

    static final List<Group> GROUPS = List.of(
            new Group(UnitKind.ENTERPRISE, Coverage.OWN, 300, 0, 0, 300),
            new Group(UnitKind.ENTERPRISE, Coverage.JOINT, 152, 116, 512, 1605),
            new Group(UnitKind.ENTERPRISE, Coverage.NONE, 0, 358, 0, 0),
            new Group(UnitKind.SOCIAL_ORGANIZATION, Coverage.OWN, 40, 0, 0, 40),
            new Group(UnitKind.SOCIAL_ORGANIZATION, Coverage.JOINT, 31, 60, 80, 67),
            new Group(UnitKind.SOCIAL_ORGANIZATION, Coverage.NONE, 0, 70, 41, 0));

    private static final String[] FIRMS = {"顺鑫", "金港", "空港", "华瑞", "联东", "恒通", "天利", "京顺", "北方", "燕京", "汇源", "新兴", "中航", "博大",
            "鑫源", "裕丰", "宏达", "龙湾", "潮白", "临空"};
    private static final String[] TRADES = {"科技", "物流", "食品", "汽车零部件", "建材", "电子", "医药", "农业发展", "商贸", "印刷"};
    private static final String[] SOCIETIES = {"商会", "协会", "志愿服务中心", "养老服务中心", "职业技能培训学校", "社会工作事务所", "文化促进会", "调解中心"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田";
    private static final String GIVEN = "伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红文斌云飞玉海春梅德胜新民";
    private static final String[] ORGANS = {"区委组织部", "区发展改革委", "区财政局", "区人力社保局", "区农业农村局", "区民政局"};
    private static final String[] INSTITUTIONS = {"区医院", "区第一中学", "区农业技术推广站", "区社区服务中心"};
    private static final String[] STATE_ENTERPRISES = {"顺鑫控股集团", "区国有资本经营管理中心", "区城市建设投资公司"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Sheets sheets;
    private final Talents talents;
    private final OrganizationService organizations;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Sheets sheets, @Reference Talents talents, @Reference OrganizationService organizations,
            @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.sheets = sheets;
        this.talents = talents;
        this.organizations = organizations;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.DISTRICT).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        List<Jurisdiction> townships = jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.TOWNSHIP);
        if (townships.isEmpty()) {
            return;
        }
        int entered = 0;
        for (int t = 0; t < townships.size(); t++) {
            Jurisdiction township = townships.get(t);
            Long committee = committee(township.code());
            for (int g = 0; g < GROUPS.size(); g++) {
                run.throwIfCancelled();
                entered += enterGroup(run, township, t, townships.size(), committee, g);
            }
        }
        int talentsEntered = enterTalents(run, townships);
        logger.info("Demo data of {} loaded in {} ms: {} ledger sheets, {} reserve talents entered", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, entered, talentsEntered);
    }

    /** This township's share of a group: its joint branches (or own organizations) and its units' sheets. */
    private int enterGroup(DemoDataRun run, Jurisdiction township, int t, int townshipCount, Long committee, int g) {
        Group group = GROUPS.get(g);
        int none = share(group.noMembers(), townshipCount, t);
        int few = share(group.oneOrTwo(), townshipCount, t);
        int many = share(group.threeOrMore(), townshipCount, t);
        int units = none + few + many;
        int joints = group.coverage() == Coverage.JOINT ? Math.max(1, share(group.organizations(), townshipCount, t)) : 0;
        String stem = township.name().substring(0, Math.min(2, township.name().length()));
        int entered = 0;
        for (int u = 0; u < units; u++) {
            String creditCode = creditCode(group.kind(), t, g, u);
            if (u % 50 == 0) {
                run.throwIfCancelled();
            }
            if (sheets.registered(creditCode)) {
                continue;
            }
            Random random = new Random(run.seed() ^ creditCode.hashCode());
            int members = u < none ? 0 : u < none + few ? 1 + random.nextInt(2) : 3 + random.nextInt(group.coverage() == Coverage.OWN ? 10 : 6);
            String name = group.kind() == UnitKind.ENTERPRISE
                    ? "北京" + FIRMS[random.nextInt(FIRMS.length)] + TRADES[random.nextInt(TRADES.length)] + "有限公司(" + stem + String.format("%03d", u)
                            + ")"
                    : "顺义区" + stem + FIRMS[random.nextInt(FIRMS.length)] + SOCIETIES[random.nextInt(SOCIETIES.length)] + String.format("%03d", u);
            Sheets.SheetInput in = new Sheets.SheetInput();
            in.kind = group.kind();
            in.name = name;
            in.creditCode = creditCode;
            in.jurisdictionCode = township.code();
            in.category = group.kind() == UnitKind.ENTERPRISE ? TRADES[random.nextInt(TRADES.length)] : (random.nextBoolean() ? "社会团体" : "民办非企业单位");
            in.partyMembers = members;
            in.employees = members + 5 + random.nextInt(group.kind() == UnitKind.ENTERPRISE ? 200 : 30);
            in.coverage = group.coverage();
            in.organizationId = switch (group.coverage()) {
                case OWN -> organization(township.code(), committee, name + "党支部", group.kind(), OrganizationType.BRANCH);
                // units of a joint group are shared out over its branches in turn
                case JOINT -> organization(township.code(), committee,
                        stem + (group.kind() == UnitKind.ENTERPRISE ? "非公企业" : "社会组织") + "第" + (u % joints + 1) + "联合党支部", group.kind(),
                        OrganizationType.JOINT_BRANCH);
                case NONE -> null;
            };
            in.instructor = group.coverage() != Coverage.OWN && random.nextInt(5) < 2 ? person(random) : null;
            in.contactName = person(random);
            in.contactPhone = "13" + (100000000 + random.nextInt(900000000));
            sheets.create(Store.DISTRICT, in);
            entered++;
        }
        return entered;
    }

    /** The reserve talent database: entered, then some posted to villages and some withdrawn, as the district would. */
    private int enterTalents(DemoDataRun run, List<Jurisdiction> townships) {
        List<Jurisdiction> villages = jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.VILLAGE);
        LocalDate today = store.today();
        int entered = 0;
        for (int i = 0; i < TALENTS; i++) {
            run.throwIfCancelled();
            Random random = new Random(run.seed() ^ (Store.MODULE_ID + "/talent/" + i).hashCode());
            TalentSource source = TalentSource.values()[i % TalentSource.values().length];
            String unit = switch (source) {
                case PARTY_AND_GOVERNMENT_ORGAN -> ORGANS[random.nextInt(ORGANS.length)];
                case PUBLIC_INSTITUTION -> INSTITUTIONS[random.nextInt(INSTITUTIONS.length)];
                case STATE_ENTERPRISE -> STATE_ENTERPRISES[random.nextInt(STATE_ENTERPRISES.length)];
                case VILLAGE_OR_COMMUNITY -> villages.isEmpty() ? "村民委员会" : villages.get(random.nextInt(villages.size())).name();
                case TWO_NEW_ORGANIZATION -> "北京" + FIRMS[random.nextInt(FIRMS.length)] + TRADES[random.nextInt(TRADES.length)] + "有限公司";
            };
            String name = person(random) + (i < 10 ? "" : String.valueOf((char) ('甲' + i % 10)));
            Talents.NewTalent in = new Talents.NewTalent();
            in.jurisdictionCode = i % 3 == 0 ? Store.DISTRICT : townships.get(i % townships.size()).code();
            in.name = name;
            in.birthDate = LocalDate.of(1978 + random.nextInt(22), 1 + random.nextInt(12), 1 + random.nextInt(28));
            in.education = random.nextInt(10) < 7 ? (random.nextInt(5) == 0 ? Education.MASTER : Education.BACHELOR) : Education.JUNIOR_COLLEGE;
            in.source = source;
            in.unit = unit;
            in.intendedPost = IntendedPost.values()[random.nextInt(IntendedPost.values().length)];
            in.enteredOn = today.minusDays(60 + random.nextInt(600));
            TalentView t = talents.find(name, unit).orElse(null);
            if (t == null) {
                t = talents.enter(Store.DISTRICT, in);
                entered++;
            }
            if (t.state == TalentState.RESERVE && i % 4 == 1 && i / 4 < POSTED && !villages.isEmpty()) {
                Talents.Posting posting = new Talents.Posting();
                posting.villageCode = villages.get(random.nextInt(villages.size())).code();
                posting.postedOn = t.enteredOn.plusDays(30 + random.nextInt(30));
                posting.postedOn = posting.postedOn.isAfter(today) ? today : posting.postedOn;
                posting.version = t.version;
                talents.post(Store.DISTRICT, t.id, posting);
            } else if (t.state == TalentState.RESERVE && i % 20 == 3 && i / 20 < WITHDRAWN) {
                Talents.Withdrawal withdrawal = new Talents.Withdrawal();
                withdrawal.reason = random.nextBoolean() ? "本人申请退出" : "工作调动";
                withdrawal.version = t.version;
                talents.withdraw(Store.DISTRICT, t.id, withdrawal);
            }
        }
        return entered;
    }

    /** The township's Party committee, parent of the organizations created here; null when the registry has none. */
    private Long committee(String township) {
        return organizations
                .find(new OrganizationQuery(township, null, null, OrganizationType.COMMITTEE, null, null, null), PageRequest.of(0, 1, "id",
                        java.util.Set.of("id")))
                .items().stream().findFirst().map(PartyOrganization::id).orElse(null);
    }

    /** The organization of this name in the township, created in the core's registry when it is not there yet. */
    private long organization(String township, Long committee, String name, UnitKind kind, OrganizationType type) {
        for (PartyOrganization o : organizations.find(new OrganizationQuery(township, kind.field(), null, type, null, null, name),
                PageRequest.of(0, 20, "id", java.util.Set.of("id"))).items()) {
            if (o.name().equals(name)) {
                return o.id();
            }
        }
        LocalDate today = store.today();
        return organizations.create(PartyOrganization.builder().name(name).type(type).field(kind.field()).parentId(committee)
                .jurisdictionCode(township).termStart(today.withDayOfYear(1).minusYears(1)).termEnd(today.withDayOfYear(1).plusYears(2)).build())
                .id();
    }

    /** A valid unified social credit code: registered in 顺义 (110113) by market regulation (91) or civil affairs (51). */
    static String creditCode(UnitKind kind, int township, int group, int unit) {
        String first17 = (kind == UnitKind.ENTERPRISE ? "91" : "51") + Store.DISTRICT + String.format("%02d%d%06d", township, group, unit);
        return first17 + SheetRules.checkCharacter(first17);
    }

    /** An equal share of {@code total} for the {@code index}-th of {@code parts}, the first ones taking one more of the rest. */
    static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private static String person(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
    }
}
