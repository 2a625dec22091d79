package org.jiceng.module.xingning.leaderlinkage.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: the leaders (one member each). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(l) FROM LeaderEntity l WHERE l.memberId = :id", "city leader(s) of the linkage"), Map.of());
    }
}
