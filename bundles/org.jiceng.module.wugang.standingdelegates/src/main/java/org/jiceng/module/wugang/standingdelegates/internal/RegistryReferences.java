package org.jiceng.module.wugang.standingdelegates.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: delegates who are the core's members. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(d) FROM DelegateEntity d WHERE d.memberId = :id", "standing delegate(s)"), Map.of());
    }
}
