package org.jiceng.module.xingning.rotationtalent.internal;

/** Matching talents to the urgently needed posts: a talent of the post's field, while the post still needs people. */
final class TalentRules {
    static final String RULE_POST_FULL = "talent-post-full";
    static final String RULE_CATEGORY_MISMATCH = "talent-category-mismatch";

    private TalentRules() {
    }

    /** The rule refusing to match a talent of {@code talent}'s field to a post of {@code post}'s with {@code filled} of {@code needed}, or null. */
    static String matchRefusal(TalentCategory talent, TalentCategory post, int filled, int needed) {
        if (talent != post) {
            return RULE_CATEGORY_MISMATCH;
        }
        if (filled >= needed) {
            return RULE_POST_FULL;
        }
        return null;
    }

    /** A post still open: fewer talents matched than it needs. */
    static boolean open(int filled, int needed) {
        return filled < needed;
    }

    /** Still needed on a post (never below 0). */
    static int missing(int filled, int needed) {
        return Math.max(0, needed - filled);
    }
}
