package org.jiceng.module.guangzong.workstandard.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry records: checks (one organization each) and stays in the pool (one member each). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(p) FROM PoolEntity p WHERE p.memberId = :id", "young cadre pool stay(s)"),
                Map.of("SELECT COUNT(c) FROM CheckEntity c WHERE c.organizationId = :id", "work standard check(s)"));
    }
}
