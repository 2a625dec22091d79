package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationField;
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
 * Reproduces the seed's figures for 武冈 this year — standardized branches accepted at 98.5 %, 19
 * model branches — by taking branches through the module's own services: application, self-check,
 * cross-inspection by another township and the county's acceptance, with scores that pass or fail
 * on the criteria. Nothing is counted here: the figures come out of the rules.
 *
 * <p>Where the numbers come from. The seed gives the rate (98.5 %) and the 19 model branches, not the
 * number of branches that applied (武冈 has 485 villages and 16 communities; the demo registry has
 * about 60 village-level branches and 10 county organs' branches, to which the seed says the
 * creation was extended). 67 branches apply and one fails its cross-inspection: 66 / 67 = 98.507 %,
 * which prints as the seed's 98.5 % (one failure in 65 to 68 applications is the only way to it
 * with these branches). Of the 66 standardized branches, 22 apply for the model title and 3 fail
 * the stricter 25 criteria: 19 model branches.
 *
 * <p>Resumable: a run cut short (the module uninstalled while it loads) is completed by the next one
 * with the same figures, and the core does not run a completed one again. The branches that applied
 * already are the applicants, topped up in the order above to 67 (a run cut short applied a prefix of
 * that order, so the top-up gives the same branches, and a branch added to the registry later is not
 * taken in); who fails is drawn from the demo seed over them; each branch's steps are whole units, and
 * a branch is taken only through the steps it has not had yet.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int STANDARDIZED_APPLICANTS = 67;
    static final int STANDARDIZED_FAILING = 1;
    static final int MODEL_APPLICANTS = 22;
    static final int MODEL_FAILING = 3;
    /** About one branch in twelve falls short in its first self-check and rectifies before checking again. */
    private static final int FIRST_SELF_CHECK_FAILS_ONE_IN = 12;

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Applications applications;
    private final CriteriaSets criteria;
    private final OrganizationService organizations;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Applications applications, @Reference CriteriaSets criteria, @Reference OrganizationService organizations,
            @Reference JurisdictionService jurisdictions) {
        this.applications = applications;
        this.criteria = criteria;
        this.organizations = organizations;
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
        int year = today.getYear();
        List<String> townships = jurisdictions.subtreeList(Store.COUNTY, JurisdictionLevel.TOWNSHIP).stream().map(Jurisdiction::code).toList();
        List<PartyOrganization> branches = branches();
        if (branches.size() < STANDARDIZED_APPLICANTS || townships.size() < 2) {
            logger.warn("Demo data of {}: {} branches and {} townships in {}, the seed's figures need {} branches and two townships", Store.MODULE_ID,
                    branches.size(), townships.size(), Store.COUNTY, STANDARDIZED_APPLICANTS);
        }
        List<PartyOrganization> applicants = applicants(branches, year);
        Random draw = new Random(run.seed());
        Set<Long> failing = drawn(applicants, STANDARDIZED_FAILING, draw);
        List<PartyOrganization> standardized = new ArrayList<>();
        for (PartyOrganization branch : applicants) {
            run.throwIfCancelled();
            if (take(branch, CreationLevel.STANDARDIZED, year, failing.contains(branch.id()), townships, run.seed(), today) == Stage.ACCEPTED) {
                standardized.add(branch);
            }
        }
        List<PartyOrganization> modelApplicants = new ArrayList<>(standardized);
        Collections.shuffle(modelApplicants, draw);
        modelApplicants = modelApplicants.subList(0, Math.min(MODEL_APPLICANTS, modelApplicants.size()));
        Set<Long> modelFailing = drawn(modelApplicants, MODEL_FAILING, draw);
        for (PartyOrganization branch : modelApplicants) {
            run.throwIfCancelled();
            take(branch, CreationLevel.MODEL, year, modelFailing.contains(branch.id()), townships, run.seed(), today);
        }
        logger.info("Demo data of {} loaded in {} ms: {} branches applied for standardization and {} for the model title in {}", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, applicants.size(), modelApplicants.size(), year);
    }

    /**
     * The county's branches the creation covers, village and community branches first (where it
     * began), then the county organs' branches (where it was extended); oldest first within each.
     */
    private List<PartyOrganization> branches() {
        OrganizationQuery q = OrganizationQuery.inJurisdiction(Store.COUNTY);
        List<PartyOrganization> villages = new ArrayList<>();
        List<PartyOrganization> organs = new ArrayList<>();
        for (PartyOrganization o : Pages.all("id", OrganizationService.SORTABLE, p -> organizations.find(q, p))) {
            if (o.type() == OrganizationType.COMMITTEE || o.type() == OrganizationType.WORKING_COMMITTEE) {
                continue;
            }
            if (jurisdictions.get(o.jurisdictionCode()).level() == JurisdictionLevel.VILLAGE) {
                villages.add(o);
            } else if (o.field() == OrganizationField.ORGAN && Store.COUNTY.equals(o.jurisdictionCode())) {
                organs.add(o);
            }
        }
        villages.addAll(organs);
        return villages;
    }

    /**
     * The branches that applied for standardization this year, topped up with those that did not,
     * in the order of {@code branches}, to the seed's 67; in that order.
     */
    private List<PartyOrganization> applicants(List<PartyOrganization> branches, int year) {
        Set<Long> chosen = new HashSet<>();
        for (PartyOrganization b : branches) {
            if (chosen.size() < STANDARDIZED_APPLICANTS && applications.find(b.id(), CreationLevel.STANDARDIZED, year) != null) {
                chosen.add(b.id());
            }
        }
        for (PartyOrganization b : branches) {
            if (chosen.size() < STANDARDIZED_APPLICANTS) {
                chosen.add(b.id());
            }
        }
        return branches.stream().filter(b -> chosen.contains(b.id())).toList();
    }

    private static Set<Long> drawn(List<PartyOrganization> from, int count, Random draw) {
        List<PartyOrganization> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, draw);
        Set<Long> ids = new HashSet<>();
        shuffled.subList(0, Math.min(count, shuffled.size())).forEach(o -> ids.add(o.id()));
        return ids;
    }

    /** Takes one branch through the steps it has not had yet; returns where it ends. */
    private Stage take(PartyOrganization branch, CreationLevel level, int year, boolean fails, List<String> townships, long seed, LocalDate today) {
        // The branch's own random numbers, apart from the draw of who fails: a resumed run decides the same outcomes.
        Random random = new Random(seed ^ (branch.id() * 31 + level.ordinal()));
        ApplicationView a = applications.find(branch.id(), level, year);
        if (a == null) {
            a = applications.apply(Store.COUNTY, branch.id(), level, year, today);
        }
        CriteriaSet set = criteria.version(a.criteriaKey, a.criteriaVersion);
        if (a.stage == Stage.APPLIED) {
            boolean rectifies = random.nextInt(FIRST_SELF_CHECK_FAILS_ONE_IN) == 0;
            a = applications.selfCheck(Store.COUNTY, a.id, input("党支部书记", null, set, !rectifies, random, a.version), today);
        }
        if (a.stage == Stage.SELF_CHECKED && !Boolean.TRUE.equals(a.selfCheckPassed)) {
            a = applications.selfCheck(Store.COUNTY, a.id, input("党支部书记", null, set, true, random, a.version), today);
        }
        if (a.stage == Stage.SELF_CHECKED) {
            String inspectorTownship = otherTownship(a.townshipCode, townships, random);
            a = applications.crossInspect(Store.COUNTY, a.id, input("纪检组织委员", inspectorTownship, set, !fails, random, a.version), today);
        }
        if (a.stage == Stage.CROSS_INSPECTED) {
            boolean passed = Boolean.TRUE.equals(a.crossPassed);
            a = applications.decide(Store.COUNTY, a.id, passed, passed ? "经验收，达到" + level.nameZh() + "标准" : "交叉检查未达标，限期整改后来年再申报", a.version,
                    today);
        }
        return a.stage;
    }

    private static String otherTownship(String own, List<String> townships, Random random) {
        List<String> others = townships.stream().filter(t -> !t.equals(own)).toList();
        return others.get(random.nextInt(others.size()));
    }

    /**
     * Scores for every criterion. A passing branch loses a mark on a few criteria (its total stays
     * well above the pass mark); a failing one falls short on two criteria, which fails it whatever
     * its total, as every criterion is required.
     */
    static EvaluationInput input(String evaluator, String inspectorTownship, CriteriaSet set, boolean passes, Random random, long version) {
        List<Criterion> all = CriteriaSets.criteria(set);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Set<Integer> markedDown = new HashSet<>(order.subList(0, passes ? random.nextInt(5) : 2));
        EvaluationInput in = new EvaluationInput();
        in.evaluator = evaluator;
        in.inspectorTownship = inspectorTownship;
        in.version = version;
        in.answers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Criterion c = all.get(i);
            BigDecimal score = c.maximum();
            String comment = "达标";
            if (markedDown.contains(i)) {
                score = passes ? c.maximum().subtract(BigDecimal.ONE) : BigDecimal.ONE;
                comment = passes ? "基本达标，有待完善" : "未达标，需整改";
            }
            in.answers.add(new EvaluationInput.AnswerInput(c.key(), score, "查阅台账、实地查看", comment));
        }
        return in;
    }
}
