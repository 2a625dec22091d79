package org.jiceng.module.xiajiang.threemembers.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.checklist.Answer;
import org.jiceng.checklist.ChecklistService;
import org.jiceng.checklist.Evaluation;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Which organizations and domains need which member in a year: derived from the core registry
 * (weak organ branches, two-new organizations, the seven domains), editable by hand, and rated
 * before and after (stars, "six goods").
 */
@Component(service = Targets.class, configurationPid = Store.PID)
@Designate(ocd = Targets.Config.class)
public class Targets {
    static final Set<String> SORTABLE = Set.of("id", "name", "role", "domain", "starsBefore", "starsAfter", "jurisdictionCode");
    private static final Map<String, String> SORT = Map.of("id", "t.id", "name", "t.name", "role", "t.role", "domain", "t.domain",
            "starsBefore", "t.starsBefore", "starsAfter", "t.starsAfter", "jurisdictionCode", "t.jurisdictionCode");

    @ObjectClassDefinition(name = "Jiceng xiajiang-three-members", description = "基层党建\"三员\"共建")
    public @interface Config {
        @AttributeDefinition(description = "Two-new organizations rated at most this many stars get an instructor (backward and weak ones always do).", min = "0", max = "5")
        int instructorMaxStars() default 3;

        @AttributeDefinition(description = "Days after the end of a month until its supervision record is overdue.", min = "0", max = "31")
        int supervisionGraceDays() default 5;
    }

    private final Store store;
    private final OrganizationService organizations;
    private final ChecklistService checklists;
    private volatile int instructorMaxStars;

    @Activate
    public Targets(@Reference Store store, @Reference OrganizationService organizations, @Reference ChecklistService checklists,
            Config config) {
        this.store = store;
        this.organizations = organizations;
        this.checklists = checklists;
        checklists.define(Vocabulary.sixGoods());
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.instructorMaxStars = config.instructorMaxStars();
    }

    /** Result of a derivation: targets created now and the year's targets per role. */
    public record Derivation(String jurisdictionCode, int year, int created, Map<MemberRole, Long> targets) {
    }

    /** Creates the year's targets the registry calls for that do not exist yet; existing ones (and hand edits) are kept. */
    public Derivation derive(String code, int year) {
        Set<String> countyLevel = new HashSet<>();
        store.jurisdictions().subtreeList(code, JurisdictionLevel.COUNTY).forEach(j -> countyLevel.add(j.code()));
        List<PartyOrganization> needing = new ArrayList<>();
        OrganizationQuery q = OrganizationQuery.inJurisdiction(code);
        Pages.each("id", OrganizationService.SORTABLE, page -> organizations.find(q, page), o -> {
            if (Rules.roleFor(o, countyLevel.contains(o.jurisdictionCode()), instructorMaxStars).isPresent()) {
                needing.add(o);
            }
        });
        int created = store.tx().write(em -> {
            Set<String> existing = new HashSet<>(em.createQuery("SELECT t.targetKey FROM TargetEntity t WHERE t.workYear = :y", String.class)
                    .setParameter("y", year).getResultList());
            int n = 0;
            for (PartyOrganization o : needing) {
                if (existing.add(TargetEntity.orgKey(o.id()))) {
                    em.persist(organizationTarget(o, Rules.roleFor(o, countyLevel.contains(o.jurisdictionCode()), instructorMaxStars).get(),
                            year, "DERIVED", null));
                    n++;
                }
            }
            if (!countyLevel.isEmpty() || store.jurisdictions().get(code).level() == JurisdictionLevel.COUNTY) {
                for (SectorDomain d : SectorDomain.values()) {
                    if (existing.add(TargetEntity.domainKey(d))) {
                        em.persist(domainTarget(d, code, year, "DERIVED", null));
                        n++;
                    }
                }
            }
            return n;
        });
        return new Derivation(code, year, created, countsPerRole(code, year));
    }

