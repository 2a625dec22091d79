/**
 * Acceptance checklists (验收清单/标准化建设): versioned criteria sets grouped in aspects, evaluations of
 * a subject by an evaluator (cross-inspection 交叉检查 when the subject lies outside the evaluator's
 * jurisdiction), per criterion met / not met or a score with evidence and comment, and results: passed,
 * pass rate per jurisdiction, ranking. Serves 武冈 standardized and model branches, 广宗 work standard,
 * 峡江 "six goods", 顺义 218 tasks. Changes are posted as OSGi events on
 * {@code org/jiceng/checklist/<DEFINED|SUBMITTED>}.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.checklist;
