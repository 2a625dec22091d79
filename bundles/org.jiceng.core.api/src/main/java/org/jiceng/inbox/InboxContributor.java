package org.jiceng.inbox;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds an engine's or a module's due items to the inbox. Register as a DS service. The core asks
 * a module's contributor only for jurisdictions where the module is enabled (it reads the module
 * id from the contributing bundle's headers), so contributors never check enablement themselves.
 */
@ConsumerType
public interface InboxContributor {

    /** Items of the jurisdiction's subtree due on or before {@code until} (overdue ones included), at most {@code limit}. */
    List<InboxItem> items(String jurisdictionCode, LocalDate until, int limit);
}
