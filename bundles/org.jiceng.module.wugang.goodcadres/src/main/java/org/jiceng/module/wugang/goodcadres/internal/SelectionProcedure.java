package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.ProcedureInstance;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The five rounds on the core's procedure engine: one definition with a step per round, one
 * instance per nomination. A pass completes the round's step; an elimination closes the instance
 * early with the reason, so the engine's record of every nominee ends where the module's does.
 */
@Component(service = SelectionProcedure.class)
public class SelectionProcedure {
    public static final String KEY = "wugang-good-cadre-selection";
    static final String SUBJECT_TYPE = "GOOD_CADRE_NOMINATION";
    /** No step roles: who may decide a round is the module's REST authorization, not a role name passed along. */
    static final ProcedureDefinition DEFINITION = new ProcedureDefinition(null, KEY, null, "武冈市好干部评选", Store.MODULE_ID,
            Arrays.stream(Round.values()).map(r -> new StepDefinition(r.key(), r.nameZh(), r.record(), List.of(), null, null)).toList(), null);

    private final ProcedureService procedures;

    @Activate
    public SelectionProcedure(@Reference ProcedureService procedures) {
        this.procedures = procedures;
        procedures.define(DEFINITION);
    }

    ProcedureInstance start(long nominationId, String jurisdictionCode, String title, LocalDate nominatedOn) {
        return procedures.start(KEY, SUBJECT_TYPE, String.valueOf(nominationId), jurisdictionCode, title, Store.caller(), nominatedOn);
    }

    ProcedureInstance get(long instanceId) {
        return procedures.get(instanceId);
    }

    void pass(long instanceId, Round round, String reason, LocalDate on) {
        String record = round.record() + "：通过" + (reason == null || reason.isBlank() ? "" : "。" + reason.trim());
        procedures.completeStep(instanceId, round.key(), new StepCompletion(Store.caller(), null, record, List.of(), on, get(instanceId).version()));
    }

    void eliminate(long instanceId, Round round, String reason, LocalDate on) {
        procedures.closeEarly(instanceId, Store.caller(), round.nameZh() + "淘汰：" + reason.trim(), on, get(instanceId).version());
    }
}
