/** Helpers for the SOAP contracts of the core and modules (JAXB 2.3 knows no java.time). */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jiceng.soap;
