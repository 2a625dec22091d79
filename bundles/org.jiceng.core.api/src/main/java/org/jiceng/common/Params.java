package org.jiceng.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Parses request parameters given as text, so a bad value is a 400 naming the parameter (JAX-RS
 * itself answers 404 for a query parameter it cannot convert). For REST resources of the core and
 * of modules alike.
 */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ValidationException(parameter, "unknown value '" + value + "'; allowed: " + allowed);
        }
    }

    public static @Nullable LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(parameter, "must be a date written yyyy-MM-dd");
        }
    }

    public static @Nullable Long id(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(parameter, "must be a whole number");
        }
    }

    /**
     * A record's id taken from the request's path: required, so a blank segment ({@code /organizations/%20}) is a 400
     * naming the parameter like any other id that is not a whole number, never an id of {@code null} handed on to a
     * service (a 500).
     */
    public static long pathId(String parameter, @Nullable String value) {
        Long id = id(parameter, value);
        if (id == null) {
            throw new ValidationException(parameter, "must be a whole number");
        }
        return id;
    }

    public static @Nullable Boolean bool(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new ValidationException(parameter, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    public static @Nullable Integer integer(String parameter, @Nullable String value) {
        Long v = id(parameter, value);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            throw new ValidationException(parameter, "is out of range");
        }
        return v == null ? null : v.intValue();
    }

    /** A required year such as {@code 2025} (2000–2100): a module's yearly round, sheet or ranking; 400 naming the parameter otherwise. */
    public static int year(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(parameter, "is required, e.g. 2025");
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 2000 || year > 2100) {
                throw new ValidationException(parameter, "must be a year between 2000 and 2100");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new ValidationException(parameter, "must be a year like 2025");
        }
    }

    /** A request body is required for this operation. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON request body is required");
        }
        return body;
    }
}
