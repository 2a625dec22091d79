package org.jiceng.scoring;

/** A grade (优/良/中/差, pass/fail …) given to totals of at least {@code minimum}. */
public record GradeBand(String grade, Double minimum) {
}
