package org.jiceng.bulk;

import org.jspecify.annotations.Nullable;

/**
 * One parsed row: its number in the file, the values read, and the organization it belongs to
 * named by jurisdiction code and organization name (files carry names, not database ids).
 */
public record ImportRow<T>(int row, T value, @Nullable String jurisdictionCode, @Nullable String organizationName) {
}
