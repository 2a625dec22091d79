package org.jiceng.module.shunyi.accountability.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: the people answerable in accountability cases. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(c) FROM CaseEntity c WHERE c.memberId = :id", "accountability case(s)"), Map.of());
    }
}
