package org.jiceng.module.xingning.residentcontact.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: stationings and the visits the cadres made. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(s) FROM StationEntity s WHERE s.memberId = :id", "resident-contact stationing(s)",
                "SELECT COUNT(v) FROM VisitEntity v WHERE v.memberId = :id", "resident-contact household visit(s)"), Map.of());
    }
}
