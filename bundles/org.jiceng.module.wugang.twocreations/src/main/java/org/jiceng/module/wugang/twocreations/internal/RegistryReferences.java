package org.jiceng.module.wugang.twocreations.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry organizations: applications (one branch each). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of(), Map.of("SELECT COUNT(a) FROM ApplicationEntity a WHERE a.organizationId = :id",
                "two-creations application(s)"));
    }
}
