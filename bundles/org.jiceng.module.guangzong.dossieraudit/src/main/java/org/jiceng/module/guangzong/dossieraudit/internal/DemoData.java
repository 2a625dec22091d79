package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiceng.common.PageRequest;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.EventType;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Education;
import org.jiceng.registry.Gender;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
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
 * Reproduces 广宗's figures through the module's own services and the core's development service.
 *
 * <p>The audit: the seed's 4,390 rural members under 60 are the county's; the demo registry of
 * 130531 holds far fewer, so the campaign audits every one the registry has in scope (the scope is
 * computed, not set): about one dossier in seven has findings, each fixed and re-audited, and the
 * campaign is closed.
 *
 * <p>The villages: the core's detection (no admission for 3 years) gives the villages; the seed's 42
 * are listed when the registry detects that many, else all it detects. Of 42, 40 are cleared with
 * 46 new members; on fewer the same proportions are kept (cleared = listed × 40 / 42, members =
 * cleared × 46 / 40). Each new member goes through the core's development service — applicant,
 * activist, candidate a year later, admitted as probationary after the village was listed — and the
 * module reads the admissions back from the core to clear the village.
 *
 * <p>Resumable: each step looks at what is done (the campaign by its title, dossiers by status,
 * listings by village, admissions read from the core) and does only the rest.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final String TITLE = "广宗县农村党员档案专项审核";
    static final int SEED_VILLAGES = 42;
    static final int SEED_CLEARED = 40;
    static final int SEED_DEVELOPED = 46;
    private static final int FINDINGS_ONE_IN = 7;
    private static final String MEASURES = "调研剖析、综合施策、夯实基础、标本兼治：乡镇党委书记包村，村党组织书记牵头，从致富能手、返乡青年、退役军人中培养入党积极分子";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林";
    private static final String GIVEN = "建国志强海军伟明红霞丽娜静春华晓东磊鹏飞宇涛";

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Campaigns campaigns;
    private final Dossiers dossiers;
    private final Villages villages;
    private final MemberService members;
    private final OrganizationService organizations;
    private final DevelopmentService development;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Campaigns campaigns, @Reference Dossiers dossiers, @Reference Villages villages, @Reference MemberService members,
            @Reference OrganizationService organizations, @Reference DevelopmentService development, @Reference JurisdictionService jurisdictions) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.villages = villages;
        this.members = members;
        this.organizations = organizations;
        this.development = development;
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
        audit(run, today);
        clear(run, today);
        logger.info("Demo data of {} loaded in {} ms", Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000);
    }

    private void audit(DemoDataRun run, LocalDate today) {
        CampaignView c = campaigns.find(Store.COUNTY, TITLE);
        if (c == null) {
            c = campaigns.open(Store.COUNTY, TITLE, today.minusMonths(6), today, AuditRules.AGE_LIMIT, today);
        }
        if (c.status == CampaignStatus.CLOSED) {
            return;
        }
        campaigns.takeScope(Store.COUNTY, c.id);
        for (DossierView d : all(c.id)) {
            run.throwIfCancelled();
            Random random = new Random(run.seed() ^ (d.memberId * 7919));
            DossierView now = d;
            if (now.status == DossierStatus.PENDING) {
                now = dossiers.audit(Store.COUNTY, d.id, random.nextInt(FINDINGS_ONE_IN) == 0 ? findings(random) : List.of(), now.version, today);
            }
            if (now.status == DossierStatus.FINDINGS) {
                for (FindingView f : dossiers.get(Store.COUNTY, d.id).findings) {
                    if (f.fixedOn == null) {
                        dossiers.fix(Store.COUNTY, f.id, today, "村党组织书记", "补齐材料、更正信息，经乡镇党委审核", f.version, today);
                    }
                }
                now = dossiers.get(Store.COUNTY, d.id);
                dossiers.reaudit(Store.COUNTY, d.id, now.version, today);
            }
        }
        c = campaigns.get(Store.COUNTY, c.id);
        campaigns.close(Store.COUNTY, c.id, c.version, today);
    }

    private List<DossierView> all(long campaignId) {
        List<DossierView> out = new ArrayList<>();
        for (int page = 0;; page++) {
            var p = dossiers.list(Store.COUNTY, new Dossiers.Filter(campaignId, null, null, null),
                    PageRequest.of(page, PageRequest.MAX_SIZE, "id", Dossiers.SORTABLE));
            out.addAll(p.items());
            if (p.items().size() < PageRequest.MAX_SIZE) {
                return out;
            }
        }
    }

    /** One or two findings of the kinds the county's plan names. */
    static List<FindingInput> findings(Random random) {
        FindingKind[] kinds = FindingKind.values();
        int n = 1 + random.nextInt(2);
        List<FindingInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FindingInput f = new FindingInput();
            f.kind = kinds[random.nextInt(kinds.length)].name();
            f.description = "档案专审发现";
            out.add(f);
        }
        return out;
    }

    private void clear(DemoDataRun run, LocalDate today) {
        LocalDate listedOn = today.minusMonths(11);
        List<DetectedVillage> detected = villages.detected(Store.COUNTY, AuditRules.THRESHOLD_YEARS);
        List<VillageView> listed = new ArrayList<>(villages.list(Store.COUNTY, null, null, PageRequest.of(0, PageRequest.MAX_SIZE, "villageCode",
                Villages.SORTABLE)).items());
        for (DetectedVillage d : detected) {
            if (listed.size() >= SEED_VILLAGES) {
                break;
            }
            // the list is dated before today: a village whose last admission falls within the threshold of that day is not listed
            boolean qualified = d.lastAdmission == null || d.lastAdmission.isBefore(listedOn.minusYears(AuditRules.THRESHOLD_YEARS));
            if (d.listingId == null && qualified) {
                run.throwIfCancelled();
                listed.add(villages.list(Store.COUNTY, d.villageCode, AuditRules.THRESHOLD_YEARS, listedOn, "包村干部（乡镇党委委员）", MEASURES, today));
            }
        }
        if (listed.size() < SEED_VILLAGES) {
            logger.warn("Demo data of {}: the registry of {} has {} villages without development for {} years; the seed's {} are scaled to them",
                    Store.MODULE_ID, Store.COUNTY, listed.size(), AuditRules.THRESHOLD_YEARS, SEED_VILLAGES);
        }
        int cleared = listed.size() * SEED_CLEARED / SEED_VILLAGES;
        int developed = Math.round(cleared * (float) SEED_DEVELOPED / SEED_CLEARED);
        Random random = new Random(run.seed());
        for (int i = 0; i < cleared; i++) {
            run.throwIfCancelled();
            VillageView v = listed.get(i);
            int wanted = 1 + (i < developed - cleared ? 1 : 0);
            int have = villages.admissionsSince(v.villageCode, v.listedOn).count();
            for (int k = have; k < wanted; k++) {
                admit(v, k, random, today);
            }
        }
        villages.checkAll(Store.COUNTY);
    }

    /** A new member of the village, taken through every step by the core's development service; admitted after the listing. */
    private void admit(VillageView v, int k, Random random, LocalDate today) {
        PartyOrganization branch = organizations.find(OrganizationQuery.inJurisdiction(v.villageCode), PageRequest.first(20)).items().stream()
                .filter(o -> o.jurisdictionCode().equals(v.villageCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No organization in village " + v.villageCode));
        LocalDate applied = v.listedOn.minusYears(2);
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
        Member m = members.create(Member.builder().name(name).gender(random.nextBoolean() ? Gender.MALE : Gender.FEMALE)
                .birthDate(today.minusYears(24 + random.nextInt(16)).minusDays(random.nextInt(365))).education(Education.SENIOR_SECONDARY)
                .organizationId(branch.id()).stage(MemberStage.APPLICANT).applicationDate(applied).hasPost(false).build());
        String body = "中共" + branch.name();
        LocalDate activist = applied.plusDays(30);
        LocalDate candidate = activist.plusYears(1).plusDays(15);
        long window = Math.max(1, ChronoUnit.DAYS.between(v.listedOn, today));
        LocalDate admitted = v.listedOn.plusDays(Math.min(window, 20 + random.nextInt((int) Math.max(1, window - 20)) + k));
        record(m.id(), EventType.ACTIVIST_CONFIRMED, activist, body);
        record(m.id(), EventType.CANDIDATE_CONFIRMED, candidate, body);
        record(m.id(), EventType.ADMITTED_PROBATIONARY, admitted.isAfter(today) ? today : admitted, body);
    }

    private void record(long memberId, EventType type, LocalDate date, String body) {
        development.record(memberId, new DevelopmentEvent(null, memberId, type, date, body, new ArrayList<>(type.requiredEvidence()), "demo", null,
                null, "三年以上不发展党员村整顿"));
    }
}
