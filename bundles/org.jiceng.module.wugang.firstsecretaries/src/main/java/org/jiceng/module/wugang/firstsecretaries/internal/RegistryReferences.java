package org.jiceng.module.wugang.firstsecretaries.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: eliminations (the secretary eliminated and the replacement). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map
                .of("SELECT COUNT(e) FROM EliminationEntity e WHERE e.memberId = :id OR e.replacementMemberId = :id",
                        "first-secretary elimination(s)"),
                Map.of());
    }
}
