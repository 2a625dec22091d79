package org.jiceng.module.wugang.serviceday.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: cadres on duty on a service day and agents of applications. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store,
                Map.of("SELECT COUNT(d) FROM DutyEntity d WHERE d.memberId = :id", "service-day duty record(s)",
                        "SELECT COUNT(a) FROM ApplicationEntity a WHERE a.agentMemberId = :id", "service-day application(s) as agent"),
                Map.of());
    }
}
