package org.jiceng.core.registry.internal.cadre;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentQuery;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Designation;
import org.jiceng.cadre.DesignationType;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.cadre.Tenure;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.core.registry.internal.JurisdictionEntity;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.Subtree;
import org.jiceng.persistence.QueryBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CadreService.class)
public class CadreServiceImpl implements CadreService {
    private static final String IN_SUBTREE = " IN " + Subtree.CODES;
    private static final Map<String, String> ASSIGNMENT_SORT = Map.of("id", "a.id", "startDate", "a.startDate", "endDate", "a.endDate",
            "role", "a.role", "status", "a.status");

    private final CoreStore store;

    @Activate
    public CadreServiceImpl(@Reference CoreStore store) {
        this.store = store;
    }

    // ---- positions

    @Override
    public List<Position> positions(long memberId) {
        return store.tx().read(em -> {
            requireMember(em, memberId);
            List<Position> result = new ArrayList<>();
            em.createQuery("SELECT p FROM PositionEntity p WHERE p.memberId = :m ORDER BY p.startDate, p.id", PositionEntity.class)
                    .setParameter("m", memberId).getResultList().forEach(p -> result.add(positionOf(p)));
            return result;
        });
    }

    @Override
    public Position addPosition(long memberId, Position input) {
        PositionWriter.validate(input);
        return positionOf(store.tx().write(em -> {
            requireMember(em, memberId);
            checkPlace(em, input.jurisdictionCode(), input.organizationId());
            PositionEntity p = new PositionEntity();
            p.memberId = memberId;
            PositionWriter.copy(input, p);
            em.persist(p);
            return p;
        }));
    }

    @Override
    public Position updatePosition(long positionId, Position input) {
        PositionWriter.validate(input);
        return positionOf(store.tx().write(em -> {
            PositionEntity p = em.find(PositionEntity.class, positionId);
            if (p == null) {
                throw new NotFoundException("Position", positionId);
            }
            if (p.version != Validator.requiredVersion(input.version())) {
                throw new ConflictException("Position " + positionId + " is at version " + p.version + ", not " + input.version());
            }
            checkPlace(em, input.jurisdictionCode(), input.organizationId());
            PositionWriter.copy(input, p);
            return p;
        }));
    }

    @Override
    public Position position(long positionId) {
        return store.tx().read(em -> {
            PositionEntity p = em.find(PositionEntity.class, positionId);
            if (p == null) {
                throw new NotFoundException("Position", positionId);
            }
            return positionOf(p);
        });
    }

    @Override
    public Designation designation(long designationId) {
        return store.tx().read(em -> {
            DesignationEntity d = em.find(DesignationEntity.class, designationId);
            if (d == null) {
                throw new NotFoundException("Designation", designationId);
            }
            return designationOf(d);
        });
    }

    @Override
    public void deletePosition(long positionId) {
        store.tx().run(em -> {
            PositionEntity p = em.find(PositionEntity.class, positionId);
            if (p == null) {
                throw new NotFoundException("Position", positionId);
            }
            em.remove(p);
        });
    }

    static Position positionOf(PositionEntity p) {
        return new Position(p.id, p.memberId, p.unit, p.jurisdictionCode, p.organizationId, p.title, p.rank, p.level, p.startDate,
                p.endDate, p.version);
    }

    // ---- designations

    @Override
    public List<Designation> designations(long memberId) {
        return store.tx().read(em -> {
            requireMember(em, memberId);
            List<Designation> result = new ArrayList<>();
            em.createQuery("SELECT d FROM DesignationEntity d WHERE d.memberId = :m ORDER BY d.since, d.id", DesignationEntity.class)
                    .setParameter("m", memberId).getResultList().forEach(d -> result.add(designationOf(d)));
            return result;
        });
    }

    @Override
    public Designation addDesignation(long memberId, Designation input) {
        validate(input);
        return designationOf(store.tx().write(em -> {
            requireMember(em, memberId);
            long open = em
                    .createQuery("SELECT COUNT(d) FROM DesignationEntity d WHERE d.memberId = :m AND d.type = :t AND d.until IS NULL", Long.class)
                    .setParameter("m", memberId).setParameter("t", input.type()).getSingleResult();
            if (open > 0 && input.until() == null) {
                throw new ConflictException("Member " + memberId + " is already on the " + input.type() + " list");
            }
            return insertDesignation(em, memberId, input);
        }));
    }

    @Override
    public Designation updateDesignation(long designationId, Designation input) {
        validate(input);
        return designationOf(store.tx().write(em -> {
            DesignationEntity d = em.find(DesignationEntity.class, designationId);
            if (d == null) {
                throw new NotFoundException("Designation", designationId);
            }
            if (d.version != Validator.requiredVersion(input.version())) {
                throw new ConflictException("Designation " + designationId + " is at version " + d.version + ", not " + input.version());
            }
            d.type = input.type();
            d.since = input.since();
            d.until = input.until();
            d.note = input.note();
            return d;
        }));
    }

