package org.jiceng.core.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's migrations create and alter only objects under its table prefix, so that modules
 * never collide with each other or with the core in the one shared schema, and a module's data can
 * be found (and kept on uninstall) by its name. Tables, views and sequences start with
 * {@code <prefix>_}; indexes and constraints may carry a qualifier first ({@code ix_<prefix>_…}).
 * Checked before any script runs, so a module that breaks the rule changes nothing.
 */
final class TablePrefixRule {
    private static final Pattern CREATE = Pattern.compile(
            "^\\s*CREATE\\s+(?:UNIQUE\\s+)?(TABLE|VIEW|SEQUENCE|INDEX)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([A-Za-z0-9_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER = Pattern.compile(
            "^\\s*(?:ALTER|DROP)\\s+(TABLE|VIEW|SEQUENCE|INDEX)\\s+(?:IF\\s+EXISTS\\s+)?\"?([A-Za-z0-9_]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSTRAINT = Pattern.compile("\\bCONSTRAINT\\s+\"?([A-Za-z0-9_]+)", Pattern.CASE_INSENSITIVE);

    private TablePrefixRule() {
    }

    /** Every name in the statements that is not the module's, each with the statement's start; empty when all are. */
    static List<String> violations(String prefix, List<String> statements) {
        String own = prefix.toLowerCase(Locale.ROOT) + "_";
        List<String> wrong = new ArrayList<>();
        for (String sql : statements) {
            for (Pattern p : List.of(CREATE, ALTER)) {
                Matcher m = p.matcher(sql);
                if (m.find() && !owned(m.group(2), own, "INDEX".equalsIgnoreCase(m.group(1)))) {
                    wrong.add(m.group(2) + " in: " + head(sql));
                }
            }
            Matcher c = CONSTRAINT.matcher(sql);
            while (c.find()) {
                if (!owned(c.group(1), own, true)) {
                    wrong.add(c.group(1) + " in: " + head(sql));
                }
            }
        }
        return wrong;
    }

    private static boolean owned(String name, String own, boolean qualifierAllowed) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(own) || (qualifierAllowed && n.contains("_" + own));
    }

    private static String head(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }
}