    Map<MemberRole, Long> countsPerRole(String code, int year) {
        List<String> codes = store.subtreeCodes(code);
        Map<MemberRole, Long> counts = new EnumMap<>(MemberRole.class);
        for (MemberRole r : MemberRole.values()) {
            counts.put(r, 0L);
        }
        store.tx().read(em -> {
            for (Object[] row : em.createQuery("SELECT t.role, COUNT(t) FROM TargetEntity t WHERE t.workYear = :y AND t.withdrawn = FALSE"
                    + " AND t.jurisdictionCode IN :codes GROUP BY t.role", Object[].class).setParameter("y", year).setParameter("codes", codes)
                    .getResultList()) {
                counts.put((MemberRole) row[0], (Long) row[1]);
            }
            return null;
        });
        return counts;
    }

    static TargetEntity organizationTarget(PartyOrganization o, MemberRole role, int year, String source, String note) {
        TargetEntity t = new TargetEntity();
        t.workYear = year;
        t.role = role;
        t.targetKey = TargetEntity.orgKey(o.id());
        t.organizationId = o.id();
        t.domain = Rules.domainOf(o);
        t.name = o.name();
        t.jurisdictionCode = o.jurisdictionCode();
        t.source = source;
        t.starsBefore = o.starRating();
        t.note = note;
        return t;
    }

    static TargetEntity domainTarget(SectorDomain d, String code, int year, String source, String note) {
        TargetEntity t = new TargetEntity();
        t.workYear = year;
        t.role = MemberRole.SUPERVISOR;
        t.targetKey = TargetEntity.domainKey(d);
        t.domain = d;
        t.name = d.zh() + "领域";
        t.jurisdictionCode = code;
        t.source = source;
        t.note = note;
        return t;
    }

    /** Adds a target by hand: an organization of the subtree for a commissioner or an instructor, a domain for a supervisor. */
    public TargetView add(String code, Integer year, MemberRole role, Long organizationId, SectorDomain domain, String note) {
        int y = Store.year(year, "year");
        new Validator().require("role", role).maxLength("note", note, 1000).throwIfInvalid();
        TargetEntity t;
        if (role == MemberRole.SUPERVISOR) {
            if (domain == null) {
                throw new ValidationException("domain", "is required for a supervisor's target");
            }
            store.jurisdictions().get(code);
            t = domainTarget(domain, code, y, "MANUAL", note);
        } else {
            t = organizationTarget(store.organizationIn(code, organizationId, "organizationId"), role, y, "MANUAL", note);
            if (domain != null) {
                t.domain = domain;
            }
        }
        return store.tx().write(em -> {
            if (!em.createQuery("SELECT t.id FROM TargetEntity t WHERE t.workYear = :y AND t.targetKey = :k", Long.class).setParameter("y", y)
                    .setParameter("k", t.targetKey).getResultList().isEmpty()) {
                throw new ConflictException("'" + t.name + "' is already a target in " + y);
            }
            em.persist(t);
            return t;
        }).toView();
    }

    /** Changes the domain or note of a target, or withdraws it (refused while someone is on post there). */
    public TargetView update(String code, long id, SectorDomain domain, Boolean withdrawn, String note, Long version) {
        long v = org.jiceng.common.Validator.requiredVersion(version);
        new Validator().maxLength("note", note, 1000).throwIfInvalid();
        return store.tx().write(em -> {
            TargetEntity t = load(em, code, id, v);
            if (Boolean.TRUE.equals(withdrawn) && !t.withdrawn && activeDispatches(em, t.id) > 0) {
                throw new RuleViolationException(Rules.RULE_TARGET_STAFFED, "Target " + id + " has a member on post: recall the dispatch first");
            }
            if (domain != null) {
                t.domain = domain;
            }
            if (withdrawn != null) {
                t.withdrawn = withdrawn;
            }
            t.note = note;
            return t;
        }).toView();
    }

