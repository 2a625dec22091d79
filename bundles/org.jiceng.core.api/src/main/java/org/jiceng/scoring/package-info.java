/**
 * Periodic scoring and ranking engine: schemes of weighted indicators (entered by hand or computed
 * by pluggable {@link org.jiceng.scoring.MetricProvider}s), totals, ranks with ties per ranking
 * group, grade bands, "last place N periods in a row" flags, and roll-ups over the jurisdiction tree.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.2.0")
package org.jiceng.scoring;
