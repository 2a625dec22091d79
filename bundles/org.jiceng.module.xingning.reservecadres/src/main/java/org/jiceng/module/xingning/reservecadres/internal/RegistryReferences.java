package org.jiceng.module.xingning.reservecadres.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members and organizations: reserves (the person, the village's organization). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(r) FROM ReserveEntity r WHERE r.memberId = :id", "village reserve(s)"),
                Map.of("SELECT COUNT(r) FROM ReserveEntity r WHERE r.organizationId = :id", "village reserve(s)"));
    }
}
