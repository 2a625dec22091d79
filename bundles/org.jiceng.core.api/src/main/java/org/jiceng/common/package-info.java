/** Paging (and reading every page), sorting, the shares and cadence rules modules share, and the error types every Jiceng service throws (mapped to problem+json and SOAP faults by the core). */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("2.4.0")
package org.jiceng.common;
