package org.jiceng.inbox;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds an engine's or a module's due items to the inbox. Register as a DS service; a module
 * contributes only in jurisdictions where it is enabled.
 */
@ConsumerType
public interface InboxContributor {

    /** Items of the jurisdiction's subtree due on or before {@code until} (overdue ones included), at most {@code limit}. */
    List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit);
}
