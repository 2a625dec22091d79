/**
 * Responsibility pledges 责任书 and secretaries' duty reports 述职评议, signed and held level by level.
 * <p>
 * A {@link Pledge} is issued for a year by an upper jurisdiction (the county) to one below it (a
 * township, or a township to a village) with weighted items; the signer signs it, and after the
 * year it is assessed item by item. A {@link ReportingRound} asks the secretaries below a
 * jurisdiction for a {@link DutyReport} by a due date (twice a year: H1 and H2, or once: YEAR);
 * raters evaluate each submitted report, from above and — in two-way rounds 双向述职 — from the
 * cadres below. Rules are refused with {@link org.jiceng.common.RuleViolationException} naming
 * them (the {@code RULE_*} constants). Changes are posted as OSGi events ({@link DutyEvents}).
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jiceng.duty;
