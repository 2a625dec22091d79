package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.PageRequest;
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
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year's appraisal of 武冈's rural villages, run through the module's own services from start to
 * payment. The seed gives the method (百分制, a dossier per cadre, subsidies and awards from the results),
 * no figures: the demo registry has about 40 rural villages where 武冈 has 485, and each gets three
 * village posts in the core (secretary, committee director, committee member) held by its own members.
 * Their dossiers (a quarter's records at a time) and the township's scores come from four seeded
 * profiles of how well a cadre worked; totals, grades, ranks, subsidies and awards then come out of
 * the engine and the rules.
 *
 * <p>Resumable: a run cut short (the module uninstalled while it loads) is completed by the next one
 * with the same figures, and the core does not run a completed one again. Each village draws from a
 * random source of its own (the seed and the village's code), so a village's cadres get the same
 * profiles and scores whatever was written before; a post, an enrolment and a dossier are added
 * only when missing, and the year is taken only through the steps it has not had (scores entered
 * and computed while it is open, then approved, then paid). A year already paid is left alone.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int POSTS_PER_VILLAGE = 3;
    /** The term began with Hunan's 2021 village elections (村"两委"换届). */
    static final LocalDate TERM_START = LocalDate.of(2021, 3, 1);

    /** How well a cadre worked: quarterly points of duty and service, deductions, and the township's scores. */
    private enum Profile {
        // Shares (of 100) and ranges chosen so most cadres come out 称职, some 优秀, a few 基本称职 and 不称职.
        STRONG(15, 7.0, 8.0, 4.5, 5.0, 0, 0, 17, 20, 90, 98), NORMAL(65, 5.5, 7.5, 3.5, 5.0, 20, -1.0, 13, 18, 80, 93), WEAK(15, 4.0, 5.0, 2.5, 3.5,
                50, -2.0, 9, 13, 68, 80), POOR(5, 2.0, 3.0, 1.0, 2.0, 100, -5.0, 5, 9, 50, 65);

        final int share;
        final double dutyLow, dutyHigh, serviceLow, serviceHigh;
        /** Chance (percent) of a recorded breach, and its deduction. */
        final int breachChance;
        final double deduction;
        final double economyLow, economyHigh, massesLow, massesHigh;

        Profile(int share, double dutyLow, double dutyHigh, double serviceLow, double serviceHigh, int breachChance, double deduction,
                double economyLow, double economyHigh, double massesLow, double massesHigh) {
            this.share = share;
            this.dutyLow = dutyLow;
            this.dutyHigh = dutyHigh;
            this.serviceLow = serviceLow;
            this.serviceHigh = serviceHigh;
            this.breachChance = breachChance;
            this.deduction = deduction;
            this.economyLow = economyLow;
            this.economyHigh = economyHigh;
            this.massesLow = massesLow;
            this.massesHigh = massesHigh;
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

    private static final String[][] POSTS = {{"党支部", "书记"}, {"村民委员会", "主任"}, {"党支部", "委员"}};
    private static final PostLevel[] LEVELS = {PostLevel.HEAD, PostLevel.HEAD, PostLevel.MEMBER};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Cadres cadres;
    private final Dossier dossier;
    private final Teams teams;
    private final Appraisal appraisal;
    private final Years years;
    private final CadreService cadreService;
    private final MemberService members;
    private final OrganizationService organizations;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Cadres cadres, @Reference Dossier dossier, @Reference Teams teams, @Reference Appraisal appraisal,
            @Reference Years years, @Reference CadreService cadreService, @Reference MemberService members,
            @Reference OrganizationService organizations, @Reference JurisdictionService jurisdictions) {
        this.cadres = cadres;
        this.dossier = dossier;
        this.teams = teams;
        this.appraisal = appraisal;
        this.years = years;
        this.cadreService = cadreService;
        this.members = members;
        this.organizations = organizations;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        LocalDate today = LocalDate.now();
        int year = today.getYear() - 1;
        if (jurisdictions.find(Store.COUNTY).isEmpty()) {
            return;
        }
        YearState state = YearState.valueOf(years.view(Store.COUNTY, year).state);
        if (state == YearState.PAID) {
            return;
        }
        long t0 = System.nanoTime();
        List<CadreScores> scores = new ArrayList<>();
        List<TeamScores> teamScores = new ArrayList<>();
        if (!state.closed()) {
            Map<Long, Long> enrolled = new HashMap<>();
            cadres.all(Store.COUNTY, year).forEach(c -> enrolled.put(c.memberId, c.id));
            for (String village : villages()) {
                run.throwIfCancelled();
                village(village, year, run.seed(), enrolled, scores, teamScores, today);
            }
            if (scores.isEmpty()) {
                return;
            }
            run.throwIfCancelled();
            cadres.enterScores(Store.COUNTY, year, scores);
            teams.enterScores(Store.COUNTY, year, teamScores);
            YearView computed = appraisal.compute(Store.COUNTY, year, today);
            years.approve(Store.COUNTY, year, computed.version, today);
        }
        YearView approved = years.view(Store.COUNTY, year);
        if (YearState.valueOf(approved.state) == YearState.APPROVED) {
            years.pay(Store.COUNTY, year, approved.version, today);
        }
        logger.info("Demo data of {} loaded in {} ms: {} village cadres of {} villages appraised for {}", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, scores.size(), teamScores.size(), year);
    }

    /**
     * One village: its posts, its cadres on the year's appraisal with their dossiers (each added
     * unless there), and the township's scores of its cadres and its team, added to the lists. The
     * numbers come from the village's own random source and are all drawn, written or not.
     */
    private void village(String village, int year, long seed, Map<Long, Long> enrolled, List<CadreScores> scores, List<TeamScores> teamScores,
            LocalDate today) {
        List<Long> people = villagers(village);
        if (people.isEmpty()) {
            return;
        }
        Random random = new Random(seed ^ (Long.parseLong(village) * 0x9E3779B97F4A7C15L));
        String villageName = jurisdictions.get(village).name();
        for (int p = 0; p < people.size(); p++) {
            Position post = post(people.get(p), village, villageName, p);
            Long cadreId = enrolled.get(people.get(p));
            boolean recorded = cadreId != null && dossier.list(Store.COUNTY, cadreId, PageRequest.first(1)).total() > 0;
            if (cadreId == null) {
                Enrolment e = new Enrolment();
                e.year = year;
                e.positionId = post.id();
                cadreId = cadres.enroll(Store.COUNTY, e, today).id;
                enrolled.put(people.get(p), cadreId);
            }
            Profile profile = Profile.draw(random);
            List<RecordInput> records = records(profile, year, random);
            if (!recorded) {
                dossier.addAll(Store.COUNTY, cadreId, records, today);
            }
            CadreScores s = new CadreScores();
            s.cadreId = cadreId;
            s.economy = between(random, profile.economyLow, profile.economyHigh);
            s.masses = between(random, profile.massesLow, profile.massesHigh);
            scores.add(s);
        }
        TeamScores t = new TeamScores();
        t.villageCode = village;
        // The township's view of the village's collective economy and Party building: 12 to 19 of 20.
        t.collective = between(random, 12, 19);
        t.building = between(random, 12, 19);
        teamScores.add(t);
    }

    /** Rural villages of the county (communities have their own appraisal), in code order. */
    private List<String> villages() {
        OrganizationQuery q = new OrganizationQuery(Store.COUNTY, OrganizationField.RURAL, null, null, null, null, null);
        Set<String> out = new LinkedHashSet<>();
        for (PartyOrganization o : Pages.all("id", OrganizationService.SORTABLE, p -> organizations.find(q, p))) {
            Jurisdiction j = jurisdictions.get(o.jurisdictionCode());
            if (j.level() == JurisdictionLevel.VILLAGE) {
                out.add(j.code());
            }
        }
        return out.stream().sorted().toList();
    }

    /** The village's first three full members (by id) hold its posts. */
    private List<Long> villagers(String village) {
        MemberQuery q = new MemberQuery(village, null, MemberStage.FULL, null, null, null);
        return members.find(q, PageRequest.of(0, POSTS_PER_VILLAGE, "id", MemberService.SORTABLE)).items().stream().map(Member::id).toList();
    }

    /** The member's village post in the core, added unless an earlier, interrupted run added it. */
    private Position post(long memberId, String village, String villageName, int index) {
        for (Position p : cadreService.positions(memberId)) {
            if (p.rank() == CadreRank.VILLAGE && village.equals(p.jurisdictionCode())) {
                return p;
            }
        }
        return cadreService.addPosition(memberId, new Position(null, memberId, villageName + POSTS[index][0], village, null, POSTS[index][1],
                CadreRank.VILLAGE, LEVELS[index], TERM_START, null, null));
    }

    /** A year's dossier: a duty and a service record each quarter, and the profile's breaches of discipline. */
    private static List<RecordInput> records(Profile profile, int year, Random random) {
        List<RecordInput> out = new ArrayList<>();
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate end = LocalDate.of(year, quarter * 3 + 3, 1).plusMonths(1).minusDays(1);
            out.add(record(end, RecordCategory.DUTY, between(random, profile.dutyLow, profile.dutyHigh),
                    "第" + (quarter + 1) + "季度履职纪实：产业发展、人居环境整治、矛盾纠纷调处"));
            out.add(record(end, RecordCategory.SERVICE, between(random, profile.serviceLow, profile.serviceHigh),
                    "第" + (quarter + 1) + "季度集中服务日代办事项" + (5 + random.nextInt(20)) + "件"));
        }
        if (random.nextInt(100) < profile.breachChance) {
            out.add(record(LocalDate.of(year, 1 + random.nextInt(12), 15), RecordCategory.DISCIPLINE, profile.deduction, "集中服务日无故缺岗，经乡镇督查通报"));
        }
        return out;
    }

    private static RecordInput record(LocalDate on, RecordCategory category, double points, String description) {
        RecordInput r = new RecordInput();
        r.recordedOn = on;
        r.category = category.name();
        r.points = points;
        r.description = description;
        return r;
    }

    /** A value between the bounds, to the half point as townships score. */
    private static double between(Random random, double low, double high) {
        return Math.round((low + random.nextDouble() * (high - low)) * 2) / 2.0;
    }
}
