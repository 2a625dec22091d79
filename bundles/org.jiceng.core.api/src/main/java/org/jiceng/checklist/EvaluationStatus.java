package org.jiceng.checklist;

/** DRAFT while answers are filled in; SUBMITTED is final and read-only. */
public enum EvaluationStatus {
    DRAFT, SUBMITTED
}
