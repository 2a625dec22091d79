package org.jiceng.module.guangzong.studytraining.internal;

import java.util.Map;

import org.jiceng.module.kit.CountedReferences;
import org.jiceng.registry.RecordReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's records that name registry members: exam scores, site-training selections and batch enrolments. */
@Component(service = RecordReferences.class)
public class RegistryReferences extends CountedReferences {
    @Activate
    public RegistryReferences(@Reference Store store) {
        super(store, Map.of("SELECT COUNT(s) FROM ScoreEntity s WHERE s.memberId = :id", "exam score(s)",
                "SELECT COUNT(s) FROM SelectionEntity s WHERE s.memberId = :id", "site-training selection(s)",
                "SELECT COUNT(a) FROM AttendanceEntity a WHERE a.memberId = :id", "no-post training enrolment(s)"), Map.of());
    }
}
