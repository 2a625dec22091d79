package org.jiceng.core.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a given width. Chinese, Japanese and Korean text may break
 * between any two characters; latin text breaks between words, and a word longer than a line
 * breaks between characters. Explicit line breaks and blank lines are kept.
 *
 * <p>Closing punctuation (，。、） and the like) never starts a line: it stays on the line before,
 * even when that line then runs a few points over, as typesetters hang punctuation.
 */
final class LineBreaker {

    /** The width of a text at the size being laid out. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private final Measure measure;

    LineBreaker(Measure measure) {
        this.measure = measure;
    }

    /** The lines of {@code text}; an empty text is one empty line. */
    List<String> lines(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, maxWidth, lines);
        }
        return lines;
    }

    /** The widest piece of {@code text} that no line break may split: a latin word or one CJK character. */
    float widestUnbreakable(String text) {
        float widest = 0;
        for (String paragraph : text.split("\n", -1)) {
            for (String unit : units(paragraph)) {
                if (!unit.isBlank()) {
                    widest = Math.max(widest, measure.width(unit));
                }
            }
        }
        return widest;
    }

    private void breakParagraph(String paragraph, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String unit : units(paragraph)) {
            float unitWidth = measure.width(unit);
            boolean blank = unit.isBlank();
            if (lineWidth + unitWidth <= maxWidth || line.length() == 0 && blank || hangs(unit)) {
                line.append(unit);
                lineWidth += unitWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(stripTrailing(line));
                line.setLength(0);
                lineWidth = 0;
            }
            if (blank) {
                continue; // a soft break swallows the space it replaces
            }
            if (unitWidth <= maxWidth) {
                line.append(unit);
                lineWidth = unitWidth;
            } else {
                lineWidth = breakWord(unit, maxWidth, lines, line);
            }
        }
        lines.add(stripTrailing(line));
    }

    /** Breaks a word wider than the line between characters; the rest stays in {@code line}. */
    private float breakWord(String word, float maxWidth, List<String> lines, StringBuilder line) {
        float lineWidth = 0;
        for (int i = 0; i < word.length();) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = measure.width(ch);
            if (lineWidth + w > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(ch);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        return lineWidth;
    }

    /**
     * The pieces of a paragraph between which a line may break: each CJK character alone, each
     * run of other non-space characters (a word, a number, "2024-05-01"), each run of spaces.
     */
    static List<String> units(String paragraph) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isCjk(cp)) {
                // an opening bracket or quote stays with the character it opens
                while (isOpening(cp) && end < paragraph.length()) {
                    cp = paragraph.codePointAt(end);
                    end += Character.charCount(cp);
                }
            } else {
                boolean space = Character.isWhitespace(cp);
                while (end < paragraph.length()) {
                    int next = paragraph.codePointAt(end);
                    if (isCjk(next) || Character.isWhitespace(next) != space) {
                        break;
                    }
                    end += Character.charCount(next);
                }
            }
            units.add(paragraph.substring(i, end));
            i = end;
        }
        return units;
    }

    static boolean isCjk(int cp) {
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES
                || block == Character.UnicodeBlock.BOPOMOFO
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—';
    }

    private static boolean isOpening(int cp) {
        return "（《「『【〔“‘〈".indexOf(cp) >= 0;
    }

    private static boolean hangs(String unit) {
        return unit.codePointCount(0, unit.length()) == 1 && "，。、；：？！）》」』】〕”’〉…—,.;:?!)".indexOf(unit.codePointAt(0)) >= 0;
    }

    private static String stripTrailing(StringBuilder line) {
        return line.toString().stripTrailing();
    }
}
