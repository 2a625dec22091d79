/**
 * One per-jurisdiction inbox of what is due or overdue across the engines and modules: each
 * contributes its items through an {@link org.jiceng.inbox.InboxContributor} service.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.inbox;
