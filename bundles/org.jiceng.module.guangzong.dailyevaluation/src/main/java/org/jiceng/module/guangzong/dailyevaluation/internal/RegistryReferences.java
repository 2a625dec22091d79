package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: evaluations and their entries (the registry keeps such a member). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(m) FROM EvaluatedEntity m WHERE m.memberId = :id", "daily evaluation(s)",
                "SELECT COUNT(e) FROM EntryEntity e WHERE e.memberId = :id", "daily evaluation score entr(ies)"), Map.of());
    }
}
