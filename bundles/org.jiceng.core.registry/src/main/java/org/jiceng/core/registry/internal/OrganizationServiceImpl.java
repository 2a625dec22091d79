package org.jiceng.core.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.jiceng.common.ConflictException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Validator;
import org.jiceng.core.registry.internal.references.ReferenceGuard;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.jiceng.registry.RecordReferences.ReferencedRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganizationService.class)
public class OrganizationServiceImpl implements OrganizationService {
    private static final Map<String, String> SORT = Map.of("id", "o.id", "name", "o.name", "type", "o.type", "field", "o.field",
            "status", "o.status", "starRating", "o.starRating", "termEnd", "o.termEnd", "jurisdictionCode", "o.jurisdictionCode");
    /** The sorts a cursor can follow: never-null columns (a star rating and a term end may be empty). */
    private static final Set<String> KEYSET = Set.of("name", "type", "field", "status", "jurisdictionCode");

    /** Ids bound to one IN list by {@link #getAll}. */
    private static final int IDS_PER_QUERY = 1_000;

    /** JPQL condition: the row's jurisdiction lies in the subtree of {@code :scope}. */
    static final String IN_SUBTREE = "IN " + Subtree.CODES;

    private final CoreStore store;
    private final ReferenceGuard references;

    @Activate
    public OrganizationServiceImpl(@Reference CoreStore store, @Reference ReferenceGuard references) {
        this.store = store;
        this.references = references;
    }

    @Override
    public PartyOrganization get(long id) {
        return store.tx().read(em -> load(em, id).toDto());
    }

