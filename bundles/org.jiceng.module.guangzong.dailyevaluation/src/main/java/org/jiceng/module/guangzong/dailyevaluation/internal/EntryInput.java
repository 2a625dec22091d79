package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

/** A score entry for a member on the township's evaluation. */
public class EntryInput {
    /** The registry member's id. */
    public Long memberId;
    /** An item of the boards, e.g. {@code key-task}; see {@code GET boards}. */
    public String itemKey;
    public LocalDate recordedOn;
    /** Within the item's range: positive for merits, negative for deductions. */
    public Double points;
    public String reason;
}
