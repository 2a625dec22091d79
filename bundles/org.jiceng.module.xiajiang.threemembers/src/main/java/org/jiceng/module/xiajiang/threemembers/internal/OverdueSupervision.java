package org.jiceng.module.xiajiang.threemembers.internal;

/** A month a supervisor owes a supervision record for. */
public record OverdueSupervision(long dispatchId, String name, SectorDomain domain, String jurisdictionCode, String month,
        java.time.LocalDate dueDate) {
}