    static long activeDispatches(EntityManager em, long targetId) {
        return em.createQuery("SELECT COUNT(d) FROM DispatchEntity d WHERE d.targetId = :t AND d.status = :s", Long.class)
                .setParameter("t", targetId).setParameter("s", DispatchStatus.ACTIVE).getSingleResult();
    }

    public TargetView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id, null).toView());
    }

    public Page<TargetView> list(String code, int year, MemberRole role, SectorDomain domain, Boolean upgraded, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("TargetEntity", "t").where("t.workYear = :y", "y", year)
                    .where("t.jurisdictionCode IN :codes", "codes", codes)
                    .where("t.withdrawn = FALSE");
            if (role != null) {
                q.where("t.role = :role", "role", role);
            }
            if (domain != null) {
                q.where("t.domain = :domain", "domain", domain);
            }
            if (Boolean.TRUE.equals(upgraded)) {
                q.where("t.starsAfter > t.starsBefore");
            }
            Page<TargetEntity> rows = q.page(em, TargetEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(rows.items().stream().map(TargetEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** Records the stars after the year; the core registry's star rating of the organization follows. */
    public TargetView rate(String code, long id, Integer starsAfter, Long version) {
        long v = org.jiceng.common.Validator.requiredVersion(version);
        new Validator().require("starsAfter", starsAfter).range("starsAfter", starsAfter, 1, 5).throwIfInvalid();
        TargetEntity current = store.tx().read(em -> load(em, code, id, v));
        if (current.organizationId == null) {
            throw new RuleViolationException(Rules.RULE_ROLE_MATCH, "Target " + id + " is a sector domain: only branches are rated in stars");
        }
        TargetView rated = store.tx().write(em -> {
            TargetEntity t = load(em, code, id, v);
            t.starsAfter = starsAfter;
            return t;
        }).toView();
        PartyOrganization o = organizations.get(current.organizationId);
        if (!starsAfter.equals(o.starRating())) {
            organizations.update(o.id(), o.toBuilder().starRating(starsAfter).build());
        }
        return rated;
    }

    /** Evaluates the target branch against the "six goods" set (core checklist engine); passing makes it a six-goods branch. */
    public TargetView evaluateSixGoods(String code, long id, String evaluatorUnit, List<Answer> answers) {
        TargetEntity t = store.tx().read(em -> load(em, code, id, null));
        if (t.organizationId == null) {
            throw new RuleViolationException(Rules.RULE_ROLE_MATCH, "Target " + id + " is a sector domain: only branches become \"six goods\"");
        }
        new Validator().require("answers", answers).maxLength("evaluatorUnit", evaluatorUnit, 200).throwIfInvalid();
        Evaluation started = checklists.start(Vocabulary.SIX_GOODS_KEY, new Evaluation(null, Vocabulary.SIX_GOODS_KEY, null, "ORGANIZATION",
                String.valueOf(t.organizationId), t.jurisdictionCode, Store.caller(), evaluatorUnit == null ? Store.COUNTY_OFFICE : evaluatorUnit,
                code, false, null, answers, null, null, null, null, null, null));
        Evaluation submitted = checklists.submit(started.id(), started.version());
        return store.tx().write(em -> {
            TargetEntity fresh = load(em, code, id, null);
            fresh.sixGoods = Boolean.TRUE.equals(submitted.passed());
            fresh.sixGoodsEvaluationId = submitted.id();
            return fresh;
        }).toView();
    }

    TargetEntity load(EntityManager em, String code, long id, Long version) {
        TargetEntity t = em.find(TargetEntity.class, id);
        if (t == null || !store.within(t.jurisdictionCode, code)) {
            throw new NotFoundException("Target", id);
        }
        if (version != null && t.version != version) {
            throw new ConflictException("Target " + id + " is at version " + t.version + ", not " + version);
        }
        return t;
    }
}
