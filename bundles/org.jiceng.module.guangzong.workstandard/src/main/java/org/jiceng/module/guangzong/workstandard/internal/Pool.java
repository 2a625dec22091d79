package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Designation;
import org.jiceng.cadre.DesignationType;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Params;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The young cadre pool (优秀年轻干部人才库): selection (选) puts the member on the core's TALENT_POOL list;
 * cultivation (育) and periodic assessments (管) are kept here; use (用) enters the post in the core's
 * cadre record and ends the designation, as does leaving the pool with a reason.
 */
@Component(service = Pool.class)
public class Pool {
    static final Set<String> SORTABLE = Set.of("id", "memberName", "selectedOn", "ageAtSelection", "status");
    private static final Map<String, String> SORT = Map.of("id", "p.id", "memberName", "p.memberName", "selectedOn", "p.selectedOn",
            "ageAtSelection", "p.ageAtSelection", "status", "p.status");
    /** A year (2025) or a half (2025-H1, 2025-H2). */
    private static final Pattern PERIOD = Pattern.compile("(20\\d\\d)(-H[12])?");

    private final Store store;
    private final MemberService members;
    private final CadreService cadres;

    @Activate
    public Pool(@Reference Store store, @Reference MemberService members, @Reference CadreService cadres) {
        this.store = store;
        this.members = members;
        this.cadres = cadres;
    }

    /** Selection (选): the county puts a member of its subtree into the pool from {@code since}. */
    PoolView select(String code, PoolInputs.Selection in, LocalDate today) {
        store.requireCounty(code, PoolRules.KEPT_BY_COUNTY, "The young cadre pool");
        Validator v = new Validator().require("memberId", in.memberId).require("since", in.since).maxLength("note", in.note, 500);
        v.check(in.since == null || !in.since.isAfter(today), "since", "must not be in the future").throwIfInvalid();
        Member m = members.get(in.memberId);
        if (m.jurisdictionCode() == null || !store.within(m.jurisdictionCode(), code)) {
            throw new NotFoundException("Member", in.memberId);
        }
        PoolRules.checkActive(m.membershipStatus(), m.name());
        PoolRules.checkNotInPool(inPool(m.id()) || cadres.designations(m.id()).stream()
                .anyMatch(d -> d.type() == DesignationType.TALENT_POOL && (d.until() == null || d.until().isAfter(today))), m.name());
        Designation d = cadres.addDesignation(m.id(),
                new Designation(null, m.id(), DesignationType.TALENT_POOL, in.since, null, "优秀年轻干部人才库（" + Store.MODULE_ID + "）", null));
        return store.tx().write(em -> {
            PoolEntity p = new PoolEntity();
            p.memberId = m.id();
            p.memberName = m.name();
            p.jurisdictionCode = m.jurisdictionCode();
            p.birthDate = m.birthDate();
            p.ageAtSelection = Period.between(m.birthDate(), in.since).getYears();
            p.designationId = d.id();
            p.selectedOn = in.since;
            p.selectedBy = Store.caller();
            p.selectionNote = Store.blankToNull(in.note);
            em.persist(p);
            em.flush();
            return view(em, p);
        });
    }

    /** Cultivation (育): a training course or a practice post. */
    CultivationEntity cultivate(String code, long id, PoolInputs.Cultivation in) {
        CultivationKind kind = Params.enumOf(CultivationKind.class, "kind", in.kind);
        Validator v = new Validator().require("kind", kind).require("title", Store.blankToNull(in.title)).maxLength("title", in.title, 200)
                .require("startDate", in.startDate).maxLength("note", in.note, 500);
        v.check(in.endDate == null || in.startDate == null || !in.endDate.isBefore(in.startDate), "endDate", "must not be before startDate");
        v.throwIfInvalid();
        return store.tx().write(em -> {
            PoolEntity p = load(em, code, id);
            PoolRules.checkInPool(p.status, p.memberName);
            PoolRules.checkNotBeforeSelection(in.startDate, p.selectedOn, "The cultivation");
            CultivationEntity c = new CultivationEntity();
            c.poolId = p.id;
            c.jurisdictionCode = p.jurisdictionCode;
            c.kind = kind;
            c.title = in.title.trim();
            c.startDate = in.startDate;
            c.endDate = in.endDate;
            c.note = Store.blankToNull(in.note);
            c.recordedBy = Store.caller();
            em.persist(c);
            em.flush();
            return c;
        });
    }

