package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.common.Validator;
import org.jiceng.development.MembershipStatus;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A county's audit campaigns and who is in their scope. The scope is read from the core's member
 * records when the county asks for it (a member who joins the ranks or moves to a village later is
 * added by a second call, or one by one); a dossier keeps the member's name and organization as they
 * were when taken in, so the ledger reads as audited.
 */
@Component(service = Campaigns.class)
public class Campaigns {
    static final Set<String> SORTABLE = Set.of("id", "startsOn", "title", "status");
    private static final Map<String, String> SORT = Map.of("id", "c.id", "startsOn", "c.startsOn", "title", "c.title", "status", "c.status");
    /** An audit of dossiers began well after this; a date before it is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final Store store;
    private final MemberService members;
    private final OrganizationService organizations;

    @Activate
    public Campaigns(@Reference Store store, @Reference MemberService members, @Reference OrganizationService organizations) {
        this.store = store;
        this.members = members;
        this.organizations = organizations;
    }

    /** What taking the scope did. */
    public static class ScopeResult {
        public long campaignId;
        /** Dossiers added by this call. */
        public int added;
        /** Dossiers of the campaign after it. */
        public long inScope;
    }

    CampaignView open(String code, String title, LocalDate startsOn, LocalDate endsOn, Integer ageLimit, LocalDate today) {
        Validator v = new Validator().require("title", title).maxLength("title", title, 200).require("startsOn", startsOn).require("endsOn", endsOn)
                .range("ageLimit", ageLimit, 18, 100);
        if (startsOn != null) {
            v.check(!startsOn.isBefore(EARLIEST), "startsOn", "must be " + EARLIEST + " or later").check(!startsOn.isAfter(today.plusYears(1)),
                    "startsOn", "must be within a year from today");
        }
        if (startsOn != null && endsOn != null) {
            v.check(!endsOn.isBefore(startsOn), "endsOn", "must not precede startsOn");
        }
        v.throwIfInvalid();
        AuditRules.checkCounty(store.jurisdictions().get(code).level() == JurisdictionLevel.COUNTY);
        return store.tx().write(em -> {
            AuditRules.checkNoOtherOpen(!em.createQuery("SELECT c.id FROM CampaignEntity c WHERE c.countyCode = :c AND c.status = :s", Long.class)
                    .setParameter("c", code).setParameter("s", CampaignStatus.OPEN).getResultList().isEmpty());
            if (!em.createQuery("SELECT c.id FROM CampaignEntity c WHERE c.countyCode = :c AND c.title = :t", Long.class).setParameter("c", code)
                    .setParameter("t", title.trim()).getResultList().isEmpty()) {
                throw new ConflictException("The county has a campaign titled " + title.trim());
            }
            CampaignEntity c = new CampaignEntity();
            c.countyCode = code;
            c.title = title.trim();
            c.startsOn = startsOn;
            c.endsOn = endsOn;
            c.ageLimit = ageLimit == null ? AuditRules.AGE_LIMIT : ageLimit;
            c.openedBy = Store.caller();
            em.persist(c);
            em.flush();
            return c.toView();
        });
    }

    CampaignView get(String code, long id) {
        return store.tx().read(em -> load(em, code, id).toView());
    }

