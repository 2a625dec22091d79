package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;

/** Body of PUT …/completion: a unit reports a task or a milestone done. */
public class Completion {
    public LocalDate doneOn;
    public String note;
    public Long version;
}
