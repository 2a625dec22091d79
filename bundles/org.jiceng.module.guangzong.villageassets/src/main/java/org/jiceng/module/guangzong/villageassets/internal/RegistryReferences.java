package org.jiceng.module.guangzong.villageassets.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry records: a venue names its village's Party organization. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of(), Map.of("SELECT COUNT(v) FROM VenueEntity v WHERE v.organizationId = :id", "village venue(s)"));
    }
}
