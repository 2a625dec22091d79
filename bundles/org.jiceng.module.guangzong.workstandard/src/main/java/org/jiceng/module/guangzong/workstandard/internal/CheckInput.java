package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.Answer;

/**
 * Body of POST checks (a unit's self-check: {@code organizationId} and {@code year}) and of POST
 * checks/{id}/township-check (the township's check: {@code version}): who checked, on which day, and
 * whether each task of the standard is met.
 */
public class CheckInput {
    public Long organizationId;
    public Integer year;
    public String checker;
    public LocalDate checkedOn;
    public List<AnswerInput> answers;
    public Long version;

    /** One task: met or not, with the evidence seen and a comment. */
    public static class AnswerInput {
        public String taskKey;
        public Boolean met;
        public String evidence;
        public String comment;

        public AnswerInput() {
        }

        AnswerInput(String taskKey, boolean met, String comment) {
            this.taskKey = taskKey;
            this.met = met;
            this.comment = comment;
        }
    }

    List<Answer> toAnswers() {
        List<Answer> out = new ArrayList<>();
        for (AnswerInput a : answers) {
            out.add(new Answer(a.taskKey.trim(), a.met, null, a.evidence, a.comment));
        }
        return out;
    }
}
