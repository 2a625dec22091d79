package org.jiceng.module.xingning.rotationtalent.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: rotation moves (the cadre) and talents who are members. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, members(), Map.of());
    }

    private static Map<String, String> members() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("SELECT COUNT(m) FROM MoveEntity m WHERE m.memberId = :id", "rotation move(s)");
        queries.put("SELECT COUNT(t) FROM TalentEntity t WHERE t.memberId = :id", "talent(s)");
        return queries;
    }
}
