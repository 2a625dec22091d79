package org.jiceng.duty;

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
public record PledgeItem(Long id, String text, String measure, int points, Boolean met, Integer awardedPoints, String note) {
}