    @Override
    public Map<Long, PartyOrganization> getAll(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        return store.tx().read(em -> {
            Map<Long, PartyOrganization> found = new HashMap<>();
            // in slices: a list bound to IN is one parameter per id, and databases cap a statement's parameters
            for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
                List<Long> slice = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY));
                for (OrganizationEntity o : em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.id IN :ids", OrganizationEntity.class)
                        .setParameter("ids", slice).getResultList()) {
                    found.put(o.getId(), o.toDto());
                }
            }
            return found;
        });
    }

    @Override
    public PartyOrganization getWithin(long id, String jurisdictionCode) {
        return store.tx().read(em -> {
            if (jurisdictionCode == null || !Subtree.holds(em, jurisdictionCode, id)) {
                throw new NotFoundException("Organization " + id + " not found in jurisdiction '" + jurisdictionCode + "'");
            }
            return em.find(OrganizationEntity.class, id).toDto();
        });
    }

    @Override
    public Page<PartyOrganization> find(OrganizationQuery query, PageRequest page) {
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("OrganizationEntity", "o")
                    .where("o.jurisdictionCode " + IN_SUBTREE, "scope", query.jurisdictionCode())
                    .where("o.field = :field", "field", query.field())
                    .where("o.status = :status", "status", query.status())
                    .where("o.type = :type", "type", query.type())
                    .where("o.parentId = :parent", "parent", query.parentId())
                    .where("o.termEnd <= :termEndsBefore", "termEndsBefore", query.termEndsBefore())
                    .contains("o.name", "name", query.nameContains());
            if (page.after() == null && wholeSubtree(query)) {
                q.knownTotal(JurisdictionTally.organizations(em, query.jurisdictionCode()));
            }
            Page<OrganizationEntity> rows = q.pageWithCursor(em, OrganizationEntity.class, page.withDefaultOrder(new PageRequest.Order("id", true)),
                    SORT, KEYSET);
            List<PartyOrganization> items = new ArrayList<>();
            rows.items().forEach(e -> items.add(e.toDto()));
            return new Page<>(items, rows.page(), rows.size(), rows.total(), rows.next());
        });
    }

    /** Whether the query asks for every organization of its jurisdiction's subtree, whose number is kept (see {@link JurisdictionTally}). */
    private static boolean wholeSubtree(OrganizationQuery query) {
        return query.field() == null && query.status() == null && query.type() == null && query.parentId() == null && query.termEndsBefore() == null
                && (query.nameContains() == null || query.nameContains().isBlank());
    }

    @Override
    public PartyOrganization create(PartyOrganization input) {
        validate(input);
        return store.tx().write(em -> {
            checkReferences(em, input, null);
            OrganizationEntity e = new OrganizationEntity();
            e.apply(input);
            if (e.getStatus() == null) {
                e.setStatus(OrganizationStatus.NORMAL);
            }
            e.setName(e.getName().trim());
            em.persist(e);
            JurisdictionTally.organization(em, e.getJurisdictionCode(), 1);
            return e;
        }).toDto();
    }

    @Override
    public PartyOrganization update(long id, PartyOrganization input) {
        validate(input);
        return store.tx().write(em -> {
            OrganizationEntity e = load(em, id);
            ConflictException.requireVersion("Organization", id, e.getVersion(), input.version());
            checkReferences(em, input, e);
            String jurisdictionBefore = e.getJurisdictionCode();
            e.apply(input);
            JurisdictionTally.organizationMoved(em, id, jurisdictionBefore, e.getJurisdictionCode());
            MemberCounties.organizationMoved(em, id, jurisdictionBefore, e.getJurisdictionCode());
            if (e.getStatus() == null) {
                e.setStatus(OrganizationStatus.NORMAL);
            }
            return e;
        }).toDto();
    }

    @Override
    public void delete(long id) {
        store.tx().run(em -> {
            OrganizationEntity e = load(em, id);
            references.refuseIfReferenced(ReferencedRecord.ORGANIZATION, id, "Organization " + id + " is still referred to by", "");
            em.remove(e);
            JurisdictionTally.organization(em, e.getJurisdictionCode(), -1);
        });
    }

    @Override
    public long count() {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o", Long.class).getSingleResult());
    }

    static OrganizationEntity load(EntityManager em, long id) {
        OrganizationEntity e = em.find(OrganizationEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Organization", id);
        }
        return e;
    }

    private static void validate(PartyOrganization o) {
        Validator v = new Validator()
                .require("name", o.name())
                .maxLength("name", o.name(), 200)
                .require("type", o.type())
                .require("field", o.field())
                .require("jurisdictionCode", o.jurisdictionCode())
                .range("starRating", o.starRating(), 1, 5);
        if (o.termStart() != null && o.termEnd() != null) {
            v.check(o.termEnd().isAfter(o.termStart()), "termEnd", "must be after termStart");
        }
        v.throwIfInvalid();
    }

    /**
     * Refuses a jurisdiction or a parent that does not exist, or a parent that would close a cycle. A reference an
     * update leaves as it was stored is not looked up again: the foreign keys keep it existing, and an unchanged
     * parent cannot close a cycle in a tree that has none — so the most frequent update, a rename, reads no row
     * beyond its own (one statement fewer per write).
     */
    private static void checkReferences(EntityManager em, PartyOrganization o, OrganizationEntity stored) {
        Validator v = new Validator();
        if (stored == null || !o.jurisdictionCode().equals(stored.getJurisdictionCode())) {
            v.check(em.find(JurisdictionEntity.class, o.jurisdictionCode()) != null, "jurisdictionCode",
                    "no jurisdiction '" + o.jurisdictionCode() + "'");
        }
        Long selfId = stored == null ? null : stored.getId();
        if (o.parentId() != null && (stored == null || !o.parentId().equals(stored.getParentId()))) {
            Set<Long> seen = new HashSet<>();
            Long cursor = o.parentId();
            boolean exists = em.find(OrganizationEntity.class, cursor) != null;
            v.check(exists, "parentId", "no organization " + o.parentId());
            while (exists && cursor != null && seen.add(cursor)) {
                if (cursor.equals(selfId)) {
                    v.check(false, "parentId", "would make the organization its own ancestor");
                    break;
                }
                OrganizationEntity parent = em.find(OrganizationEntity.class, cursor);
                cursor = parent == null ? null : parent.getParentId();
            }
        }
        v.throwIfInvalid();
    }
}