    Page<CampaignView> list(String code, CampaignStatus status, PageRequest page) {
        List<String> codes = store.subtreeCodes(code);
        return store.tx().read(em -> {
            Page<CampaignEntity> rows = new QueryBuilder("CampaignEntity", "c").where("c.countyCode IN :codes", "codes", codes)
                    .where("c.status = :status", "status", status)
                    .page(em, CampaignEntity.class, page.withDefaultOrder(new PageRequest.Order("id", false)), SORT);
            return new Page<>(rows.items().stream().map(CampaignEntity::toView).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    /** The campaign of the title in the county, or null. */
    CampaignView find(String county, String title) {
        return store.tx().read(em -> em.createQuery("SELECT c FROM CampaignEntity c WHERE c.countyCode = :c AND c.title = :t", CampaignEntity.class)
                .setParameter("c", county).setParameter("t", title).getResultList().stream().findFirst().map(CampaignEntity::toView).orElse(null));
    }

    /** Takes every member of the county in scope who has no dossier in the campaign yet. */
    ScopeResult takeScope(String code, long id) {
        CampaignView campaign = get(code, id);
        AuditRules.checkOpen(campaign.status);
        Map<Long, PartyOrganization> orgs = new HashMap<>();
        Pages.each("id", OrganizationService.SORTABLE, p -> organizations.find(OrganizationQuery.inJurisdiction(campaign.countyCode), p),
                o -> orgs.put(o.id(), o));
        MemberQuery query = new MemberQuery(campaign.countyCode, null, null, null, null, MembershipStatus.ACTIVE);
        List<Member> candidates = Pages.all("id", MemberService.SORTABLE, p -> members.find(query, p)).stream().filter(m -> {
            PartyOrganization o = orgs.get(m.organizationId());
            return o != null && AuditRules.inScope(m.stage(), m.membershipStatus(), o.field(), levelOf(o), m.birthDate(), campaign.ageLimit,
                    campaign.startsOn);
        }).toList();
        return store.tx().write(em -> {
            CampaignEntity c = load(em, code, id);
            AuditRules.checkOpen(c.status);
            Set<Long> taken = new HashSet<>(em.createQuery("SELECT d.memberId FROM DossierEntity d WHERE d.campaignId = :c", Long.class)
                    .setParameter("c", id).getResultList());
            ScopeResult r = new ScopeResult();
            r.campaignId = id;
            for (Member m : candidates) {
                if (taken.add(m.id())) {
                    em.persist(dossier(c, m, orgs.get(m.organizationId())));
                    r.added++;
                }
            }
            em.flush();
            r.inScope = taken.size();
            return r;
        });
    }

    /** Takes one member in scope, refused with the rule the member fails. */
    DossierView addMember(String code, long id, Long memberId) {
        new Validator().require("memberId", memberId).throwIfInvalid();
        CampaignView campaign = get(code, id);
        AuditRules.checkOpen(campaign.status);
        Member m = members.get(memberId);
        PartyOrganization o = organizations.get(m.organizationId());
        if (!store.within(o.jurisdictionCode(), campaign.countyCode)) {
            throw new org.jiceng.common.NotFoundException("Member", memberId);
        }
        AuditRules.checkInScope(m.name(), m.stage(), m.membershipStatus(), o.field(), levelOf(o), m.birthDate(), campaign.ageLimit,
                campaign.startsOn);
        return store.tx().write(em -> {
            CampaignEntity c = load(em, code, id);
            AuditRules.checkOpen(c.status);
            if (!em.createQuery("SELECT d.id FROM DossierEntity d WHERE d.campaignId = :c AND d.memberId = :m", Long.class).setParameter("c", id)
                    .setParameter("m", memberId).getResultList().isEmpty()) {
                throw new ConflictException("Member " + memberId + " is in the campaign's scope already");
            }
            DossierEntity d = dossier(c, m, o);
            em.persist(d);
            em.flush();
            return d.toView();
        });
    }

    /** Closes a campaign whose dossiers are all audited and passed. */
    CampaignView close(String code, long id, Long version, LocalDate today) {
        new Validator().require("version", version).throwIfInvalid();
        return store.tx().write(em -> {
            CampaignEntity c = load(em, code, id);
            ConflictException.requireVersion("Campaign", id, c.version, version);
            AuditRules.checkOpen(c.status);
            AuditRules.checkClosable(count(em, id, DossierStatus.PENDING), count(em, id, DossierStatus.FINDINGS));
            c.status = CampaignStatus.CLOSED;
            c.closedOn = today;
            c.closedBy = Store.caller();
            em.flush();
            return c.toView();
        });
    }

    private static long count(EntityManager em, long campaign, DossierStatus status) {
        return em.createQuery("SELECT COUNT(d) FROM DossierEntity d WHERE d.campaignId = :c AND d.status = :s", Long.class)
                .setParameter("c", campaign).setParameter("s", status).getSingleResult();
    }

    private DossierEntity dossier(CampaignEntity c, Member m, PartyOrganization o) {
        DossierEntity d = new DossierEntity();
        d.campaignId = c.id;
        d.memberId = m.id();
        d.memberName = m.name();
        d.birthDate = m.birthDate();
        d.organizationId = o.id();
        d.organizationName = o.name();
        d.jurisdictionCode = o.jurisdictionCode();
        d.townshipCode = store.townshipOf(o.jurisdictionCode());
        return d;
    }

    private JurisdictionLevel levelOf(PartyOrganization o) {
        return store.jurisdictions().get(o.jurisdictionCode()).level();
    }

    CampaignEntity load(EntityManager em, String code, long id) {
        return store.find(em, CampaignEntity.class, id, "Campaign", code, c -> c.countyCode);
    }
}
