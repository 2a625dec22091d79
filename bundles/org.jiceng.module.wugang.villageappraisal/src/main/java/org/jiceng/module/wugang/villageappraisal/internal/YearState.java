package org.jiceng.module.wugang.villageappraisal.internal;

/**
 * A county's appraisal year: OPEN while records and scores come in; COMPUTED once the engine ranked
 * it (any later entry reopens it, so approved results are always those of the latest entries);
 * APPROVED by the county, which closes it; PAID once the subsidies and awards went out.
 */
enum YearState {
    OPEN, COMPUTED, APPROVED, PAID;

    boolean closed() {
        return this == APPROVED || this == PAID;
    }
}