    /** Management (管): the assessment of a period. */
    AssessmentEntity assess(String code, long id, PoolInputs.Assessment in, LocalDate today) {
        AssessmentGrade grade = Params.enumOf(AssessmentGrade.class, "grade", in.grade);
        Validator v = new Validator().require("period", Store.blankToNull(in.period)).require("grade", grade).require("assessedOn", in.assessedOn)
                .maxLength("note", in.note, 500);
        v.check(in.period == null || PERIOD.matcher(in.period.trim()).matches(), "period", "must be a year (2025) or a half (2025-H1)");
        v.check(in.assessedOn == null || !in.assessedOn.isAfter(today), "assessedOn", "must not be in the future").throwIfInvalid();
        String period = in.period.trim();
        return store.tx().write(em -> {
            PoolEntity p = load(em, code, id);
            PoolRules.checkInPool(p.status, p.memberName);
            PoolRules.checkNotBeforeSelection(in.assessedOn, p.selectedOn, "The assessment");
            PoolRules.checkPeriodFree(!em.createQuery("SELECT a.id FROM AssessmentEntity a WHERE a.poolId = :p AND a.period = :d", Long.class)
                    .setParameter("p", p.id).setParameter("d", period).getResultList().isEmpty(), period);
            AssessmentEntity a = new AssessmentEntity();
            a.poolId = p.id;
            a.jurisdictionCode = p.jurisdictionCode;
            a.period = period;
            a.grade = grade;
            a.assessedOn = in.assessedOn;
            a.note = Store.blankToNull(in.note);
            a.recordedBy = Store.caller();
            em.persist(a);
            em.flush();
            return a;
        });
    }

    /** Use (用): the cadre is appointed to a post, which the core's cadre record then shows; the stay in the pool ends. */
    PoolView appoint(String code, long id, PoolInputs.Appointment in, LocalDate today) {
        CadreRank rank = Params.enumOf(CadreRank.class, "rank", in.rank);
        PostLevel level = Params.enumOf(PostLevel.class, "level", in.level);
        Validator v = new Validator().require("unit", Store.blankToNull(in.unit)).maxLength("unit", in.unit, 200)
                .require("title", Store.blankToNull(in.title)).maxLength("title", in.title, 100).require("rank", rank).require("level", level)
                .require("startDate", in.startDate).require("version", in.version);
        v.check(in.startDate == null || !in.startDate.isAfter(today), "startDate", "must not be in the future").throwIfInvalid();
        PoolEntity before = store.tx().read(em -> load(em, code, id));
        ConflictException.requireVersion("Young cadre", id, before.version, in.version);
        PoolRules.checkInPool(before.status, before.memberName);
        PoolRules.checkNotBeforeSelection(in.startDate, before.selectedOn, "The appointment");
        Position post = cadres.addPosition(before.memberId, new Position(null, before.memberId, in.unit.trim(), before.jurisdictionCode, null,
                in.title.trim(), rank, level, in.startDate, null, null));
        endDesignation(before.designationId, in.startDate);
        return store.tx().write(em -> {
            PoolEntity p = load(em, code, id);
            ConflictException.requireVersion("Young cadre", id, p.version, in.version);
            p.status = PoolStatus.APPOINTED;
            p.endedOn = in.startDate;
            p.endReason = "提拔任用：" + post.unit() + post.title();
            p.positionId = post.id();
            p.positionUnit = post.unit();
            p.positionTitle = post.title();
            em.flush();
            return view(em, p);
        });
    }

    /** Leaving the pool with the reason (调整出库: 考核不称职, 本人原因, 年龄超出 …). */
    PoolView leave(String code, long id, PoolInputs.Leaving in, LocalDate today) {
        Validator v = new Validator().require("reason", Store.blankToNull(in.reason)).maxLength("reason", in.reason, 500)
                .require("leftOn", in.leftOn).require("version", in.version);
        v.check(in.leftOn == null || !in.leftOn.isAfter(today), "leftOn", "must not be in the future").throwIfInvalid();
        PoolEntity before = store.tx().read(em -> load(em, code, id));
        ConflictException.requireVersion("Young cadre", id, before.version, in.version);
        PoolRules.checkInPool(before.status, before.memberName);
        PoolRules.checkNotBeforeSelection(in.leftOn, before.selectedOn, "Leaving");
        endDesignation(before.designationId, in.leftOn);
        return store.tx().write(em -> {
            PoolEntity p = load(em, code, id);
            ConflictException.requireVersion("Young cadre", id, p.version, in.version);
            p.status = PoolStatus.LEFT;
            p.endedOn = in.leftOn;
            p.endReason = in.reason.trim();
            em.flush();
            return view(em, p);
        });
    }

    PoolView get(String code, long id) {
        return store.tx().read(em -> view(em, load(em, code, id)));
    }

