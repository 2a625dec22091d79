package org.jiceng.core.bulk.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jiceng.bulk.RowError;

/**
 * Reads typed values from one row by column, accepting each column under its Chinese or English
 * header; every unreadable cell becomes a {@link RowError} naming row and column.
 */
final class RowParser {
    /** yyyy-MM-dd, also written with / or . and without leading zeros. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d");

    private final TableRow row;
    private final List<RowError> errors;

    RowParser(TableRow row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
    }

    /** The cell of the column known by any of {@code headers} (English first), null when blank or absent. */
    String text(String... headers) {
        Map<String, String> cells = row.cells();
        for (String h : headers) {
            for (Map.Entry<String, String> e : cells.entrySet()) {
                if (e.getKey().equalsIgnoreCase(h)) {
                    String v = e.getValue();
                    return v == null || v.isBlank() ? null : v.trim();
                }
            }
        }
        return null;
    }

    LocalDate date(String... headers) {
        String v = text(headers);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.replace('/', '-').replace('.', '-'), DATE);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row.row(), headers[0], "'" + v + "' is not a date written yyyy-MM-dd"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String... headers) {
        String v = text(headers);
        if (v == null) {
            return null;
        }
        E value = Vocabulary.parse(type, v);
        if (value == null) {
            errors.add(new RowError(row.row(), headers[0], "'" + v + "' is not one of " + Vocabulary.allowed(type)));
        }
        return value;
    }

    Integer integer(String... headers) {
        String v = text(headers);
        if (v == null) {
            return null;
        }
        try {
            return (int) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            errors.add(new RowError(row.row(), headers[0], "'" + v + "' is not a number"));
            return null;
        }
    }

    boolean flag(String... headers) {
        String v = text(headers);
        if (v == null) {
            return false;
        }
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("是") || s.equals("有") || s.equals("true") || s.equals("yes") || s.equals("1")) {
            return true;
        }
        if (!(s.equals("否") || s.equals("无") || s.equals("false") || s.equals("no") || s.equals("0"))) {
            errors.add(new RowError(row.row(), headers[0], "'" + v + "' is not 是/否 or true/false"));
        }
        return false;
    }

    int row() {
        return row.row();
    }
}
