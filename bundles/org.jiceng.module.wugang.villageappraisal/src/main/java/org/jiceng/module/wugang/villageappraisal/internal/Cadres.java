package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The cadres on a year's appraisal: members holding a village post in the core (a position of rank
 * 村干部 in a village), one appraisal per member and year, and the township's hand scores of each.
 */
@Component(service = Cadres.class)
public class Cadres {
    static final String RULE_NOT_VILLAGE_POST = "not-a-village-post";
    static final String RULE_POST_NOT_HELD = "post-not-held-in-year";
    static final double ECONOMY_MAX = 20;
    static final double MASSES_MAX = 100;
    static final Set<String> SORTABLE = Set.of("id", "rank", "total", "memberName", "villageCode");
    private static final Map<String, Comparator<CadreView>> SORT = Map.of("id", Comparator.comparingLong(c -> c.id), "rank",
            Comparator.comparing(c -> c.rank, Comparator.nullsLast(Comparator.naturalOrder())), "total",
            Comparator.comparing(c -> c.total, Comparator.nullsFirst(Comparator.naturalOrder())), "memberName",
            Comparator.comparing(c -> c.memberName), "villageCode", Comparator.comparing(c -> c.villageCode));

    private final Store store;
    private final CadreService cadres;
    private final MemberService members;

    @Activate
    public Cadres(@Reference Store store, @Reference CadreService cadres, @Reference MemberService members) {
        this.store = store;
        this.cadres = cadres;
        this.members = members;
    }

    /** Puts a post's holder on the year's appraisal, and the post's village team with it. */
    CadreView enroll(String code, Enrolment e, LocalDate today) {
        if (e == null) {
            throw new ValidationException("body", "a JSON request body is required");
        }
        new Validator().require("year", e.year).require("positionId", e.positionId)
                .check(e.year == null || e.year <= today.getYear(), "year", "is still to come: a year is appraised from its own records")
                .range("year", e.year, 2000, 2100).throwIfInvalid();
        Position post;
        try {
            post = cadres.position(e.positionId);
        } catch (NotFoundException missing) {
            throw new NotFoundException("Position", e.positionId);
        }
        if (post.jurisdictionCode() == null || !store.within(post.jurisdictionCode(), code)) {
            throw new NotFoundException("Position", e.positionId);
        }
        Jurisdiction village = store.jurisdiction(post.jurisdictionCode());
        if (post.rank() != CadreRank.VILLAGE || village.level() != JurisdictionLevel.VILLAGE) {
            throw new RuleViolationException(RULE_NOT_VILLAGE_POST, "Position " + post.id() + " (" + post.title() + ", " + post.unit()
                    + ") is not a village cadre's post: the appraisal is of posts of rank VILLAGE in a village");
        }
        if (!heldIn(post, e.year)) {
            throw new RuleViolationException(RULE_POST_NOT_HELD, "Position " + post.id() + " was not held in " + e.year + " (" + post.startDate()
                    + " to " + (post.endDate() == null ? "today" : post.endDate()) + ")");
        }
        String name = members.get(post.memberId()).name();
        String township = store.township(village.code());
        String county = store.countyOf(village.code());
        return store.tx().write(em -> {
            Years.openForEntries(em, county, e.year);
            if (!em.createQuery("SELECT c.id FROM CadreEntity c WHERE c.year = :y AND c.memberId = :m", Long.class).setParameter("y", e.year)
                    .setParameter("m", post.memberId()).getResultList().isEmpty()) {
                throw new ConflictException(name + " is already on the appraisal of " + e.year + " (one appraisal a year, whatever the posts)");
            }
            CadreEntity c = new CadreEntity();
            c.year = e.year;
            c.memberId = post.memberId();
            c.memberName = name;
            c.positionId = post.id();
            c.title = post.unit() + post.title();
            c.villageCode = village.code();
            c.townshipCode = township;
            c.countyCode = county;
            c.enrolledBy = Store.caller();
            em.persist(c);
            teamOf(em, c, village.name());
            em.flush(); // the view carries the version written
            return CadreView.of(c);
        });
    }

