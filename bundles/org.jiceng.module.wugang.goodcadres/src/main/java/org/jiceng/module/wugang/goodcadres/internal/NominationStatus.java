package org.jiceng.module.wugang.goodcadres.internal;

/** Where a nomination stands: still in the rounds, eliminated in one of them, or approved as a good cadre. */
public enum NominationStatus {
    IN_REVIEW, ELIMINATED, APPROVED
}
