package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.StepCompletion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guidance and inspection procedures on the core's engine: defined once, one instance per item. */
@Component(service = SupervisionProcedures.class)
public class SupervisionProcedures {
    static final String SUBJECT_TYPE = "JURISDICTION";

    private final ProcedureService procedures;

    @Activate
    public SupervisionProcedures(@Reference ProcedureService procedures) {
        this.procedures = procedures;
        for (Kind kind : Kind.values()) {
            procedures.define(kind.definition());
        }
    }

    ProcedureInstance start(Kind kind, String jurisdictionCode, String title, LocalDate openedOn) {
        return procedures.start(kind.definitionKey(), SUBJECT_TYPE, jurisdictionCode, jurisdictionCode, title, Store.caller(), openedOn);
    }

    ProcedureInstance get(long instanceId) {
        return procedures.get(instanceId);
    }

    /** Completes the step (the engine refuses one out of order: 422 step-order; without a record: step-record). */
    ProcedureInstance complete(long instanceId, String stepKey, String record, LocalDate on, long version) {
        return procedures.completeStep(instanceId, stepKey, new StepCompletion(Store.caller(), null, record, List.of(), on, version));
    }
}
