package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.development.MembershipStatus;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last year's check against the standard and the young cadre pool, run through the module's own
 * services. Every village and community Party organization of the demo registry checks itself in
 * spring and its township checks it in autumn (the demo registry holds 8 of the county's 9 乡镇区 and
 * a few villages each, fewer than the real county's 213); how well a unit works is drawn from three
 * profiles, so most come out up to the standard and some below it, and the rates come out of the
 * checks. The pool holds the seed's 40: active full members of cadre age (25 to 40, the
 * demo's choice) are selected, the youngest first, each
 * with a training course, most with a practice post, and last year's assessment.
 *
 * <p>Resumable: a unit is checked only when it has no check of the year, its township checks it only
 * when it has not; members are selected only until 40 are in the pool, and cultivation and assessment
 * are added to a cadre only where missing.
 */
@Component
public class DemoData implements DemoDataContributor {
    /** 目前已将40名年轻干部纳入优秀年轻干部人才库 (seed 000). */
    static final int POOL_SIZE = 40;

    /** How well a unit keeps the standard: the chance of missing each task in the township's eyes. */
    private enum Profile {
        STEADY(70, 0.015), UNEVEN(20, 0.08), WEAK(10, 0.2);

        final int share;
        final double miss;

        Profile(int share, double miss) {
            this.share = share;
            this.miss = miss;
        }

        static Profile draw(Random random) {
            int roll = random.nextInt(100);
            for (Profile p : values()) {
                if (roll < p.share) {
                    return p;
                }
                roll -= p.share;
            }
            return STEADY;
        }
    }

    private static final String[] PRACTICE = {"乡村振兴一线实践锻炼", "信访维稳岗位实践锻炼", "重点项目建设指挥部实践锻炼", "招商引资一线实践锻炼", "疫情防控和应急处置一线锻炼"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Checks checks;
    private final Standards standards;
    private final Pool pool;
    private final OrganizationService organizations;
    private final MemberService members;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Checks checks, @Reference Standards standards, @Reference Pool pool, @Reference OrganizationService organizations,
            @Reference MemberService members, @Reference JurisdictionService jurisdictions) {
        this.checks = checks;
        this.standards = standards;
        this.pool = pool;
        this.organizations = organizations;
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
        LocalDate today = LocalDate.now();
        int year = today.getYear() - 1;
        int units = checkTheUnits(run, year, today);
        int selected = fillThePool(run, year, today);
        logger.info("Demo data of {} loaded in {} ms: {} units checked against the standard in {}, {} young cadres selected into the pool",
                Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000, units, year, selected);
    }

    private int checkTheUnits(DemoDataRun run, int year, LocalDate today) {
        CriteriaSet standard = standards.current(Store.COUNTY);
        OrganizationQuery q = OrganizationQuery.inJurisdiction(Store.COUNTY);
        int n = 0;
        for (PartyOrganization o : Pages.all("id", OrganizationService.SORTABLE, p -> organizations.find(q, p))) {
            if (jurisdictions.get(o.jurisdictionCode()).level() != JurisdictionLevel.VILLAGE) {
                continue;
            }
            run.throwIfCancelled();
            Random random = new Random(run.seed() ^ (o.id() * 0x9E3779B97F4A7C15L));
            Profile profile = Profile.draw(random);
            Set<String> missed = new HashSet<>();
            for (Aspect a : standard.aspects()) {
                for (Criterion c : a.criteria()) {
                    if (random.nextDouble() < profile.miss) {
                        missed.add(c.key());
                    }
                }
            }
            CheckView check = checks.find(o.id(), year);
            if (check == null) {
                // a unit sees itself a little kinder than its township does: about half of what it misses it counts as met
                Set<String> selfMissed = new HashSet<>();
                missed.forEach(k -> {
                    if (random.nextBoolean()) {
                        selfMissed.add(k);
                    }
                });
                CheckInput in = input(standard, selfMissed, o.name() + "党组织书记", LocalDate.of(year, 3, 10 + random.nextInt(15)));
                in.organizationId = o.id();
                in.year = year;
                check = checks.selfCheck(o.jurisdictionCode(), in, today);
            }
            if (check.townshipEvaluationId == null) {
                CheckInput in = input(standard, missed, jurisdictions.get(check.townshipCode).name() + "组织委员",
                        LocalDate.of(year, 10, 8 + random.nextInt(15)));
                in.version = check.version;
                checks.townshipCheck(check.townshipCode, check.id, in, today);
            }
            n++;
        }
        return n;
    }

    private static int ageOn(Member m, LocalDate day) {
        return java.time.Period.between(m.birthDate(), day).getYears();
    }

    private static CheckInput input(CriteriaSet standard, Set<String> missed, String checker, LocalDate on) {
        CheckInput in = new CheckInput();
        in.checker = checker;
        in.checkedOn = on;
        in.answers = new ArrayList<>();
        for (Aspect a : standard.aspects()) {
            for (Criterion c : a.criteria()) {
                boolean met = !missed.contains(c.key());
                in.answers.add(new CheckInput.AnswerInput(c.key(), met, met ? null : "未按标准落实，列入整改"));
            }
        }
        return in;
    }

    /** Active full members of cadre age, youngest first (the registry holds no cadre ranks to choose by), until the pool holds 40; then each cadre's cultivation and assessment where missing. */
    private int fillThePool(DemoDataRun run, int year, LocalDate today) {
        int selected = 0;
        long inPool = pool.figures(Store.COUNTY).inPool;
        if (inPool < POOL_SIZE) {
            MemberQuery q = new MemberQuery(Store.COUNTY, null, MemberStage.FULL, null, null, MembershipStatus.ACTIVE);
            List<Member> youngest = members.find(q, PageRequest.of(0, 500, "-birthDate,id", org.jiceng.registry.MemberService.SORTABLE)).items();
            LocalDate since = LocalDate.of(year, 1, 15);
            // members of cadre age first (25 to 40 at selection: the demo's choice, the seed states no age), then the youngest others
            List<Member> candidates = new ArrayList<>();
            youngest.stream().filter(m -> ageOn(m, since) >= 25 && ageOn(m, since) <= 40).forEach(candidates::add);
            youngest.stream().filter(m -> !candidates.contains(m)).forEach(candidates::add);
            for (Member m : candidates) {
                if (inPool >= POOL_SIZE) {
                    break;
                }
                run.throwIfCancelled();
                if (pool.inPool(m.id())) {
                    continue;
                }
                PoolInputs.Selection in = new PoolInputs.Selection();
                in.memberId = m.id();
                in.since = since;
                in.note = "经个人自荐、组织推荐、考察，纳入优秀年轻干部人才库";
                try {
                    pool.select(Store.COUNTY, in, today);
                } catch (RuleViolationException onAnotherList) {
                    continue;
                }
                inPool++;
                selected++;
            }
        }
        for (PoolView p : pool.all(Store.COUNTY)) {
            if (p.status != PoolStatus.IN_POOL) {
                continue;
            }
            run.throwIfCancelled();
            Random random = new Random(run.seed() ^ (p.memberId * 0x2545F4914F6CDD1DL));
            boolean practice = random.nextInt(4) > 0;
            int roll = random.nextInt(10);
            if (p.trainings == 0) {
                PoolInputs.Cultivation training = new PoolInputs.Cultivation();
                training.kind = CultivationKind.TRAINING.name();
                training.title = "全县优秀年轻干部能力提升培训班";
                training.startDate = LocalDate.of(year, 4, 8);
                training.endDate = LocalDate.of(year, 4, 14);
                pool.cultivate(Store.COUNTY, p.id, training);
            }
            if (practice && p.practicePosts == 0) {
                PoolInputs.Cultivation post = new PoolInputs.Cultivation();
                post.kind = CultivationKind.PRACTICE_POST.name();
                post.title = PRACTICE[random.nextInt(PRACTICE.length)];
                post.startDate = LocalDate.of(year, 5, 1);
                post.endDate = LocalDate.of(year, 10, 31);
                pool.cultivate(Store.COUNTY, p.id, post);
            }
            if (p.latestPeriod == null) {
                PoolInputs.Assessment assessment = new PoolInputs.Assessment();
                assessment.period = String.valueOf(year);
                assessment.grade = (roll < 3 ? AssessmentGrade.EXCELLENT : roll < 9 ? AssessmentGrade.COMPETENT : AssessmentGrade.BASICALLY_COMPETENT)
                        .name();
                assessment.assessedOn = LocalDate.of(year, 12, 20);
                pool.assess(Store.COUNTY, p.id, assessment, today);
            }
        }
        return selected;
    }
}
