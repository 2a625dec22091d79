package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Validator;
import org.jiceng.development.DevelopmentEvent;
import org.jiceng.development.DevelopmentService;
import org.jiceng.development.EventType;
import org.jiceng.development.VillageWithoutDevelopment;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The county's list of villages without a member developed for years (三年以上不发展党员村). Which
 * villages qualify is the core's answer ({@link DevelopmentService#villagesWithoutDevelopment});
 * whether one is cleared is read from the core's development events too — an admission as
 * probationary member in the village on or after the day it was listed — and never typed in.
 */
@Component(service = Villages.class)
public class Villages {
    static final Set<String> SORTABLE = Set.of("id", "villageCode", "listedOn", "status", "clearedOn", "developed");
    private static final Map<String, String> SORT = Map.of("id", "v.id", "villageCode", "v.villageCode", "listedOn", "v.listedOn", "status",
            "v.status", "clearedOn", "v.clearedOn", "developed", "v.developed");
    static final int MAX_THRESHOLD = 10;

    private final Store store;
    private final DevelopmentService development;
    private final MemberService members;

    @Activate
    public Villages(@Reference Store store, @Reference DevelopmentService development, @Reference MemberService members) {
        this.store = store;
        this.development = development;
        this.members = members;
    }

    /** The villages of the subtree the core finds without an admission in the last {@code years} years. */
    List<DetectedVillage> detected(String code, Integer years) {
        int n = threshold(years);
        store.subtreeCodes(code);
        Map<String, Long> open = new HashMap<>();
        store.tx().read(em -> em.createQuery("SELECT v.villageCode, v.id FROM VillageEntity v WHERE v.status = :s", Object[].class)
                .setParameter("s", ClearingStatus.LISTED).getResultList()).forEach(r -> open.put((String) r[0], (Long) r[1]));
        return development.villagesWithoutDevelopment(code, n).stream().map(w -> {
            DetectedVillage d = new DetectedVillage();
            d.villageCode = w.code();
            d.villageName = w.name();
            d.townshipCode = store.townshipOf(w.code());
            d.lastAdmission = w.lastAdmission();
            d.members = w.members();
            d.listingId = open.get(w.code());
            return d;
        }).toList();
    }

    /** Puts a village the core finds without development on the list. */
    VillageView list(String code, String villageCode, Integer years, LocalDate listedOn, String cadre, String measures, LocalDate today) {
        Validator v = new Validator().require("villageCode", villageCode).require("listedOn", listedOn).require("responsibleCadre", cadre)
                .maxLength("responsibleCadre", cadre, 100).require("measures", measures).maxLength("measures", measures, 2000);
        if (listedOn != null) {
            v.check(!listedOn.isAfter(today), "listedOn", "must not be in the future").check(!listedOn.isBefore(Campaigns.EARLIEST), "listedOn",
                    "must be " + Campaigns.EARLIEST + " or later");
        }
        v.throwIfInvalid();
        int n = threshold(years);
        String village = villageCode.trim();
        if (!store.within(village, code)) {
            throw new org.jiceng.common.NotFoundException("Jurisdiction", village);
        }
        AuditRules.checkVillage(store.jurisdictions().get(village).level(), village);
        VillageWithoutDevelopment found = development.villagesWithoutDevelopment(village, n).stream().filter(w -> w.code().equals(village))
                .findFirst().orElse(null);
        LocalDate last = found != null ? found.lastAdmission() : lastAdmission(village);
        AuditRules.checkWithoutDevelopment(found != null, last, n, listedOn);
        String county = store.countyOf(village);
        return store.tx().write(em -> {
            AuditRules.checkNotListed(!em.createQuery("SELECT v.id FROM VillageEntity v WHERE v.villageCode = :v AND v.status = :s", Long.class)
                    .setParameter("v", village).setParameter("s", ClearingStatus.LISTED).getResultList().isEmpty());
            VillageEntity e = new VillageEntity();
            e.countyCode = county;
            e.villageCode = village;
            e.villageName = found.name();
            e.townshipCode = store.townshipOf(village);
            e.thresholdYears = n;
            e.lastAdmission = last;
            e.membersAtListing = found.members();
            e.listedOn = listedOn;
            e.listedBy = Store.caller();
            e.responsibleCadre = cadre.trim();
            e.measures = measures.trim();
            em.persist(e);
            em.flush();
            return e.toView();
        });
    }

