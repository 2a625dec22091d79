package org.jiceng.module.xingning.leaderlinkage.internal;

import java.util.Set;
import java.util.TreeSet;

import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the registry says about the towns and villages: where they lie, and which villages are weak and lax — a village
 * whose Party organization the registry marks {@link OrganizationStatus#WEAK_LAX} (软弱涣散), read as it is now, so a
 * village rectified and marked normal again stops counting as weak.
 */
@Component(service = Places.class)
public class Places {
    private final JurisdictionService jurisdictions;
    private final OrganizationService organizations;

    @Activate
    public Places(@Reference JurisdictionService jurisdictions, @Reference OrganizationService organizations) {
        this.jurisdictions = jurisdictions;
        this.organizations = organizations;
    }

    Jurisdiction get(String code) {
        return jurisdictions.get(code);
    }

    boolean within(String code, String ancestor) {
        return jurisdictions.isWithin(code, ancestor);
    }

    /** The township the code lies in (itself for a township), else the code itself. */
    String townshipOf(String code) {
        return jurisdictions.ancestorAt(code, JurisdictionLevel.TOWNSHIP).map(Jurisdiction::code).orElse(code);
    }

    String name(String code) {
        return jurisdictions.nameOf(code);
    }

    /** True when a Party organization of the village is marked weak and lax. */
    boolean weak(String villageCode) {
        return organizations.find(weakIn(villageCode), PageRequest.first(1)).total() > 0;
    }

    /** The villages of the subtree whose Party organization is marked weak and lax. */
    Set<String> weakVillages(String code) {
        Set<String> villages = new TreeSet<>();
        for (Jurisdiction v : jurisdictions.subtreeList(code, JurisdictionLevel.VILLAGE)) {
            villages.add(v.code());
        }
        Set<String> weak = new TreeSet<>();
        for (PartyOrganization o : Pages.all("id", OrganizationService.SORTABLE, page -> organizations.find(weakIn(code), page))) {
            if (villages.contains(o.jurisdictionCode())) {
                weak.add(o.jurisdictionCode());
            }
        }
        return weak;
    }

    private static OrganizationQuery weakIn(String code) {
        return new OrganizationQuery(code, null, OrganizationStatus.WEAK_LAX, null, null, null, null);
    }
}
