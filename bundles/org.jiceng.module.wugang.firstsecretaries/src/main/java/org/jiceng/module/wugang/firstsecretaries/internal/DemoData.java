package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentQuery;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.TargetType;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.MemberStage;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reproduces the seed's figures for 武冈: 224 first secretaries serving, all sent since last year, 100% on post.
 * The core's demo already sends first secretaries to 武冈's weak villages; the missing ones are sent
 * here through the core's CadreService, weak villages first, then the other rural villages (the seed
 * also sends them to villages without collective income and to poverty villages; the demo registry
 * has about 40 rural villages where 武冈 has 485, so several secretaries share a village). Then,
 * through the module's own services: three months of presence, weekly reports, last half year's
 * reports and the monthly rankings computed on the engine.
 *
 * <p>Resumable: a run cut short (the module uninstalled while it loads) is completed by the next one
 * with the same figures, and the core does not run a completed one again. The top-up counts who
 * serves and goes on with the secretary it stopped at; each secretary's random numbers are their
 * own (drawn from the seed and the member), so what is written for one does not depend on what was
 * written before; a secretary whose last month of presence is logged is done (reports are written
 * before presence, each only if missing), and a month already ranked is not ranked again.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int SENT = 224;
    static final int MONTHS = 3;
    private static final String DISPATCHING_BODY = "中共武冈市委组织部";

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Secretaries secretaries;
    private final Presence presence;
    private final Reports reports;
    private final Ranking ranking;
    private final CadreService cadres;
    private final MemberService members;
    private final OrganizationService organizations;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Secretaries secretaries, @Reference Presence presence, @Reference Reports reports, @Reference Ranking ranking,
            @Reference CadreService cadres, @Reference MemberService members, @Reference OrganizationService organizations,
            @Reference JurisdictionService jurisdictions) {
        this.secretaries = secretaries;
        this.presence = presence;
        this.reports = reports;
        this.ranking = ranking;
        this.cadres = cadres;
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
        if (jurisdictions.find(Store.COUNTY).isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now();
        int created = send(today, run);
        List<Assignment> serving = secretaries.during(Store.COUNTY, today, today).stream().filter(a -> a.status() == AssignmentStatus.ACTIVE)
                .toList();
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS);
        int worked = 0;
        for (Assignment a : serving) {
            run.throwIfCancelled();
            worked += presenceAndReports(a, first, today, run.seed()) ? 1 : 0;
        }
        int ranked = 0;
        for (int m = 0; m < MONTHS; m++) {
            run.throwIfCancelled();
            ranked += rank(first.plusMonths(m), serving, today, run.seed()) ? 1 : 0;
        }
        logger.info(
                "Demo data of {} loaded in {} ms: {} first secretaries sent here, {} serving in {}, presence and reports of {}, {} month(s) ranked",
                Store.MODULE_ID, (System.nanoTime() - t0) / 1_000_000, created, serving.size(), Store.COUNTY, worked, ranked);
    }

    /** A random source of its own for one unit of work: the same seed and unit give the same numbers, whatever was written before. */
    static Random random(long seed, long unit, long part) {
        return new Random(seed ^ (unit * 0x9E3779B97F4A7C15L) ^ (part * 0xC2B2AE3D27D4EB4FL));
    }

    /**
     * One secretary's three months: weekly and half-year reports not written yet, then the months of
     * presence not logged yet; nothing when the last month's presence is logged. The numbers are
     * drawn whole before anything is written, so a resumed unit writes what an uninterrupted one
     * would. Returns whether anything was written.
     */
    private boolean presenceAndReports(Assignment a, YearMonth first, LocalDate today, long seed) {
        Random random = random(seed, a.memberId(), a.startDate().toEpochDay());
        Map<YearMonth, List<Presence.Day>> sheets = presenceSheets(a, first, today, random);
        YearMonth lastSheet = sheets.keySet().stream().max(YearMonth::compareTo).orElse(null);
        if (lastSheet == null || presence.count(a.id(), lastSheet, false) > 0) {
            return false;
        }
        submitReports(a, first, today, random);
        sheets.forEach((month, sheet) -> {
            if (presence.count(a.id(), month, false) == 0) {
                presence.logAll(Store.COUNTY, a.id(), sheet, Store.caller(), today);
            }
        });
        return true;
    }

    /**
     * Sends first secretaries through the core until 224 serve today (the seed's 224 sent, all on
     * post); returns how many it sent. Counting those serving rather than those ever sent keeps the
     * figure when someone else has sent and recalled one in the county before the module came.
     */
    private int send(LocalDate today, DemoDataRun run) {
        LocalDate since = LocalDate.of(today.getYear() - 1, 1, 1);
        // Where an earlier run that was cut short stopped: its secretaries took the first villages and start dates.
        int sentBefore = (int) secretaries.all(Store.COUNTY).stream().filter(a -> Store.MODULE_ID.equals(a.module())
                && DISPATCHING_BODY.equals(a.dispatchingBody()) && !a.startDate().isBefore(since)).count();
        long existing = secretaries.during(Store.COUNTY, today, today).stream().filter(a -> a.status() == AssignmentStatus.ACTIVE).count();
        int missing = (int) Math.max(0, SENT - existing);
        if (missing == 0) {
            return 0;
        }
        List<String> villages = villages();
        List<Long> people = freeMembers(today, missing);
        LocalDate latestStart = today.minusMonths(MONTHS + 1).withDayOfMonth(1);
        long span = Math.max(1, latestStart.toEpochDay() - since.toEpochDay());
        int sent = 0;
        for (int i = 0; i < missing && i < people.size() && !villages.isEmpty(); i++) {
            run.throwIfCancelled();
            int place = sentBefore + i;
            String village = villages.get(place % villages.size());
            LocalDate start = since.plusDays(random(run.seed(), place, 0).nextInt((int) span));
            cadres.assign(new Assignment(null, people.get(i), TargetType.JURISDICTION, village, Store.ROLE, village, start, start.plusYears(2),
                    DISPATCHING_BODY, AssignmentStatus.ACTIVE, Store.MODULE_ID, "驻村第一书记", null));
            sent++;
        }
        return sent;
    }

    /** Rural village codes of the county, those whose branch is weak or backward first. */
    private List<String> villages() {
        OrganizationQuery q = new OrganizationQuery(Store.COUNTY, OrganizationField.RURAL, null, null, null, null, null);
        Set<String> weak = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (PartyOrganization o : Pages.all("id", OrganizationService.SORTABLE, p -> organizations.find(q, p))) {
            if (jurisdictions.get(o.jurisdictionCode()).level() == JurisdictionLevel.VILLAGE) {
                (o.status() == OrganizationStatus.NORMAL ? others : weak).add(o.jurisdictionCode());
            }
        }
        others.removeAll(weak);
        List<String> out = new ArrayList<>(weak);
        out.addAll(others);
        return out;
    }

    /** Full members of the county holding no assignment today, county organs' cadres first (they are listed first). */
    private List<Long> freeMembers(LocalDate today, int wanted) {
        Set<Long> busy = new HashSet<>();
        AssignmentQuery active = new AssignmentQuery(Store.COUNTY, null, null, null, null, null, null, today);
        Pages.each("id", CadreService.ASSIGNMENT_SORTABLE, p -> cadres.assignments(active, p), a -> busy.add(a.memberId()));
        MemberQuery q = new MemberQuery(Store.COUNTY, null, MemberStage.FULL, null, null, null);
        List<Long> out = new ArrayList<>();
        for (Member m : Pages.all("id", MemberService.SORTABLE, p -> members.find(q, p))) {
            if (out.size() == wanted) {
                break;
            }
            if (!busy.contains(m.id())) {
                out.add(m.id());
            }
        }
        return out;
    }

    /** Most secretaries meet 22 days and 12 nights; about one in twelve falls short in a month. The sheets by month. */
    private static Map<YearMonth, List<Presence.Day>> presenceSheets(Assignment a, YearMonth first, LocalDate today, Random random) {
        Map<YearMonth, List<Presence.Day>> sheets = new LinkedHashMap<>();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()) && d.isBefore(today); d = d.plusDays(1)) {
                if (!d.isBefore(a.startDate()) && (a.endDate() == null || !d.isAfter(a.endDate()))) {
                    dates.add(d);
                }
            }
            if (dates.isEmpty()) {
                continue;
            }
            boolean short_ = random.nextInt(12) == 0;
            int days = Math.min(dates.size(), short_ ? 17 + random.nextInt(5) : 22 + random.nextInt(5));
            int nights = Math.min(days, short_ ? 8 + random.nextInt(4) : 12 + random.nextInt(6));
            Collections.shuffle(dates, random);
            List<LocalDate> inVillage = new ArrayList<>(dates.subList(0, days));
            Collections.sort(inVillage);
            Set<LocalDate> nightsThere = new HashSet<>(dates.subList(0, nights));
            List<Presence.Day> sheet = new ArrayList<>();
            for (LocalDate d : inVillage) {
                Presence.Day day = new Presence.Day();
                day.date = d;
                day.dayInVillage = true;
                day.nightInVillage = nightsThere.contains(d);
                sheet.add(day);
            }
            sheets.put(month, sheet);
        }
        return sheets;
    }

    /** Weekly reports of the months shown: most on time, some late, a few missing; last half year's report on time. Those already written are kept. */
    private void submitReports(Assignment a, YearMonth first, LocalDate today, Random random) {
        Set<String> written = reports.weeksReported(a.id());
        LocalDate lastFinishedWeek = Reports.mondayOf(today).minusWeeks(1);
        for (LocalDate monday : ReportRules.weeksOwed(a.startDate(), a.endDate(), first.atDay(1), lastFinishedWeek)) {
            int roll = random.nextInt(100);
            if (roll < 4) {
                continue; // missing
            }
            LocalDate submitted = roll < 12 ? monday.plusDays(8 + random.nextInt(4)) : monday.plusDays(4 + random.nextInt(3));
            if (submitted.isAfter(today)) {
                submitted = today;
            }
            String summary = "本周走访农户" + (5 + random.nextInt(20)) + "户，协调解决困难" + random.nextInt(4) + "个。";
            if (!written.contains(ReportRules.weekKey(monday))) {
                reports.submitWeekly(Store.COUNTY, a.id(), ReportRules.weekKey(monday), summary, submitted);
            }
        }
        String half = org.jiceng.scoring.PeriodKind.HALF_YEAR.periodOf(today.minusMonths(6));
        LocalDate halfEnd = org.jiceng.scoring.PeriodKind.HALF_YEAR.end(half);
        if (a.startDate().isBefore(halfEnd) && halfEnd.isBefore(today)) {
            LocalDate submitted = halfEnd.plusDays(1 + random.nextInt(10));
            if (!reports.halfYearReported(a.id(), half)) {
                reports.submitHalfYear(Store.COUNTY, a.id(), half, "半年述职：驻村工作、项目推进、为民办实事情况。", submitted);
            }
        }
    }

    /** Enters the month's hand scores and ranks it, unless it is ranked already; returns whether it ranked it. */
    private boolean rank(YearMonth month, List<Assignment> serving, LocalDate today, long seed) {
        if (ranking.results(Store.COUNTY, month.toString(), null, PageRequest.first(1)).total() > 0) {
            return false;
        }
        List<Ranking.Scores> scores = new ArrayList<>();
        for (Assignment a : serving) {
            if (!PresenceRules.overlaps(a.startDate(), a.endDate(), month.atDay(1), month.atEndOfMonth())) {
                continue;
            }
            Random random = random(seed, a.memberId(), month.getYear() * 12L + month.getMonthValue());
            Ranking.Scores s = new Ranking.Scores();
            s.assignmentId = a.id();
            s.projects = 5.0 + random.nextInt(6);
            s.satisfaction = 75.0 + random.nextInt(26);
            s.partyBuilding = 6.0 + random.nextInt(5);
            scores.add(s);
        }
        if (scores.isEmpty()) {
            return false;
        }
        ranking.enter(Store.COUNTY, month.toString(), scores);
        ranking.compute(Store.COUNTY, month.toString(), today);
        return true;
    }
}
