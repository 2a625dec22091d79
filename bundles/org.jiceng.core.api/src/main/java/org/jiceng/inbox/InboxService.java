package org.jiceng.inbox;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The inbox: every contributor's items, overdue first, then by due date. */
@ProviderType
public interface InboxService {
    int MAX_ITEMS = 2_000;

    List<InboxItem> items(String jurisdictionCode, int withinDays);
}
