package org.jiceng.core.audit.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.jiceng.registry.PersonalDataMask;

/**
 * The JSON text of audited values. Personal data is masked exactly as lists mask it, and secrets
 * are never written, so the audit trail does not become a second copy of sensitive data.
 */
final class AuditJson {
    /** Longer texts are cut: the trail records what changed, it is not a document store. */
    static final int MAX_TEXT = 10_000;

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
        String name = attribute.toLowerCase(Locale.ROOT);
        if (name.contains("password") || name.contains("secret") || name.contains("salt") || name.contains("token")) {
            return "******";
        }
        if (value instanceof String text) {
            if (name.contains("idcard")) {
                return PersonalDataMask.idCard(text);
            }
            if (name.contains("phone") || name.contains("mobile")) {
                return PersonalDataMask.phone(text);
            }
        }
        return value;
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
        for (int i = 0; i < s.length(); i++) {
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
}
