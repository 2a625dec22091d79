package org.jiceng.module.shunyi.twonew.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry records: ledger sheets their covering organization, talents their member. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(t) FROM TalentEntity t WHERE t.memberId = :id", "reserve talent record(s)"),
                Map.of("SELECT COUNT(s) FROM SheetEntity s WHERE s.organizationId = :id", "two-new ledger sheet(s)"));
    }
}