    VillageView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    Page<VillageView> list(String code, ClearingStatus status, String township, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<VillageEntity> rows = new QueryBuilder("VillageEntity", "v").where("v.villageCode IN :codes", "codes", codes)
                    .where("v.status = :status", "status", status).where("v.townshipCode = :township", "township", township)
                    .page(em, VillageEntity.class, page.withDefaultOrder(new PageRequest.Order("villageCode", true)), SORT);
            return new Page<>(rows.items().stream().map(VillageEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Changes who answers for the village and the measures taken. */
    VillageView update(String code, long id, String cadre, String measures, Long version) {
        new Validator().require("responsibleCadre", cadre).maxLength("responsibleCadre", cadre, 100).require("measures", measures)
                .maxLength("measures", measures, 2000).require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            VillageEntity e = load(em, code, id);
            ConflictException.requireVersion("Village", id, e.version, version);
            e.responsibleCadre = cadre.trim();
            e.measures = measures.trim();
            em.flush();
            return e.toView();
        });
    }

    /** Reads the village's admissions since its listing from the core, and clears it on the first. */
    VillageView check(String code, long id) {
        VillageView before = get(code, id);
        Admissions a = admissionsSince(before.villageCode, before.listedOn);
        return store.tx().write(em -> {
            VillageEntity e = load(em, code, id);
            e.developed = a.count;
            e.clearedOn = a.first;
            e.status = a.count > 0 ? ClearingStatus.CLEARED : ClearingStatus.LISTED;
            e.checkedAt = LocalDateTime.now(ZoneOffset.UTC);
            em.flush();
            return e.toView();
        });
    }

    /** Checks every listed village of the subtree; returns how many are cleared after it. */
    List<VillageView> checkAll(String code) {
        return Pages.all("id", SORTABLE, p -> list(code, null, null, p)).stream().map(v -> check(code, v.id)).toList();
    }

    VillageFigures figures(String code) {
        List<String> codes = store.subtreeCodes(code);
        VillageFigures f = new VillageFigures();
        f.code = code;
        Map<String, VillageFigures.TownshipClearing> towns = new TreeMap<>();
        store.tx().read(em -> em.createQuery("SELECT v.townshipCode, v.status, COUNT(v), SUM(v.developed) FROM VillageEntity v "
                + "WHERE v.villageCode IN :codes GROUP BY v.townshipCode, v.status", Object[].class).setParameter("codes", codes).getResultList())
                .forEach(r -> {
                    String township = (String) r[0];
                    VillageFigures.TownshipClearing t = towns.computeIfAbsent(township == null ? "" : township, k -> {
                        VillageFigures.TownshipClearing c = new VillageFigures.TownshipClearing();
                        c.townshipCode = township;
                        c.townshipName = store.nameOf(township);
                        return c;
                    });
                    long n = (Long) r[2];
                    long developed = r[3] == null ? 0 : ((Number) r[3]).longValue();
                    for (VillageFigures.Clearing c : List.of(f.total, t)) {
                        c.listed += n;
                        c.cleared += r[1] == ClearingStatus.CLEARED ? n : 0;
                        c.developed += developed;
                    }
                });
        f.byTownship.addAll(towns.values());
        return f;
    }

    /** Admissions as probationary member in a village on or after a day. */
    record Admissions(int count, LocalDate first) {
    }

    /**
     * The admissions the core's development events record for the village's members on or after
     * {@code since}: the member record's admission date points at the members, the event confirms it.
     */
    Admissions admissionsSince(String village, LocalDate since) {
        int count = 0;
        LocalDate first = null;
        for (Member m : Pages.all("id", MemberService.SORTABLE, p -> members.find(MemberQuery.inJurisdiction(village), p))) {
            if (m.probationDate() == null || m.probationDate().isBefore(since)) {
                continue;
            }
            for (DevelopmentEvent e : development.history(m.id())) {
                if (e.type() == EventType.ADMITTED_PROBATIONARY && !e.date().isBefore(since)) {
                    count++;
                    first = first == null || e.date().isBefore(first) ? e.date() : first;
                    break;
                }
            }
        }
        return new Admissions(count, first);
    }

    private LocalDate lastAdmission(String village) {
        LocalDate last = null;
        for (Member m : Pages.all("id", MemberService.SORTABLE, p -> members.find(MemberQuery.inJurisdiction(village), p))) {
            if (m.probationDate() != null && (last == null || m.probationDate().isAfter(last))) {
                last = m.probationDate();
            }
        }
        return last;
    }

    static int threshold(Integer years) {
        new Validator().range("years", years, 1, MAX_THRESHOLD).throwIfInvalid();
        return years == null ? AuditRules.THRESHOLD_YEARS : years;
    }

    private VillageEntity load(EntityManager em, String code, long id) {
        return store.find(em, VillageEntity.class, id, "Village", code, v -> v.villageCode);
    }
}
