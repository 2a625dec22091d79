package org.jiceng.duty;

import org.jspecify.annotations.Nullable;

/**
 * One commitment of a pledge (责任书条目).
 *
 * @param text what the signer commits to
 * @param measure how it is measured or checked (考核办法), optional
 * @param points the item's weight in points (at least 1)
 * @param met at assessment: whether it was met (null before)
 * @param awardedPoints at assessment: points given, 0 … {@code points} (null before)
 * @param note the assessor's note, optional
 */
public record PledgeItem(@Nullable Long id, String text, @Nullable String measure, int points, @Nullable Boolean met, @Nullable Integer awardedPoints,
        @Nullable String note) {
}
