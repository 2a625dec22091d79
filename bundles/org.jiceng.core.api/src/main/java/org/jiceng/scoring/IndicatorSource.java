package org.jiceng.scoring;

/** Where an indicator's value comes from: entered by hand, or computed from core data by a metric provider. */
public enum IndicatorSource {
    MANUAL, METRIC
}
