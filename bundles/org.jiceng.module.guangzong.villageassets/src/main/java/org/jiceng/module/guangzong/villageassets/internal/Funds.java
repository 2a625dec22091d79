package org.jiceng.module.guangzong.villageassets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Village operating funds (村级组织运转经费) and their spending: the county allocates each village's
 * fund of a year with its scope of use; the village requests spending, the township decides and,
 * above the threshold, the county; an approved request is paid. What is committed against a
 * budget is always summed from the requests, never kept as a total.
 */
@Component(service = Funds.class)
public class Funds {
    static final Set<String> SORTABLE = Set.of("id", "villageCode", "year", "budget");
    private static final Map<String, String> SORT = Map.of("id", "f.id", "villageCode", "f.villageCode", "year", "f.year", "budget", "f.budget");
    static final Set<String> SPENDING_SORTABLE = Set.of("id", "requestedOn", "amount", "status", "villageCode");
    private static final Map<String, String> SPENDING_SORT = Map.of("id", "s.id", "requestedOn", "s.requestedOn", "amount", "s.amount", "status",
            "s.status", "villageCode", "s.villageCode");

    private final Store store;

    @Activate
    public Funds(@Reference Store store) {
        this.store = store;
    }

    /** Body of a fund's allocation and update. */
    public static class FundInput {
        public String villageCode;
        public Integer year;
        public BigDecimal budget;
        public List<String> scope;
        public Long version;
    }

    /** Body of a spending request. */
    public static class SpendingInput {
        public String villageCode;
        public Integer year;
        public String category;
        public BigDecimal amount;
        public String purpose;
        public String requestedOn;
    }

    /** Body of a step's decision. */
    public static class DecisionInput {
        public Boolean approve;
        public String reason;
        public String decidedOn;
        public Long version;
    }

    /** A list's filter of spending requests. */
    record SpendingFilter(Integer year, SpendingStatus status, FundCategory category, Long fundId) {
    }

