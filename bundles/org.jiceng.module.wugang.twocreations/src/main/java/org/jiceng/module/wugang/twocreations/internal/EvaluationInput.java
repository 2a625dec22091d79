package org.jiceng.module.wugang.twocreations.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.Answer;

/**
 * Body of POST applications/{id}/self-check and …/cross-inspection: who evaluates, the answer to
 * every criterion (its score, evidence and comment), and the application's version. The inspector's
 * township is given for a cross-inspection only.
 */
public class EvaluationInput {
    public String evaluator;
    public String inspectorTownship;
    public List<AnswerInput> answers;
    public Long version;

    /** One criterion's answer: the marks given, from 0 to the criterion's maximum. */
    public static class AnswerInput {
        public String criterionKey;
        public BigDecimal score;
        public String evidence;
        public String comment;

        public AnswerInput() {
        }

        AnswerInput(String criterionKey, BigDecimal score, String evidence, String comment) {
            this.criterionKey = criterionKey;
            this.score = score;
            this.evidence = evidence;
            this.comment = comment;
        }
    }

    List<Answer> toAnswers() {
        List<Answer> out = new ArrayList<>();
        for (AnswerInput a : answers) {
            out.add(new Answer(a.criterionKey, null, a.score, a.evidence, a.comment));
        }
        return out;
    }
}
