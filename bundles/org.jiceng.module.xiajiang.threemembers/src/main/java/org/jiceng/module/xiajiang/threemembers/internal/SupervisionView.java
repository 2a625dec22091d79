package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;
import java.util.List;

/** A month's supervision record. */
public record SupervisionView(Long id, long dispatchId, int year, String month, SectorDomain domain, String jurisdictionCode,
        LocalDate heldOn, String findings, List<Long> overseenDispatchIds, String recordedBy, Long version) {
}
