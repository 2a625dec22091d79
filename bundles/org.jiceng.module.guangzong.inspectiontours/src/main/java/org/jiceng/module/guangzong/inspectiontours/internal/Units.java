package org.jiceng.module.guangzong.inspectiontours.internal;

import java.util.List;
import java.util.Set;

import org.jiceng.common.NotFoundException;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The units the county inspects, as the registry knows them: a township (its Party committee) or a
 * village by its jurisdiction, a county organ or a two-new organization by its Party organization.
 */
@Component(service = Units.class)
public class Units {
    private static final Set<OrganizationField> ORGANS = Set.of(OrganizationField.ORGAN, OrganizationField.PUBLIC_INSTITUTION);
    private static final Set<OrganizationField> TWO_NEW = Set.of(OrganizationField.NON_PUBLIC_ENTERPRISE, OrganizationField.SOCIAL_ORGANIZATION);

    private final Store store;
    private final OrganizationService organizations;

    @Activate
    public Units(@Reference Store store, @Reference OrganizationService organizations) {
        this.store = store;
        this.organizations = organizations;
    }

    /** A unit resolved: where it is, its name, its Party organization where the registry has one, and its key across rounds. */
    record Unit(UnitKind kind, String jurisdictionCode, String name, Long organizationId, String key) {
    }

    /**
     * The unit of a kind in the county {@code county}: for a township or a village its
     * {@code jurisdictionCode} (its Party organization found there, or the one named); for an organ
     * or a two-new organization its {@code organizationId}, of the field the kind requires.
     */
    Unit resolve(String county, UnitKind kind, String jurisdictionCode, Long organizationId) {
        if (kind == UnitKind.TOWNSHIP_COMMITTEE || kind == UnitKind.VILLAGE) {
            if (jurisdictionCode == null || jurisdictionCode.isBlank()) {
                throw new ValidationException("jurisdictionCode", "is required for a " + kind.zh());
            }
            JurisdictionLevel level = kind == UnitKind.VILLAGE ? JurisdictionLevel.VILLAGE : JurisdictionLevel.TOWNSHIP;
            Jurisdiction j = store.jurisdictions().find(jurisdictionCode.trim()).orElse(null);
            if (j == null || !store.within(j.code(), county) || j.level() != level) {
                throw new ValidationException("jurisdictionCode", "must be a " + level.name().toLowerCase() + " of " + county);
            }
            Long org = organizationId != null ? organization(county, organizationId).id() : partyOrganizationAt(j.code(), kind);
            String name = kind == UnitKind.TOWNSHIP_COMMITTEE ? j.name() + "党委" : j.name();
            return new Unit(kind, j.code(), name, org, key(kind, j.code(), null));
        }
        if (organizationId == null) {
            throw new ValidationException("organizationId", "is required for a " + kind.zh());
        }
        PartyOrganization o = organization(county, organizationId);
        if (!(kind == UnitKind.COUNTY_ORGAN ? ORGANS : TWO_NEW).contains(o.field())) {
            throw new ValidationException("organizationId", o.name() + " is of the field " + o.field() + ", not a " + kind.zh());
        }
        return new Unit(kind, o.jurisdictionCode(), o.name(), o.id(), key(kind, null, o.id()));
    }

    /** Who a unit is across rounds: a township or village by its code, an organ or two-new organization by its Party organization. */
    static String key(UnitKind kind, String jurisdictionCode, Long organizationId) {
        return kind.name() + ":" + (jurisdictionCode != null ? "J" + jurisdictionCode : "O" + organizationId);
    }

    private PartyOrganization organization(String county, long id) {
        try {
            return organizations.getWithin(id, county);
        } catch (NotFoundException e) {
            throw new ValidationException("organizationId", "no Party organization " + id + " in " + county);
        }
    }

    /** The township's committee or the village's organization registered at exactly that place, if there is one. */
    private Long partyOrganizationAt(String code, UnitKind kind) {
        List<PartyOrganization> there = organizations.find(OrganizationQuery.inJurisdiction(code), PageRequest.first(50)).items();
        return there.stream().filter(o -> o.jurisdictionCode().equals(code))
                .filter(o -> kind == UnitKind.VILLAGE
                        ? o.field() == OrganizationField.RURAL || o.field() == OrganizationField.COMMUNITY
                        : o.type() == OrganizationType.COMMITTEE)
                .map(PartyOrganization::id).findFirst().orElse(null);
    }
}
