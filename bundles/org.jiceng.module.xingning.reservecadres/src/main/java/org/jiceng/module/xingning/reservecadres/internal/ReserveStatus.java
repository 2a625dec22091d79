package org.jiceng.module.xingning.reservecadres.internal;

/** Where a reserve stands: being cultivated, used (elected or appointed into the village's two committees) or dropped. */
public enum ReserveStatus {
    IN_TRAINING, USED, DROPPED
}
