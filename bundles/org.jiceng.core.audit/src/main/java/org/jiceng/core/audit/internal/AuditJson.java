package org.jiceng.core.audit.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.registry.PersonalDataMask;

/**
 * The JSON text of audited values. Personal data is masked exactly as lists mask it, and secrets
 * are never written, so the audit trail does not become a second copy of sensitive data.
 */
final class AuditJson {
    /** Longer texts are cut: the trail records what changed, it is not a document store. */
    static final int MAX_TEXT = 10_000;
    private static final int MAX_NAMES_KEPT = 10_000;
    private static final Map<String, Masking> MASKING = new ConcurrentHashMap<>();

    private AuditJson() {
    }

    /** A JSON object of attribute → value, in the map's order, masked by attribute name. */
    static String object(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, e.getKey());
            out.append(':');
            value(out, mask(e.getKey(), e.getValue()));
        }
        return out.append('}').toString();
    }

    /** The value as stored in the trail: personal numbers masked, secrets replaced. */
    static Object mask(String attribute, Object value) {
        if (value == null) {
            return null;
        }
        return switch (masking(attribute)) {
            case SECRET -> "******";
            case ID_CARD -> value instanceof String text ? PersonalDataMask.idCard(text) : value;
            case PHONE -> value instanceof String text ? PersonalDataMask.phone(text) : value;
            case NONE -> value;
        };
    }

    /** What an attribute's name asks for: decided once per name (entities have a few dozen), not per value written. */
    private static Masking masking(String attribute) {
        Masking known = MASKING.get(attribute);
        if (known != null) {
            return known;
        }
        String name = attribute.toLowerCase(Locale.ROOT);
        Masking m = name.contains("password") || name.contains("secret") || name.contains("salt") || name.contains("token")
                ? Masking.SECRET
                : name.contains("idcard") ? Masking.ID_CARD : name.contains("phone") || name.contains("mobile") ? Masking.PHONE : Masking.NONE;
        if (MASKING.size() < MAX_NAMES_KEPT) {
            MASKING.put(attribute, m);
        }
        return m;
    }

    private enum Masking {
        SECRET, ID_CARD, PHONE, NONE
    }

    static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                out.append(value);
            } else {
                string(out, value.toString());
            }
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof byte[] bytes) {
            string(out, "(" + bytes.length + " bytes)");
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(out, item);
            }
            out.append(']');
        } else if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            string(out, value.toString());
        } else {
            string(out, value.toString());
        }
    }

    static void string(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        String s = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…(" + text.length() + " characters)" : text;
        out.append('"');
        // Most values (names, codes, dates) need no escape: appended whole, a copy instead of a call per character.
        int plain = 0;
        while (plain < s.length() && !needsEscape(s.charAt(plain))) {
            plain++;
        }
        if (plain == s.length()) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }
}
