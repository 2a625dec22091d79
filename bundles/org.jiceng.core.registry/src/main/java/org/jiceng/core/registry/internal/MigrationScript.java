package org.jiceng.core.registry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script: {@code V<n>__<description>[.<database>].sql}. */
final class MigrationScript {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+?)(?:\\.(h2|postgresql))?\\.sql");

    private final String name;
    private final int version;
    private final String description;
    private final String database;
    private final String text;

    private MigrationScript(String name, int version, String description, String database, String text) {
        this.name = name;
        this.version = version;
        this.description = description;
        this.database = database;
        this.text = text;
    }

    static MigrationScript parse(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration file name " + fileName + " is not V<n>__<description>[.h2|.postgresql].sql");
        }
        return new MigrationScript(fileName, Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), m.group(3), text);
    }

    /**
     * One script per version, in version order: the variant for this database when there is one,
     * otherwise the portable script.
     */
    static List<MigrationScript> selectFor(List<MigrationScript> scripts, String databaseProduct) {
        String db = databaseProduct.toLowerCase(Locale.ROOT);
        Map<Integer, MigrationScript> byVersion = new TreeMap<>();
        for (MigrationScript s : scripts) {
            if (s.database != null && !db.contains(s.database)) {
                continue;
            }
            MigrationScript current = byVersion.get(s.version);
            if (current == null || (current.database == null && s.database != null)) {
                byVersion.put(s.version, s);
            } else if (current.database == null && s.database == null) {
                throw new IllegalArgumentException("Two migrations with version " + s.version + ": " + current.name + ", " + s.name);
            }
        }
        List<MigrationScript> ordered = new ArrayList<>(byVersion.values());
        ordered.sort(Comparator.comparingInt(MigrationScript::version));
        return ordered;
    }

    /** Statements separated by a semicolon at the end of a line; {@code --} comment lines dropped. */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }

    String checksum() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    int version() {
        return version;
    }

    String description() {
        return description;
    }
}
