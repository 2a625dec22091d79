package org.jiceng.core.bulk.internal.spreadsheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or
 * ending with an apostrophe, not blank, and unique in the workbook ignoring case (Excel compares
 * them so). A repeated name gets " (2)", " (3)", ... within the 31 characters.
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;
    private static final String FALLBACK = "Sheet";

    private final Set<String> taken = new HashSet<>();

    String next(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    static String valid(String wanted) {
        String name = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        name = cut(name, MAX_LENGTH);
        // Excel refuses an apostrophe at either end (it quotes sheet names in formulas with them).
        name = name.replaceAll("^'+|'+$", "").strip();
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Cuts at a code point boundary, so a character outside the BMP is never split in half. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }
}