    FundView allocate(String code, FundInput in, LocalDate today) {
        Validator v = new Validator().require("villageCode", in.villageCode).require("year", in.year).range("year", in.year, 2000,
                today.getYear() + 1).require("budget", in.budget).require("scope", in.scope);
        Venues.money(v, "budget", in.budget, true);
        v.check(in.scope == null || !in.scope.isEmpty(), "scope", "must name at least one category");
        v.throwIfInvalid();
        List<FundCategory> scope = categories(in.scope);
        store.requireCounty(code, FundRules.FUND_BY_COUNTY, "An operating fund");
        String village = in.villageCode.trim();
        if (!store.within(village, code)) {
            throw new org.jiceng.common.NotFoundException("Jurisdiction", village);
        }
        FundRules.checkVillage(store.jurisdictions().get(village).level(), village);
        FundRules.checkScope(scope);
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT f.id FROM FundEntity f WHERE f.villageCode = :v AND f.year = :y", Long.class).setParameter("v", village)
                    .setParameter("y", in.year).getResultList().isEmpty()) {
                throw new ConflictException("Village " + village + " has its fund of " + in.year + " allocated already");
            }
            FundEntity f = new FundEntity();
            f.villageCode = village;
            f.villageName = store.nameOf(village);
            f.townshipCode = store.townshipOf(village);
            f.year = in.year;
            f.budget = Venues.scaled(in.budget);
            f.scope(scope);
            f.allocatedBy = Store.caller();
            em.persist(f);
            em.flush();
            return view(em, f);
        });
    }

    /** Changes a fund's budget and scope; never below what is committed, never to a category requested already and then dropped. */
    FundView update(String code, long id, FundInput in) {
        Validator v = new Validator().require("budget", in.budget).require("scope", in.scope).require("version", in.version);
        Venues.money(v, "budget", in.budget, true);
        v.check(in.scope == null || !in.scope.isEmpty(), "scope", "must name at least one category");
        v.throwIfInvalid();
        List<FundCategory> scope = categories(in.scope);
        store.requireCounty(code, FundRules.FUND_BY_COUNTY, "An operating fund");
        FundRules.checkScope(scope);
        return store.tx().write(em -> {
            FundEntity f = load(em, code, id);
            ConflictException.requireVersion("Fund", id, f.version, in.version);
            FundRules.checkBudget(in.budget, committed(em, f.id));
            f.budget = Venues.scaled(in.budget);
            f.scope(scope);
            em.flush();
            return view(em, f);
        });
    }

    FundView get(String code, long id) {
        return store.tx().read(em -> view(em, load(em, code, id)));
    }

    /** The village's fund of a year, or null. */
    FundView ofVillage(String village, int year) {
        return store.tx().read(em -> em.createQuery("SELECT f FROM FundEntity f WHERE f.villageCode = :v AND f.year = :y", FundEntity.class)
                .setParameter("v", village).setParameter("y", year).getResultList().stream().findFirst().map(f -> view(em, f)).orElse(null));
    }

    Page<FundView> list(String code, Integer year, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<FundEntity> rows = new QueryBuilder("FundEntity", "f").where("f.villageCode IN :codes", "codes", Store.nonEmpty(codes))
                    .where("f.year = :y", "y", year)
                    .page(em, FundEntity.class, page.withDefaultOrder(new PageRequest.Order("villageCode", true)), SORT);
            return new Page<>(rows.items().stream().map(f -> view(em, f)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** A village's request: within the fund's scope and what is left of its budget, or refused by the rule. */
    SpendingView request(String code, SpendingInput in, LocalDate today) {
        Validator v = new Validator().require("villageCode", in.villageCode).require("year", in.year).require("category", in.category)
                .require("amount", in.amount).require("purpose", in.purpose == null || in.purpose.isBlank() ? null : in.purpose)
                .maxLength("purpose", in.purpose, 1000).require("requestedOn", in.requestedOn);
        Venues.money(v, "amount", in.amount, true);
        v.check(in.amount == null || in.amount.signum() > 0, "amount", "must be positive");
        LocalDate on = Params.date("requestedOn", in.requestedOn);
        v.check(on == null || !on.isAfter(today), "requestedOn", "must not be in the future");
        v.check(on == null || in.year == null || on.getYear() == in.year, "requestedOn", "must fall in the fund's year");
        v.throwIfInvalid();
        FundCategory category = Params.enumOf(FundCategory.class, "category", in.category);
        String village = in.villageCode.trim();
        if (!store.within(village, code)) {
            throw new org.jiceng.common.NotFoundException("Jurisdiction", village);
        }
        return store.tx().write(em -> {
            FundEntity f = em.createQuery("SELECT f FROM FundEntity f WHERE f.villageCode = :v AND f.year = :y", FundEntity.class)
                    .setParameter("v", village).setParameter("y", in.year).getResultList().stream().findFirst().orElseThrow(
                            () -> new org.jiceng.common.RuleViolationException(FundRules.NO_FUND, village + " has no operating fund of " + in.year));
            // the fund is locked by its version: two requests at once cannot both fit into the last of a budget
            em.lock(f, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            FundRules.checkInScope(category, f.scope());
            FundRules.checkWithinBudget(in.amount, committed(em, f.id), f.budget);
            SpendingEntity s = new SpendingEntity();
            s.fundId = f.id;
            s.villageCode = f.villageCode;
            s.townshipCode = f.townshipCode;
            s.year = f.year;
            s.category = category;
            s.amount = Venues.scaled(in.amount);
            s.purpose = in.purpose.trim();
            s.requestedOn = on;
            s.requestedBy = Store.caller();
            em.persist(s);
            em.flush();
            return s.toView();
        });
    }

    /** Decides the step a request waits at, from that step's level: the township's path, then the county's. */
    SpendingView decide(String code, long id, DecisionInput in, LocalDate today) {
        Validator v = new Validator().require("approve", in.approve).require("version", in.version).maxLength("reason", in.reason, 1000);
        v.check(!Boolean.FALSE.equals(in.approve) || in.reason != null && !in.reason.isBlank(), "reason", "a rejection gives its reason");
        LocalDate on = in.decidedOn == null ? today : Params.date("decidedOn", in.decidedOn);
        v.check(!on.isAfter(today), "decidedOn", "must not be in the future");
        v.throwIfInvalid();
        var acting = store.jurisdictions().get(code).level();
        return store.tx().write(em -> {
            SpendingEntity s = loadSpending(em, code, id);
            ConflictException.requireVersion("Spending", id, s.version, in.version);
            var deciding = FundRules.decidingLevel(s.status);
            FundRules.checkLevel(deciding, acting);
            new Validator().check(!on.isBefore(s.requestedOn), "decidedOn", "must not precede the request").check(
                    s.townshipDecidedOn == null || !on.isBefore(s.townshipDecidedOn), "decidedOn", "must not precede the township's decision")
                    .throwIfInvalid();
            if (s.status == SpendingStatus.SUBMITTED) {
                s.townshipDecidedOn = on;
                s.townshipDecidedBy = Store.caller();
            } else {
                s.countyDecidedOn = on;
                s.countyDecidedBy = Store.caller();
            }
            if (in.approve) {
                if (FundRules.afterApproval(s.status, s.amount) == SpendingStatus.APPROVED) {
                    // the last step checks the budget again: it may have been cut since the request
                    FundEntity f = em.find(FundEntity.class, s.fundId);
                    FundRules.checkWithinBudget(BigDecimal.ZERO, committed(em, f.id), f.budget);
                }
                s.status = FundRules.afterApproval(s.status, s.amount);
            } else {
                s.status = SpendingStatus.REJECTED;
                s.rejectionReason = in.reason.trim();
            }
            em.flush();
            return s.toView();
        });
    }

    /** Records an approved request as paid: it is spent. */
    SpendingView pay(String code, long id, LocalDate paidOn, Long version, LocalDate today) {
        Validator v = new Validator().require("paidOn", paidOn).require("version", version);
        v.check(paidOn == null || !paidOn.isAfter(today), "paidOn", "must not be in the future");
        v.throwIfInvalid();
        return store.tx().write(em -> {
            SpendingEntity s = loadSpending(em, code, id);
            ConflictException.requireVersion("Spending", id, s.version, version);
            FundRules.checkPayable(s.status);
            LocalDate approved = s.countyDecidedOn != null ? s.countyDecidedOn : s.townshipDecidedOn;
            new Validator().check(!paidOn.isBefore(approved), "paidOn", "must not precede the approval (" + approved + ")").throwIfInvalid();
            s.status = SpendingStatus.PAID;
            s.paidOn = paidOn;
            s.paidBy = Store.caller();
            em.flush();
            return s.toView();
        });
    }

    SpendingView getSpending(String code, long id) {
        return store.tx().read(em -> loadSpending(em, code, id).toView());
    }

    Page<SpendingView> spending(String code, SpendingFilter filter, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<SpendingEntity> rows = new QueryBuilder("SpendingEntity", "s").where("s.villageCode IN :codes", "codes", Store.nonEmpty(codes))
                    .where("s.year = :y", "y", filter.year()).where("s.status = :st", "st", filter.status())
                    .where("s.category = :c", "c", filter.category()).where("s.fundId = :f", "f", filter.fundId())
                    .page(em, SpendingEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SPENDING_SORT);
            return new Page<>(rows.items().stream().map(SpendingEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The supervision figures of a year in a subtree (监督管理): budget against spending, per township and per category. */
    FundFigures figures(String code, int year) {
        List<String> codes = Store.nonEmpty(store.subtreeCodes(code));
        FundFigures f = new FundFigures();
        f.code = code;
        f.year = year;
        Map<String, FundFigures.TownshipFunds> towns = new TreeMap<>();
        Map<FundCategory, FundFigures.CategorySpending> categories = new java.util.EnumMap<>(FundCategory.class);
        for (FundCategory c : FundCategory.values()) {
            FundFigures.CategorySpending cs = new FundFigures.CategorySpending();
            cs.category = c;
            cs.nameZh = c.nameZh();
            categories.put(c, cs);
        }
        store.tx().read(em -> {
            for (Object[] r : em.createQuery("SELECT f.townshipCode, COUNT(f), SUM(f.budget) FROM FundEntity f WHERE f.year = :y "
                    + "AND f.villageCode IN :codes GROUP BY f.townshipCode", Object[].class).setParameter("y", year).setParameter("codes", codes)
                    .getResultList()) {
                for (FundFigures.Funds t : List.of(f.total, town(towns, (String) r[0]))) {
                    t.funds += (Long) r[1];
                    t.budget = t.budget.add((BigDecimal) r[2]);
                }
            }
            for (Object[] r : em.createQuery("SELECT s.townshipCode, s.status, s.category, COUNT(s), SUM(s.amount) FROM SpendingEntity s "
                    + "WHERE s.year = :y AND s.villageCode IN :codes GROUP BY s.townshipCode, s.status, s.category", Object[].class)
                    .setParameter("y", year).setParameter("codes", codes).getResultList()) {
                SpendingStatus status = (SpendingStatus) r[1];
                long n = (Long) r[3];
                BigDecimal amount = (BigDecimal) r[4];
                for (FundFigures.Funds t : List.of(f.total, town(towns, (String) r[0]))) {
                    t.add(status, n, amount);
                }
                if (status == SpendingStatus.PAID) {
                    FundFigures.CategorySpending cs = categories.get((FundCategory) r[2]);
                    cs.requests += n;
                    cs.spent = cs.spent.add(amount);
                }
            }
            return null;
        });
        f.total.finish();
        towns.values().forEach(FundFigures.Funds::finish);
        f.byTownship.addAll(towns.values());
        f.byCategory.addAll(categories.values());
        return f;
    }

    private FundFigures.TownshipFunds town(Map<String, FundFigures.TownshipFunds> towns, String township) {
        return towns.computeIfAbsent(township == null ? "" : township, k -> {
            FundFigures.TownshipFunds t = new FundFigures.TownshipFunds();
            t.townshipCode = township;
            t.townshipName = store.nameOf(township);
            return t;
        });
    }

    private static List<FundCategory> categories(List<String> names) {
        List<FundCategory> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(Params.enumOf(FundCategory.class, "scope[" + i + "]", names.get(i) == null ? "" : names.get(i)));
        }
        new Validator().check(!out.contains(null), "scope", "must not name an empty category").throwIfInvalid();
        return out.stream().distinct().toList();
    }

    private static BigDecimal committed(EntityManager em, long fundId) {
        BigDecimal sum = em.createQuery("SELECT SUM(s.amount) FROM SpendingEntity s WHERE s.fundId = :f AND s.status <> :r", BigDecimal.class)
                .setParameter("f", fundId).setParameter("r", SpendingStatus.REJECTED).getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    private static FundView view(EntityManager em, FundEntity f) {
        BigDecimal spent = em.createQuery("SELECT SUM(s.amount) FROM SpendingEntity s WHERE s.fundId = :f AND s.status = :p", BigDecimal.class)
                .setParameter("f", f.id).setParameter("p", SpendingStatus.PAID).getSingleResult();
        return f.toView(committed(em, f.id), spent == null ? BigDecimal.ZERO.setScale(2) : spent);
    }

    private FundEntity load(EntityManager em, String code, long id) {
        return store.find(em, FundEntity.class, id, "Fund", code, f -> f.villageCode);
    }

    private SpendingEntity loadSpending(EntityManager em, String code, long id) {
        return store.find(em, SpendingEntity.class, id, "Spending", code, s -> s.villageCode);
    }
}