    static boolean heldIn(Position post, int year) {
        return post.startDate() != null && post.startDate().getYear() <= year && (post.endDate() == null || post.endDate().getYear() >= year);
    }

    /** The village's team for the year, created with its first cadre. */
    private static void teamOf(EntityManager em, CadreEntity c, String villageName) {
        if (em.createQuery("SELECT t.id FROM TeamEntity t WHERE t.year = :y AND t.villageCode = :v", Long.class).setParameter("y", c.year)
                .setParameter("v", c.villageCode).getResultList().isEmpty()) {
            TeamEntity t = new TeamEntity();
            t.year = c.year;
            t.villageCode = c.villageCode;
            t.villageName = villageName;
            t.townshipCode = c.townshipCode;
            t.countyCode = c.countyCode;
            em.persist(t);
        }
    }

    CadreView get(String code, long id) {
        return store.tx().read(em -> CadreView.of(find(em, code, id)));
    }

    CadreEntity find(EntityManager em, String code, long id) {
        return store.find(em, CadreEntity.class, id, "Village cadre appraisal", code, c -> c.villageCode);
    }

    /** The year's cadres of the subtree, filtered by township and grade, as a page. */
    Page<CadreView> list(String code, int year, String township, String grade, PageRequest page) {
        List<CadreView> rows = new ArrayList<>();
        for (CadreEntity c : all(code, year)) {
            if ((township == null || township.equals(c.townshipCode)) && (grade == null || grade.equals(c.grade))) {
                rows.add(CadreView.of(c));
            }
        }
        return Pages.ofList(rows, page, SORT, "id");
    }

    /** Every cadre of the year in the subtree, in township and rank order. */
    List<CadreEntity> all(String code, int year) {
        return store.tx().read(em -> em
                .createQuery("SELECT c FROM CadreEntity c WHERE c.year = :y AND c.villageCode IN :codes "
                        + "ORDER BY c.townshipCode, c.rank, c.id", CadreEntity.class)
                .setParameter("y", year).setParameter("codes", store.subtreeCodes(code)).getResultList());
    }

    /** Enters (or replaces) the township's hand scores of the year for some cadres. */
    void enterScores(String code, int year, List<CadreScores> scores) {
        Validator v = new Validator();
        v.check(scores != null && !scores.isEmpty(), "scores", "must list at least one cadre");
        v.throwIfInvalid();
        for (int i = 0; i < scores.size(); i++) {
            CadreScores s = scores.get(i);
            String f = "scores[" + i + "].";
            v.require(f + "cadreId", s == null ? null : s.cadreId).require(f + "economy", s == null ? null : s.economy)
                    .require(f + "masses", s == null ? null : s.masses);
            if (s != null) {
                v.check(s.economy == null || (s.economy >= 0 && s.economy <= ECONOMY_MAX), f + "economy",
                        "must be between 0 and " + (int) ECONOMY_MAX)
                        .check(s.masses == null || (s.masses >= 0 && s.masses <= MASSES_MAX), f + "masses", "must be between 0 and 100 (percent)");
            }
        }
        v.throwIfInvalid();
        String county = store.countyOf(code);
        store.tx().run(em -> {
            Years.openForEntries(em, county, year);
            Map<Long, CadreEntity> seen = new HashMap<>();
            for (int i = 0; i < scores.size(); i++) {
                CadreScores s = scores.get(i);
                CadreEntity c = seen.computeIfAbsent(s.cadreId, id -> find(em, code, id));
                if (c.year != year) {
                    throw new ValidationException("scores[" + i + "].cadreId", "cadre appraisal " + c.id + " is of " + c.year + ", not " + year);
                }
                c.economy = s.economy;
                c.masses = s.masses;
            }
        });
    }
}
