package org.jiceng.persistence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jiceng.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The cursor of a keyset page: the sort values of the page's last record, each in base64url, joined by
 * dots. It is opaque to clients and checked like any input: a cursor that does not decode into values of
 * the list's sort columns is a 400 naming {@code after}, never a query error.
 */
final class Cursors {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    /** The cursor of these values, null when one is null (such a record cannot be continued after). */
    static @Nullable String encode(List<Object> values) {
        List<String> parts = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v == null) {
                return null;
            }
            String text = v instanceof Enum<?> e ? e.name() : v.toString();
            parts.add(ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        }
        return String.join(".", parts);
    }

    /** The values of a cursor, each converted to the Java type of its sort column. */
    static List<Object> decode(String cursor, List<Class<?>> types) {
        String[] parts = cursor.split("\\.", -1);
        if (parts.length != types.size()) {
            throw invalid();
        }
        List<Object> values = new ArrayList<>(parts.length);
        try {
            for (int i = 0; i < parts.length; i++) {
                values.add(convert(new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8), types.get(i)));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(String text, Class<?> type) {
        if (type == String.class) {
            return text;
        }
        if (type == Long.class || type == long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        throw new IllegalArgumentException("No cursor for a sort column of type " + type.getName());
    }

    private static ValidationException invalid() {
        return new ValidationException("after", "is not a cursor of this list and order (pass the next of a page of the same list)");
    }
}
