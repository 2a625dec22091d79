package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The city leaders registered for the linkage (市领导): the core's members with the post that makes them city leaders. */
@Component(service = Leaders.class)
public class Leaders {
    static final Set<String> SORTABLE = Set.of("id", "name", "registeredOn");
    private static final Map<String, String> SORT = Map.of("id", "l.id", "name", "l.memberName", "registeredOn", "l.registeredOn");

    private final Store store;
    private final MemberService members;
    private final OrganizationService organizations;
    private final CadreService cadres;
    private final Places places;
    private final Links links;

    @Activate
    public Leaders(@Reference Store store, @Reference MemberService members, @Reference OrganizationService organizations,
            @Reference CadreService cadres, @Reference Places places, @Reference Links links) {
        this.store = store;
        this.members = members;
        this.organizations = organizations;
        this.cadres = cadres;
        this.places = places;
        this.links = links;
    }

    /** Body of POST /leaders. */
    public static class NewLeader {
        public Long memberId;
        /** The core post (GET /cadres/{memberId}/positions) that makes the member a city leader. */
        public Long positionId;
        public LocalDate registeredOn;
    }

    /** Body of PUT /leaders/{leaderId}/departure. */
    public static class Departure {
        public LocalDate leftOn;
        public Long version;
    }

    /** Registers a member of the city holding a current division-rank post there; 422 leader-not-city-level, leader-already-registered. */
    public LeaderView register(String code, NewLeader in) {
        LocalDate today = store.today();
        new Validator().require("memberId", in.memberId).require("positionId", in.positionId)
                .check(in.registeredOn == null || !in.registeredOn.isAfter(today), "registeredOn", "must not be in the future").throwIfInvalid();
        String county = store.countyWriting(code);
        Member member = memberOfCity(in.memberId, county);
        LocalDate on = in.registeredOn == null ? today : in.registeredOn;
        Position post = cadres.position(in.positionId);
        LinkageRules.requireCityLeaderPost(in.memberId, post, places.within(post.jurisdictionCode(), county), on);
        LeaderEntity created;
        try {
            created = store.tx().write(em -> {
                requireUnregistered(em, county, member);
                LeaderEntity l = new LeaderEntity();
                l.countyCode = county;
                l.memberId = in.memberId;
                l.memberName = member.name();
                l.positionId = in.positionId;
                l.postTitle = post.title();
                l.postUnit = post.unit();
                l.registeredOn = on;
                l.registeredBy = Store.caller();
                em.persist(l);
                return l;
            });
        } catch (PersistenceException | ConflictException e) {
            // registered meanwhile by another request (the unique key): the rule says so
            store.tx().read(em -> requireUnregistered(em, county, member));
            throw e;
        }
        return withLinks(created.toView(), null);
    }

    private static Void requireUnregistered(EntityManager em, String county, Member member) {
        long taken = em.createQuery("SELECT COUNT(l) FROM LeaderEntity l WHERE l.countyCode = :c AND l.memberId = :m", Long.class)
                .setParameter("c", county).setParameter("m", member.id()).getSingleResult();
        if (taken > 0) {
            throw new RuleViolationException(LinkageRules.RULE_LEADER_REGISTERED, member.name() + " is registered as a city leader already");
        }
        return null;
    }

    /** Records that the leader left (transferred, retired): kept with the links of the years served. */
    public LeaderView leave(String code, long id, Departure in) {
        long expected = Validator.requiredVersion(in.version);
        new Validator().require("leftOn", in.leftOn)
                .check(in.leftOn == null || !in.leftOn.isAfter(store.today()), "leftOn", "must not be in the future")
                .throwIfInvalid();
        LeaderEntity left = store.tx().write(em -> {
            LeaderEntity l = load(em, code, id);
            ConflictException.requireVersion("Leader", id, l.version, expected);
            if (in.leftOn.isBefore(l.registeredOn)) {
                throw new ValidationException("leftOn", "must not be before the leader was registered (" + l.registeredOn + ")");
            }
            l.leftOn = in.leftOn;
            return l;
        });
        return withLinks(left.toView(), null);
    }

    /** A leader with the links of {@code year} (without one, of every year). */
    public LeaderView get(String code, long id, Integer year) {
        LeaderView v = store.tx().read(em -> load(em, code, id).toView());
        return withLinks(v, year);
    }

    /** The leaders of the cities in the subtree; {@code serving} true leaves out those who left, false keeps only them. */
    public Page<LeaderView> list(String code, Boolean serving, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        Page<LeaderView> rows = store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("LeaderEntity", "l").where("l.countyCode IN :c", "c", codes);
            if (serving != null) {
                q.where(serving ? "l.leftOn IS NULL" : "l.leftOn IS NOT NULL");
            }
            Page<LeaderEntity> found = q.page(em, LeaderEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)), SORT);
            return new Page<>(found.items().stream().map(LeaderEntity::toView).toList(), found.page(), found.size(), found.total());
        });
        return rows;
    }

    LeaderEntity load(EntityManager em, String code, long id) {
        return store.find(em, LeaderEntity.class, id, "Leader", code, l -> l.countyCode);
    }

    private LeaderView withLinks(LeaderView v, Integer year) {
        v.links = links.ofLeader(v.id, year);
        return v;
    }

    /** The member, if their organization lies in the city; one elsewhere is reported like a missing one. */
    private Member memberOfCity(long memberId, String county) {
        try {
            Member m = members.get(memberId);
            organizations.getWithin(m.organizationId(), county);
            return m;
        } catch (NotFoundException e) {
            throw new NotFoundException("Member", memberId);
        }
    }
}
