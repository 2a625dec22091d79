package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

/** One round's decision as clients see it. */
public class RoundDecisionView {
    public Long id;
    public String round;
    public String roundName;
    public Outcome outcome;
    public String reason;
    public LocalDate decidedOn;
    public String decidedBy;
}
