/**
 * Member development (发展党员): the five-stage pipeline as recorded events with enforced rules,
 * the member's full record (纪实档案), membership changes, and pipeline statistics.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("2.1.0")
package org.jiceng.development;
