package org.jiceng.duty;

import org.jspecify.annotations.Nullable;

/**
 * The assessment of one item of a pledge.
 *
 * @param points points given, 0 … the item's points; when null, all of them if met and 0 if not
 */
public record ItemAssessment(long itemId, boolean met, @Nullable Integer points, @Nullable String note) {
}
