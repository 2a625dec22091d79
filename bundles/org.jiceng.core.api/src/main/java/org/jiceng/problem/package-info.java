/**
 * Problems and rectification (问题整改): a problem found by a source (inspection tour 巡察,
 * supervision 督查/督导, resident contact 驻点联系群众, feedback) against a subject gets a
 * rectification plan, progress notes, completion, verification by the finder (revisit and
 * re-check) or reopening, and linked accountability actions (问责). Statistics by jurisdiction
 * subtree and source. State changes are posted as OSGi events on {@code org/jiceng/problem/<CHANGE>}
 * with properties id, jurisdictionCode, status.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.problem;
