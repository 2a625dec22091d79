package org.jiceng.module.xiajiang.threemembers.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members (candidates, dispatched members) and organizations (targets, feedback). */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(c) FROM CandidateEntity c WHERE c.memberId = :id",
                "three-members candidate(s)",
                "SELECT COUNT(d) FROM DispatchEntity d WHERE d.memberId = :id", "three-members dispatch(es)"),
                Map.of("SELECT COUNT(t) FROM TargetEntity t WHERE t.organizationId = :id",
                        "co-building target(s)",
                        "SELECT COUNT(f) FROM FeedbackEntity f WHERE f.organizationId = :id", "three-members feedback record(s)"));
    }
}
