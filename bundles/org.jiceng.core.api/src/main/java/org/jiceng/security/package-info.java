/**
 * Who is calling: the authenticated {@link org.jiceng.security.Caller} of the current thread,
 * set once by the core at each entry point (REST filter, SOAP interceptor, shell, import
 * jobs, scheduled jobs) and read by authorization and the audit trail. Modules never set it.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.3.0")
package org.jiceng.security;
