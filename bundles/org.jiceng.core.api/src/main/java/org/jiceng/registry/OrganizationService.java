package org.jiceng.registry;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Party organizations: queries by jurisdiction subtree and attributes, and edits with optimistic locking. */
@ProviderType
public interface OrganizationService {

    Set<String> SORTABLE = Set.of("id", "name", "type", "field", "status", "starRating", "termEnd", "jurisdictionCode");

    /** @throws org.jiceng.common.NotFoundException when there is no such id */
    PartyOrganization get(long id);

    /**
     * An organization of the jurisdiction's subtree. One elsewhere is reported exactly like a
     * missing one, so a caller scoped to a county learns nothing about other counties.
     *
     * @throws org.jiceng.common.NotFoundException when it does not exist or lies outside the subtree
     */
    PartyOrganization getWithin(long id, String jurisdictionCode);

    /**
     * The organizations of these ids, read together (an export resolves a page's organizations in one
     * query rather than one each); an id with no organization is left out of the answer.
     *
     * @since 2.3
     */
    Map<Long, PartyOrganization> getAll(Collection<Long> ids);

    Page<PartyOrganization> find(OrganizationQuery query, PageRequest page);

    PartyOrganization create(PartyOrganization organization);

    /** @throws org.jiceng.common.ConflictException when {@code organization.version} is stale */
    PartyOrganization update(long id, PartyOrganization organization);

    /** @throws org.jiceng.common.ConflictException while members or child organizations refer to it */
    void delete(long id);

    long count();
}