    @Override
    public Page<Designation> designated(String jurisdictionCode, DesignationType type, LocalDate on, PageRequest page) {
        LocalDate day = on == null ? LocalDate.now() : on;
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("DesignationEntity", "d")
                    .where("d.type = :type", "type", type)
                    .where("d.since <= :day", "day", day)
                    .where("(d.until IS NULL OR d.until >= :day2)", "day2", day);
            Subtree.memberIn(q, "d.memberId", jurisdictionCode);
            Page<DesignationEntity> rows = q.page(em, DesignationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)),
                    Map.of("id", "d.id", "since", "d.since"));
            List<Designation> items = new ArrayList<>();
            rows.items().forEach(d -> items.add(designationOf(d)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    private static void validate(Designation d) {
        Validator v = new Validator().require("type", d.type()).require("since", d.since()).maxLength("note", d.note(), 500);
        if (d.since() != null && d.until() != null) {
            v.check(!d.until().isBefore(d.since()), "until", "must not be before since");
        }
        v.throwIfInvalid();
    }

    static Designation designationOf(DesignationEntity d) {
        return new Designation(d.id, d.memberId, d.type, d.since, d.until, d.note, d.version);
    }

    // ---- tenure

    @Override
    public List<Tenure> tenures(String jurisdictionCode, PostLevel level, int years, LocalDate on) {
        new Validator().require("jurisdiction", jurisdictionCode).require("level", level)
                .check(years >= 1 && years <= 50, "years", "must be between 1 and 50").throwIfInvalid();
        LocalDate day = on == null ? LocalDate.now() : on;
        return store.tx().read(em -> {
            if (em.find(JurisdictionEntity.class, jurisdictionCode) == null) {
                throw new NotFoundException("Jurisdiction", jurisdictionCode);
            }
            List<PositionEntity> current = em.createQuery("SELECT p FROM PositionEntity p WHERE p.level = :level AND p.startDate <= :day "
                    + "AND (p.endDate IS NULL OR p.endDate >= :day) AND p.jurisdictionCode" + IN_SUBTREE, PositionEntity.class)
                    .setParameter("level", level).setParameter("day", day).setParameter("scope", jurisdictionCode).getResultList();
            Map<Long, String> names = new HashMap<>();
            List<Tenure> result = new ArrayList<>();
            for (PositionEntity p : current) {
                LocalDate since = continuousSince(em, p);
                long served = ChronoUnit.YEARS.between(since, day);
                if (served >= years) {
                    String name = names.computeIfAbsent(p.memberId, id -> em.find(MemberEntity.class, id).getName());
                    result.add(new Tenure(p.memberId, name, p.unit, p.jurisdictionCode, p.level, since, served));
                }
            }
            result.sort((a, b) -> Long.compare(b.years(), a.years()));
            return result;
        });
    }

    /**
     * Start of the unbroken run of posts at the same level in the same unit ending with {@code p}:
     * a reappointment (a new post record starting the day after, or overlapping) does not reset tenure.
     */
    private static LocalDate continuousSince(EntityManager em, PositionEntity p) {
        List<PositionEntity> earlier = em.createQuery("SELECT x FROM PositionEntity x WHERE x.memberId = :m AND x.unit = :u AND x.level = :l "
                + "AND x.startDate < :s ORDER BY x.startDate DESC", PositionEntity.class)
                .setParameter("m", p.memberId).setParameter("u", p.unit).setParameter("l", p.level).setParameter("s", p.startDate)
                .getResultList();
        LocalDate since = p.startDate;
        for (PositionEntity x : earlier) {
            if (x.endDate == null || !x.endDate.plusDays(1).isBefore(since)) {
                since = x.startDate.isBefore(since) ? x.startDate : since;
            } else {
                break;
            }
        }
        return since;
    }

    // ---- assignments

    @Override
    public Assignment assign(Assignment input) {
        validate(input);
        return assignmentOf(store.tx().write(em -> {
            requireMember(em, input.memberId());
            checkPlace(em, input.jurisdictionCode(), null);
            checkTarget(em, input);
            return insertAssignment(em, input);
        }));
    }

    /** Writes a checked assignment (also used by the demo data). */
    public static AssignmentEntity insertAssignment(EntityManager em, Assignment input) {
        AssignmentEntity a = new AssignmentEntity();
        copy(input, a);
        em.persist(a);
        return a;
    }

    /** Writes a checked designation (also used by the demo data). */
    public static DesignationEntity insertDesignation(EntityManager em, long memberId, Designation input) {
        DesignationEntity d = new DesignationEntity();
        d.memberId = memberId;
        d.type = input.type();
        d.since = input.since();
        d.until = input.until();
        d.note = input.note();
        em.persist(d);
        return d;
    }

    @Override
    public Assignment getAssignment(long id) {
        return store.tx().read(em -> assignmentOf(loadAssignment(em, id)));
    }

    @Override
    public Assignment updateAssignment(long id, Assignment input) {
        validate(input);
        return assignmentOf(store.tx().write(em -> {
            AssignmentEntity a = loadAssignment(em, id);
            if (a.version != Validator.requiredVersion(input.version())) {
                throw new ConflictException("Assignment " + id + " is at version " + a.version + ", not " + input.version());
            }
            if (a.memberId != input.memberId().longValue()) {
                throw new org.jiceng.common.ValidationException("memberId", "cannot change; end this assignment and create another");
            }
            checkPlace(em, input.jurisdictionCode(), null);
            checkTarget(em, input);
            copy(input, a);
            return a;
        }));
    }

    @Override
    public Page<Assignment> assignments(AssignmentQuery query, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("AssignmentEntity", "a")
                    .where("a.jurisdictionCode" + IN_SUBTREE, "scope", query.jurisdictionCode())
                    .where("a.memberId = :member", "member", query.memberId())
                    .where("a.role = :role", "role", query.role())
                    .where("a.targetType = :targetType", "targetType", query.targetType())
                    .where("a.target = :target", "target", query.target())
                    .where("a.status = :status", "status", query.status())
                    .where("a.module = :module", "module", query.module())
                    .where("a.startDate <= :activeOn", "activeOn", query.activeOn())
                    .where("(a.endDate IS NULL OR a.endDate >= :activeOn2)", "activeOn2", query.activeOn());
            Page<AssignmentEntity> rows = q.page(em, AssignmentEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)),
                    ASSIGNMENT_SORT);
            List<Assignment> items = new ArrayList<>();
            rows.items().forEach(a -> items.add(assignmentOf(a)));
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    private static AssignmentEntity loadAssignment(EntityManager em, long id) {
        AssignmentEntity a = em.find(AssignmentEntity.class, id);
        if (a == null) {
            throw new NotFoundException("Assignment", id);
        }
        return a;
    }

    private static void validate(Assignment a) {
        Validator v = new Validator().require("memberId", a.memberId()).require("targetType", a.targetType()).require("target", a.target())
                .maxLength("target", a.target(), 100).require("role", a.role()).maxLength("role", a.role(), 64)
                .require("jurisdictionCode", a.jurisdictionCode()).require("startDate", a.startDate())
                .require("dispatchingBody", a.dispatchingBody()).maxLength("dispatchingBody", a.dispatchingBody(), 200)
                .maxLength("note", a.note(), 500).maxLength("module", a.module(), 64);
        if (a.role() != null) {
            v.check(a.role().matches("[a-z][a-z0-9-]*"), "role", "must be lower-case words joined by hyphens, e.g. first-secretary");
        }
        if (a.startDate() != null && a.endDate() != null) {
            v.check(!a.endDate().isBefore(a.startDate()), "endDate", "must not be before startDate");
        }
        v.throwIfInvalid();
    }

    private static void checkTarget(EntityManager em, Assignment a) {
        switch (a.targetType()) {
            case ORGANIZATION :
                Long id;
                try {
                    id = Long.valueOf(a.target());
                } catch (NumberFormatException e) {
                    throw new org.jiceng.common.ValidationException("target", "must be an organization id");
                }
                if (em.find(OrganizationEntity.class, id) == null) {
                    throw new org.jiceng.common.ValidationException("target", "no organization " + id);
                }
                break;
            case JURISDICTION :
                if (em.find(JurisdictionEntity.class, a.target()) == null) {
                    throw new org.jiceng.common.ValidationException("target", "no jurisdiction '" + a.target() + "'");
                }
                break;
            default :
                break;
        }
    }

    private static void copy(Assignment in, AssignmentEntity a) {
        a.memberId = in.memberId();
        a.targetType = in.targetType();
        a.target = in.target().trim();
        a.role = in.role();
        a.jurisdictionCode = in.jurisdictionCode();
        a.startDate = in.startDate();
        a.endDate = in.endDate();
        a.dispatchingBody = in.dispatchingBody().trim();
        a.status = in.status() == null ? AssignmentStatus.ACTIVE : in.status();
        a.module = in.module();
        a.note = in.note();
    }

    static Assignment assignmentOf(AssignmentEntity a) {
        return new Assignment(a.id, a.memberId, a.targetType, a.target, a.role, a.jurisdictionCode, a.startDate, a.endDate,
                a.dispatchingBody, a.status, a.module, a.note, a.version);
    }

    // ---- shared checks

    private static void requireMember(EntityManager em, long memberId) {
        if (em.find(MemberEntity.class, memberId) == null) {
            throw new NotFoundException("Member", memberId);
        }
    }

    private static void checkPlace(EntityManager em, String jurisdictionCode, Long organizationId) {
        Validator v = new Validator();
        v.check(em.find(JurisdictionEntity.class, jurisdictionCode) != null, "jurisdictionCode", "no jurisdiction '" + jurisdictionCode + "'");
        if (organizationId != null) {
            v.check(em.find(OrganizationEntity.class, organizationId) != null, "organizationId", "no organization " + organizationId);
        }
        v.throwIfInvalid();
    }
}