    Page<PoolView> list(String code, PoolStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("PoolEntity", "p").where("p.jurisdictionCode IN :codes", "codes", codes).where("p.status = :status",
                    "status", status);
            Page<PoolEntity> rows = q.page(em, PoolEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(p -> view(em, p)).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    List<CultivationEntity> cultivation(String code, long id) {
        return store.tx().read(em -> em.createQuery("SELECT c FROM CultivationEntity c WHERE c.poolId = :p ORDER BY c.startDate, c.id",
                CultivationEntity.class).setParameter("p", load(em, code, id).id).getResultList());
    }

    List<AssessmentEntity> assessments(String code, long id) {
        return store.tx().read(em -> em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.poolId = :p ORDER BY a.period, a.id",
                AssessmentEntity.class).setParameter("p", load(em, code, id).id).getResultList());
    }

    /** The pool's figures in the subtree. */
    PoolFigures figures(String code) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            PoolFigures f = new PoolFigures();
            f.jurisdictionCode = code;
            for (Object[] row : em
                    .createQuery("SELECT p.status, COUNT(p), AVG(p.ageAtSelection) FROM PoolEntity p WHERE p.jurisdictionCode IN :codes "
                            + "GROUP BY p.status", Object[].class)
                    .setParameter("codes", codes).getResultList()) {
                long n = ((Number) row[1]).longValue();
                switch ((PoolStatus) row[0]) {
                    case IN_POOL -> {
                        f.inPool = n;
                        f.averageAgeAtSelection = row[2] == null
                                ? null
                                : java.math.BigDecimal.valueOf(((Number) row[2]).doubleValue()).setScale(1, java.math.RoundingMode.HALF_UP);
                    }
                    case APPOINTED -> f.appointed = n;
                    case LEFT -> f.left = n;
                }
            }
            for (Object[] row : em.createQuery("SELECT c.kind, COUNT(c) FROM CultivationEntity c WHERE c.jurisdictionCode IN :codes GROUP BY c.kind",
                    Object[].class).setParameter("codes", codes).getResultList()) {
                if (row[0] == CultivationKind.TRAINING) {
                    f.trainings = ((Number) row[1]).longValue();
                } else {
                    f.practicePosts = ((Number) row[1]).longValue();
                }
            }
            for (AssessmentGrade g : AssessmentGrade.values()) {
                PoolFigures.GradeCount c = new PoolFigures.GradeCount();
                c.grade = g;
                c.nameZh = g.nameZh;
                c.assessments = em
                        .createQuery("SELECT COUNT(a) FROM AssessmentEntity a WHERE a.jurisdictionCode IN :codes AND a.grade = :g", Long.class)
                        .setParameter("codes", codes).setParameter("g", g).getSingleResult();
                f.assessments += c.assessments;
                f.grades.add(c);
            }
            return f;
        });
    }

    /** Every stay in the subtree, for the roster (a county's pool holds tens, not thousands). */
    List<PoolView> all(String code) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> em.createQuery("SELECT p FROM PoolEntity p WHERE p.jurisdictionCode IN :codes ORDER BY p.id", PoolEntity.class)
                .setParameter("codes", codes).getResultList().stream().map(p -> view(em, p)).toList());
    }

    boolean inPool(long memberId) {
        return store.tx().read(em -> !em.createQuery("SELECT p.id FROM PoolEntity p WHERE p.memberId = :m AND p.status = :s", Long.class)
                .setParameter("m", memberId).setParameter("s", PoolStatus.IN_POOL).getResultList().isEmpty());
    }

    private void endDesignation(long designationId, LocalDate until) {
        Designation d = cadres.designation(designationId);
        if (d.until() == null) {
            cadres.updateDesignation(designationId, new Designation(d.id(), d.memberId(), d.type(), d.since(), until, d.note(), d.version()));
        }
    }

    private static PoolView view(EntityManager em, PoolEntity p) {
        PoolView v = PoolView.of(p);
        for (Object[] row : em.createQuery("SELECT c.kind, COUNT(c) FROM CultivationEntity c WHERE c.poolId = :p GROUP BY c.kind", Object[].class)
                .setParameter("p", p.id).getResultList()) {
            if (row[0] == CultivationKind.TRAINING) {
                v.trainings = ((Number) row[1]).longValue();
            } else {
                v.practicePosts = ((Number) row[1]).longValue();
            }
        }
        em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.poolId = :p ORDER BY a.period DESC", AssessmentEntity.class).setParameter("p", p.id)
                .setMaxResults(1).getResultList().forEach(a -> {
                    v.latestGrade = a.grade.nameZh;
                    v.latestPeriod = a.period;
                });
        return v;
    }

    private PoolEntity load(EntityManager em, String code, long id) {
        return store.find(em, PoolEntity.class, id, "Young cadre", code, p -> p.jurisdictionCode);
    }
}
