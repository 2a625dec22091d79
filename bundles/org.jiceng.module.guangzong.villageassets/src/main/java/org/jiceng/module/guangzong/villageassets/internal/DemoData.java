package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reproduces 广宗's figures through the module's own services only.
 *
 * <p>The venues: the seed's 213 are one per village of the county; the demo registry of 130531 has
 * fewer villages, so every village gets its venue and the seed's proportions are kept — of 213, 188
 * improved by the 两室 programme (17 built new, 24 rebuilt or extended, the rest refitted) with
 * 10.98 million yuan: improved = villages × 188 / 213, new = × 17 / 213, extended = × 24 / 213
 * (rounded), and the investment 10.98 million × improved / 188, shared new 5 : extended 3 : refitted 1.
 * Each venue's ledger (two rooms, a ground, six kinds of equipment) is the module's choice: the seed
 * names the kinds, not the items.
 *
 * <p>The stock-taking of this year counts every venue; about one equipment line in twelve is short
 * by one, one in twenty has one damaged, one in thirty has one more than the ledger (the module's
 * choice: the seed says only that stock is taken periodically); every difference is settled and the
 * campaign closed. The funds of this year: 30,000 yuan per village (the module's choice) with the six
 * allowed categories as scope; five requests each, the two above 5,000 yuan through the county
 * too; some left pending, approved unpaid or rejected so the supervision figures show every state.
 *
 * <p>Resumable: each step looks at what is done (venues by village, items by name, counts by venue,
 * funds by village and year, requests by their order) and does only the rest.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int SEED_VENUES = 213;
    static final int SEED_IMPROVED = 188;
    static final int SEED_NEW = 17;
    static final int SEED_EXPANDED = 24;
    static final BigDecimal SEED_INVESTMENT = new BigDecimal("10980000");
    static final BigDecimal BUDGET = new BigDecimal("30000");
    private static final List<String> SCOPE = List.of("OFFICE", "UTILITIES", "ORGANIZATION_ACTIVITIES", "MEMBER_EDUCATION", "VENUE_MAINTENANCE",
            "PUBLIC_SERVICE");

    /** An equipment line of every venue: name, least and most pieces, unit value. */
    record Equipment(String name, int least, int most, int unitValue) {
    }

    static final List<Equipment> EQUIPMENT = List.of(new Equipment("会议桌椅（套）", 10, 30, 350), new Equipment("办公电脑", 1, 3, 4200),
            new Equipment("投影仪", 1, 1, 3800), new Equipment("档案柜", 2, 6, 900), new Equipment("书架", 2, 5, 600),
            new Equipment("远程教育终端", 1, 1, 6500));

    /** A spending request of every village's fund: category, least amount, span, purpose. */
    record Request(String category, int least, int span, String purpose) {
    }

    static final List<Request> REQUESTS = List.of(new Request("OFFICE", 2000, 1500, "购置办公用品、报刊订阅"),
            new Request("UTILITIES", 3000, 1500, "活动场所水电取暖费"), new Request("ORGANIZATION_ACTIVITIES", 2500, 1500, "主题党日及“三会一课”活动"),
            new Request("MEMBER_EDUCATION", 6000, 2000, "党员冬春训及远程教育培训"), new Request("VENUE_MAINTENANCE", 5500, 2000, "活动场所屋面防水及门窗维修"));

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Venues venues;
    private final Stocktakes stocktakes;
    private final Funds funds;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Venues venues, @Reference Stocktakes stocktakes, @Reference Funds funds,
            @Reference JurisdictionService jurisdictions) {
        this.venues = venues;
        this.stocktakes = stocktakes;
        this.funds = funds;
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
        List<Jurisdiction> villages = jurisdictions.subtreeList(Store.COUNTY, JurisdictionLevel.VILLAGE);
        List<Improvement> plan = improvements(villages.size());
        List<BigDecimal> investments = investments(plan);
        for (int i = 0; i < villages.size(); i++) {
            run.throwIfCancelled();
            venue(villages.get(i), plan.get(i), investments.get(i), new Random(run.seed() ^ villages.get(i).code().hashCode()), today);
        }
        stocktake(run, today);
        for (int i = 0; i < villages.size(); i++) {
            run.throwIfCancelled();
            fund(villages.get(i), i, new Random(run.seed() * 31 ^ villages.get(i).code().hashCode()), today);
        }
        logger.info("Demo data of {} loaded in {} ms", Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The seed's proportions over n villages, new first, then extended, refitted, none. */
    static List<Improvement> improvements(int n) {
        int improved = Math.round((float) n * SEED_IMPROVED / SEED_VENUES);
        int built = Math.round((float) n * SEED_NEW / SEED_VENUES);
        int expanded = Math.round((float) n * SEED_EXPANDED / SEED_VENUES);
        List<Improvement> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i < built
                    ? Improvement.NEW
                    : i < built + expanded ? Improvement.EXPANDED : i < improved ? Improvement.REFITTED : Improvement.NONE);
        }
        return out;
    }

    /** The seed's investment scaled to the improved venues, shared new 5 : extended 3 : refitted 1, the rounding left on the last. */
    static List<BigDecimal> investments(List<Improvement> plan) {
        long improved = plan.stream().filter(i -> i != Improvement.NONE).count();
        BigDecimal total = SEED_INVESTMENT.multiply(BigDecimal.valueOf(improved)).divide(BigDecimal.valueOf(SEED_IMPROVED), 0, RoundingMode.HALF_UP);
        int weights = plan.stream().mapToInt(DemoData::weight).sum();
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        int last = -1;
        for (int i = 0; i < plan.size(); i++) {
            BigDecimal share = weights == 0
                    ? BigDecimal.ZERO
                    : total.multiply(BigDecimal.valueOf(weight(plan.get(i)))).divide(BigDecimal.valueOf(weights), 2, RoundingMode.DOWN);
            out.add(share);
            given = given.add(share);
            last = weight(plan.get(i)) > 0 ? i : last;
        }
        if (last >= 0) {
            out.set(last, out.get(last).add(total.subtract(given)));
        }
        return out;
    }

    private static int weight(Improvement i) {
        return switch (i) {
            case NEW -> 5;
            case EXPANDED -> 3;
            case REFITTED -> 1;
            case NONE -> 0;
        };
    }

    private void venue(Jurisdiction village, Improvement improvement, BigDecimal investment, Random random, LocalDate today) {
        VenueView v = venues.ofVillage(village.code());
        if (v == null) {
            Venues.VenueInput in = new Venues.VenueInput();
            in.villageCode = village.code();
            in.name = village.name() + "党群服务中心";
            in.address = village.name() + "村委会院内";
            in.improvement = improvement.name();
            in.investment = investment;
            v = venues.register(village.code(), in, today);
        }
        Set<String> have = new HashSet<>();
        venues.items(village.code(), v.id, null, PageRequest.first(PageRequest.MAX_SIZE)).items().forEach(i -> have.add(i.name));
        LocalDate acquired = today.minusYears(improvement == Improvement.NONE ? 8 : 2);
        int room = 60 + random.nextInt(90);
        int service = 40 + random.nextInt(60);
        int ground = 300 + random.nextInt(900);
        add(village, v, have, "BUILDING", "党员活动室", 1, BigDecimal.valueOf(room), 1200L * room, acquired, today);
        add(village, v, have, "BUILDING", "便民服务室", 1, BigDecimal.valueOf(service), 1200L * service, acquired, today);
        add(village, v, have, "GROUND", "文体活动广场", 1, BigDecimal.valueOf(ground), 80L * ground, acquired, today);
        for (Equipment e : EQUIPMENT) {
            add(village, v, have, "EQUIPMENT", e.name(), e.least() + random.nextInt(e.most() - e.least() + 1), null, e.unitValue(), acquired, today);
        }
    }

    private void add(Jurisdiction village, VenueView v, Set<String> have, String category, String name, int quantity, BigDecimal area, long value,
            LocalDate acquired, LocalDate today) {
        if (have.contains(name)) {
            return;
        }
        Venues.ItemInput in = new Venues.ItemInput();
        in.category = category;
        in.name = name;
        in.quantity = quantity;
        in.area = area;
        in.unitValue = BigDecimal.valueOf(value);
        in.acquiredOn = acquired.toString();
        venues.addItem(village.code(), v.id, in, today);
    }

    private void stocktake(DemoDataRun run, LocalDate today) {
        StocktakeView s = stocktakes.ofYear(Store.COUNTY, today.getYear());
        if (s == null) {
            s = stocktakes.open(Store.COUNTY, today.getYear(), today.getYear() + "年度村级组织活动场所资产清产核算", today.withDayOfYear(1), today);
        }
        if (s.status == StocktakeStatus.CLOSED) {
            return;
        }
        long id = s.id;
        for (VenueView v : Pages.all("id", Venues.SORTABLE, p -> venues.list(Store.COUNTY, null, null, p))) {
            run.throwIfCancelled();
            if (stocktakes.counts(Store.COUNTY, new Stocktakes.Filter(id, null, null, null, v.id), PageRequest.first(1)).total() > 0) {
                continue;
            }
            Random random = new Random(run.seed() ^ (v.villageCode.hashCode() * 7919L));
            Stocktakes.VenueCount count = new Stocktakes.VenueCount();
            count.stocktakeId = id;
            count.items = new ArrayList<>();
            for (ItemView i : venues.items(Store.COUNTY, v.id, null, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
                Stocktakes.ItemCount c = new Stocktakes.ItemCount();
                c.itemId = i.id;
                c.counted = i.quantity;
                c.damaged = 0;
                if (i.category == ItemCategory.EQUIPMENT) {
                    int draw = random.nextInt(60);
                    if (draw < 5) {
                        c.counted = i.quantity - 1;
                    } else if (draw < 8) {
                        c.damaged = 1;
                    } else if (draw < 10) {
                        c.counted = i.quantity + 1;
                    }
                }
                count.items.add(c);
            }
            stocktakes.count(Store.COUNTY, v.id, count, today);
        }
        for (CountView c : Pages.all("id", Stocktakes.COUNT_SORTABLE,
                p -> stocktakes.counts(Store.COUNTY, new Stocktakes.Filter(id, null, true, false, null), p))) {
            run.throwIfCancelled();
            stocktakes.settle(c.villageCode, c.id, reason(c.kind), c.version, today);
        }
        s = stocktakes.get(Store.COUNTY, id);
        stocktakes.close(Store.COUNTY, id, s.version, today);
    }

    static String reason(DifferenceKind kind) {
        return switch (kind) {
            case SHORTAGE -> "经核实系使用损耗报废未及时销账，村两委会议研究、乡镇审核后核销";
            case SURPLUS -> "上级配发物资未及时登记入账，经乡镇核实后补记";
            case DAMAGED -> "毁损无法修复使用，经村两委会议研究、乡镇审核后报废";
            case NONE -> "";
        };
    }

    /**
     * The village's fund of this year and its five requests, taken as far as the village's place in
     * the list says: every fifth leaves its utilities bill approved unpaid, every sixth its activities
     * at the township, every seventh its training at the county, every ninth has its repair rejected
     * by the county; everything else is paid.
     */
    private void fund(Jurisdiction village, int index, Random random, LocalDate today) {
        int year = today.getYear();
        FundView f = funds.ofVillage(village.code(), year);
        if (f == null) {
            Funds.FundInput in = new Funds.FundInput();
            in.villageCode = village.code();
            in.year = year;
            in.budget = BUDGET;
            in.scope = SCOPE;
            f = funds.allocate(Store.COUNTY, in, today);
        }
        long fundId = f.id;
        List<SpendingView> have = Pages.all("id", Funds.SPENDING_SORTABLE,
                p -> funds.spending(village.code(), new Funds.SpendingFilter(year, null, null, fundId), p));
        for (int k = 0; k < REQUESTS.size(); k++) {
            Request r = REQUESTS.get(k);
            LocalDate on = min(LocalDate.of(year, 1, 10).plusMonths(2L * k), today);
            SpendingView s;
            if (k < have.size()) {
                s = have.get(k);
            } else {
                Funds.SpendingInput in = new Funds.SpendingInput();
                in.villageCode = village.code();
                in.year = year;
                in.category = r.category();
                in.amount = BigDecimal.valueOf(r.least() + random.nextInt(r.span() / 100) * 100L);
                in.purpose = r.purpose();
                in.requestedOn = on.toString();
                s = funds.request(village.code(), in, today);
            }
            boolean stopApproved = k == 1 && index % 5 == 4;
            boolean stopTownship = k == 2 && index % 6 == 5;
            boolean stopCounty = k == 3 && index % 7 == 6;
            boolean reject = k == 4 && index % 9 == 8;
            advance(s, on, stopApproved, stopTownship, stopCounty, reject, today);
        }
    }

    private void advance(SpendingView s, LocalDate on, boolean stopApproved, boolean stopTownship, boolean stopCounty, boolean reject,
            LocalDate today) {
        if (s.status == SpendingStatus.SUBMITTED && !stopTownship) {
            s = funds.decide(s.townshipCode, s.id, decision(true, null, min(on.plusDays(3), today), s.version), today);
        }
        if (s.status == SpendingStatus.TOWNSHIP_APPROVED && !stopCounty) {
            s = funds.decide(Store.COUNTY, s.id, decision(!reject, reject ? "超出本年度活动场所维修计划，请列入下年度预算" : null, min(on.plusDays(7), today),
                    s.version), today);
        }
        if (s.status == SpendingStatus.APPROVED && !stopApproved) {
            funds.pay(s.villageCode, s.id, min(on.plusDays(10), today), s.version, today);
        }
    }

    private static Funds.DecisionInput decision(boolean approve, String reason, LocalDate on, long version) {
        Funds.DecisionInput d = new Funds.DecisionInput();
        d.approve = approve;
        d.reason = reason;
        d.decidedOn = on.toString();
        d.version = version;
        return d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
