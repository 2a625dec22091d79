package org.jiceng.inbox;

import java.time.LocalDate;

/**
 * Something due: which engine or module it comes from, what kind of item, its id there, a title,
 * where it is, when it is due, whether that day has passed, and the API path that shows it.
 */
public record InboxItem(String source, String kind, String id, String title, String jurisdictionCode, LocalDate dueDate,
        boolean overdue, String path) {
}
