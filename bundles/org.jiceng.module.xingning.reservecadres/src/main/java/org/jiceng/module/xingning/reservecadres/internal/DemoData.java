package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.development.MembershipStatus;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reproduces the seed's figure for 兴宁: 121 reserves under focused training. Every village and
 * community of the registry chooses its 123 for its current term from its own people, through the
 * module's service (so the quota, the eligibility and the core's RESERVE list are the real ones):
 * the branch secretary reserve from the full members, the two-committee reserves from the others,
 * the activists from those before admission — of whom the demo registry has few, so many villages
 * stay incomplete on activists, and about one village in six leaves a committee place open and one
 * in eight has no secretary reserve yet: the vacancies to be flagged. Each reserve gets a batch of
 * training. Then reserve cadres are put under focused training, weak and lax or backward villages
 * first (as the seed picks them), until 121 are.
 *
 * <p>Resumable: each village is one unit with its own random numbers (from the seed and the
 * village code) and enters only the places it has not filled yet; the focus step counts those
 * already focused and adds only the missing ones.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int FOCUSED = 121;
    static final String BATCH = "兴宁市村级后备干部培训班";

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Villages villages;
    private final Reserves reserves;
    private final MemberService members;
    private final OrganizationService organizations;

    @Activate
    public DemoData(@Reference Store store, @Reference Villages villages, @Reference Reserves reserves, @Reference MemberService members,
            @Reference OrganizationService organizations) {
        this.store = store;
        this.villages = villages;
        this.reserves = reserves;
        this.members = members;
        this.organizations = organizations;
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
        int entered = 0;
        List<VillageSlots> slots = villages.slots(Store.COUNTY);
        for (VillageSlots s : slots) {
            run.throwIfCancelled();
            if (s.termStart != null) {
                entered += village(s, today, run.seed());
            }
        }
        run.throwIfCancelled();
        int focused = focus(slots, today);
        logger.info("Demo data of {} loaded in {} ms: {} reserves entered in {} villages, {} put under focused training", Store.MODULE_ID,
                (System.nanoTime() - t0) / 1_000_000, entered, slots.size(), focused);
    }

    static Random random(long seed, String unit) {
        return new Random(seed ^ (unit.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** One village's 123, the places not filled yet; returns how many reserves it entered. */
    private int village(VillageSlots s, LocalDate today, long seed) {
        Random random = random(seed, s.villageCode);
        Map<ReserveRole, Integer> wanted = new EnumMap<>(ReserveRole.class);
        wanted.put(ReserveRole.SECRETARY_RESERVE, random.nextInt(8) == 0 ? 0 : 1);
        wanted.put(ReserveRole.COMMITTEE_RESERVE, random.nextInt(6) == 0 ? 1 : 2);
        wanted.put(ReserveRole.ACTIVIST, 3);
        List<Member> people = new ArrayList<>(Pages.all("id", MemberService.SORTABLE,
                p -> members.find(new MemberQuery(s.villageCode, null, null, null, null, MembershipStatus.ACTIVE), p)));
        Collections.shuffle(people, random);
        Set<Long> taken = new HashSet<>();
        Pages.each("id", Reserves.SORTABLE, p -> reserves.list(Store.COUNTY, null, s.villageCode, null, null, null, p), r -> taken.add(r.memberId));
        Map<ReserveRole, Integer> have = new EnumMap<>(ReserveRole.class);
        have.put(ReserveRole.SECRETARY_RESERVE, s.secretaryReserves);
        have.put(ReserveRole.COMMITTEE_RESERVE, s.committeeReserves);
        have.put(ReserveRole.ACTIVIST, s.activists);
        long days = Math.max(1, ChronoUnit.DAYS.between(s.termStart, today));
        int entered = 0;
        for (ReserveRole role : ReserveRole.values()) {
            for (Member m : people) {
                if (have.get(role) >= wanted.get(role)) {
                    break;
                }
                if (taken.contains(m.id()) || ReserveRules.ineligible(role, m.stage(), m.membershipStatus()) != null
                        || (role != ReserveRole.ACTIVIST && m.hasPost())) {
                    continue; // those holding a post already serve; the reserves come from the others
                }
                LocalDate since = s.termStart.plusDays(Math.min(days - 1, 30 + random.nextInt(120)));
                if (since.isAfter(today)) {
                    since = today;
                }
                ReserveView r = reserves.create(Store.COUNTY,
                        new Reserves.NewReserve(m.id(), s.villageCode, role, since, "村党组织推荐, 镇党委考察"), today);
                LocalDate start = since.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(since, today) + 1)));
                reserves.addTraining(Store.COUNTY, r.id, new Reserves.NewTraining(role.cadre() ? TrainingKind.BATCH : TrainingKind.SHADOWING,
                        role.cadre() ? BATCH + start.getYear() + "年第" + (1 + random.nextInt(3)) + "期" : null,
                        start.isAfter(today) ? today : start, null, role.cadre() ? 16 + random.nextInt(25) : 8 + random.nextInt(9), null), today);
                taken.add(m.id());
                have.merge(role, 1, Integer::sum);
                entered++;
            }
        }
        return entered;
    }

    /** Puts reserve cadres under focused training until {@value #FOCUSED} are: weak and lax villages first, then backward ones, then the rest. */
    private int focus(List<VillageSlots> slots, LocalDate today) {
        long already = reserves.list(Store.COUNTY, null, null, null, ReserveStatus.IN_TRAINING, true, PageRequest.first(1)).total();
        int added = 0;
        List<VillageSlots> ordered = new ArrayList<>();
        List<OrganizationStatus> statuses = new ArrayList<>();
        for (OrganizationStatus wanted : List.of(OrganizationStatus.WEAK_LAX, OrganizationStatus.BACKWARD, OrganizationStatus.NORMAL)) {
            for (VillageSlots s : slots) {
                if (s.organizationId != null && organizations.get(s.organizationId).status() == wanted) {
                    ordered.add(s);
                    statuses.add(wanted);
                }
            }
        }
        for (int i = 0; i < ordered.size() && already + added < FOCUSED; i++) {
            VillageSlots s = ordered.get(i);
            FocusReason reason = switch (statuses.get(i)) {
                case WEAK_LAX -> FocusReason.WEAK_LAX;
                case BACKWARD -> FocusReason.SECRETARY_WEAK;
                case NORMAL -> i % 2 == 0 ? FocusReason.SECRETARY_OVER_57 : FocusReason.RELATIVELY_POOR;
            };
            for (ReserveView r : Pages.all("id", Reserves.SORTABLE,
                    p -> reserves.list(Store.COUNTY, null, s.villageCode, null, ReserveStatus.IN_TRAINING, null, p))) {
                if (already + added >= FOCUSED) {
                    break;
                }
                if (r.role.cadre() && !r.focused) {
                    reserves.focus(Store.COUNTY, r.id, true, reason, r.version, today);
                    added++;
                }
            }
        }
        return added;
    }
}
