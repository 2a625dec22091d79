/**
 * Bulk import and export: rows read from XLSX or CSV files, checked all together (dry run reports
 * every bad row), written all-or-nothing and idempotently on natural keys; import jobs with progress.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.bulk;
