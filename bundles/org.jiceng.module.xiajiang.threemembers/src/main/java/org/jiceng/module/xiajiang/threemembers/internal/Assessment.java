package org.jiceng.module.xiajiang.threemembers.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.scoring.Scheme;
import org.jiceng.scoring.ScoreSheet;
import org.jiceng.scoring.ScoringService;
import org.jiceng.scoring.SubjectResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Year-end assessment (年终集中考核) by the county office on the core scoring engine: one sheet per
 * dispatch, ranked within its role; 优秀 means commendation, 不称职 criticism.
 */
@Component(service = Assessment.class)
public class Assessment {
    private final Store store;
    private final Selection selection;
    private final ScoringService scoring;

    @Activate
    public Assessment(@Reference Store store, @Reference Selection selection, @Reference ScoringService scoring) {
        this.store = store;
        this.selection = selection;
        this.scoring = scoring;
    }

    /** One member's scores (0–100 each) for on-post attendance, work done and results. */
    public record Sheet(Long dispatchId, Map<String, Double> values) {
    }

    /** Enters the year's sheets, ranks them and records grade and outcome on each dispatch; returns the dispatches assessed. */
    public List<DispatchView> assess(String code, int year, List<Sheet> sheets) {
        new Validator().require("sheets", sheets).check(sheets == null || !sheets.isEmpty(), "sheets", "must not be empty").throwIfInvalid();
        List<ScoreSheet> entered = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            if (s == null || s.dispatchId() == null) {
                throw new ValidationException("sheets[" + i + "].dispatchId", "is required");
            }
            DispatchView d = selection.getDispatch(code, s.dispatchId());
            if (d.year != year) {
                throw new ValidationException("sheets[" + i + "].dispatchId", "dispatch " + d.id + " belongs to " + d.year + ", not " + year);
            }
            entered.add(new ScoreSheet(String.valueOf(d.id), d.name, d.jurisdictionCode, d.role.name(), s.values(), Store.caller()));
        }
        long schemeId = scheme(code);
        String period = String.valueOf(year);
        scoring.enter(schemeId, period, entered);
        Map<Long, SubjectResult> results = new HashMap<>();
        for (SubjectResult r : scoring.compute(schemeId, period)) {
            results.put(Long.valueOf(r.subjectId()), r);
        }
        List<DispatchView> assessed = new ArrayList<>();
        store.tx().run(em -> {
            for (Map.Entry<Long, SubjectResult> e : results.entrySet()) {
                DispatchEntity d = em.find(DispatchEntity.class, e.getKey());
                if (d != null) {
                    d.assessmentTotal = e.getValue().total();
                    d.assessmentGrade = e.getValue().grade();
                    d.outcome = Rules.outcomeOf(e.getValue().grade());
                }
            }
        });
        for (Sheet s : sheets) {
            assessed.add(selection.getDispatch(code, s.dispatchId()));
        }
        return assessed;
    }

    /** The jurisdiction's assessment scheme in the core, created on first use. */
    long scheme(String code) {
        List<Scheme> existing = scoring.list(code, Store.MODULE_ID, PageRequest.first(PageRequest.MAX_SIZE)).items();
        for (Scheme s : existing) {
            if (s.key().equals(Vocabulary.schemeKey(code))) {
                return s.id();
            }
        }
        return scoring.create(Vocabulary.assessment(code)).id();
    }
}
