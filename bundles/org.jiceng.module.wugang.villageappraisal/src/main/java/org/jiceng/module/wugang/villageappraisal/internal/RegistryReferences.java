package org.jiceng.module.wugang.villageappraisal.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: the cadres appraised and their dossiers (the registry keeps such a member). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(c) FROM CadreEntity c WHERE c.memberId = :id", "village cadre appraisal(s)",
                "SELECT COUNT(r) FROM RecordEntity r WHERE r.memberId = :id", "village cadre dossier record(s)"), Map.of());
    }
}
