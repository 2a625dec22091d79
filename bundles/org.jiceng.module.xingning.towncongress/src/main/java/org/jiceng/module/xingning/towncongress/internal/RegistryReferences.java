package org.jiceng.module.xingning.towncongress.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: delegates and election candidates. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference CongressStore store) {
        super(store.kit(), Map.of("SELECT COUNT(d) FROM DelegateEntity d WHERE d.memberId = :id",
                "town congress delegate(s)",
                "SELECT COUNT(c) FROM CandidateEntity c WHERE c.memberId = :id", "town congress election candidate(s)"), Map.of());
    }
}
