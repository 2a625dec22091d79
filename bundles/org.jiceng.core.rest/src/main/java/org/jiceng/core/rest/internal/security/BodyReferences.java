package org.jiceng.core.rest.internal.security;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry records a JSON request body names, wherever they sit in it: fields named by the
 * core's conventions at any depth, and fields the body's type declares with
 * {@link ScopedReference}, followed through nested records, beans, lists and arrays. The type is
 * read once per class; the body is walked once per request.
 */
final class BodyReferences {

    /** One reference found: what it names, its value as sent, and where (for the error). */
    record Found(Kind kind, String value, String path) {
    }

    /** Field names that are references wherever they appear, typed or not. */
    static final Map<String, Kind> CONVENTIONAL = Map.of("memberId", Kind.MEMBER, "organizationId", Kind.ORGANIZATION, "fromOrganizationId",
            Kind.ORGANIZATION, "jurisdictionCode", Kind.JURISDICTION, "subjectJurisdictionCode", Kind.JURISDICTION);

    /** Bodies nest a few levels at most; a deeper one is walked by convention only. */
    private static final int MAX_DEPTH = 16;
    private static final Set<Class<?>> LEAVES = Set.of(String.class, Long.class, Integer.class, Boolean.class, Double.class);

    /** The declared shape of a class: its JSON properties, each with its declared kind and value type. */
    private record Property(String json, Kind declared, Type type) {
    }

    private final Map<Class<?>, List<Property>> shapes = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every reference in a body read as {@code type} (null or Object when the resource takes it untyped). */
    List<Found> in(JsonNode body, Type type) {
        List<Found> found = new ArrayList<>();
        walk(body, type, "", found, 0);
        return found;
    }

    private void walk(JsonNode node, Type type, String path, List<Found> found, int depth) {
        if (node == null || node.isNull() || depth > MAX_DEPTH) {
            return;
        }
        Class<?> raw = raw(type);
        if (node.isArray()) {
            Type element = elementOf(type);
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, path + "[" + i + "]", found, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, Property> declared = new HashMap<>();
        if (raw != null && !LEAVES.contains(raw) && !raw.isPrimitive() && !raw.getName().startsWith("java.")) {
            shapeOf(raw).forEach(p -> declared.put(p.json(), p));
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            String at = path.isEmpty() ? name : path + "." + name;
            Property property = declared.get(name);
            Kind kind = property != null && property.declared() != null ? property.declared() : CONVENTIONAL.get(name);
            if (kind != null) {
                values(entry.getValue(), kind, at, found);
            } else {
                walk(entry.getValue(), property == null ? null : property.type(), at, found, depth + 1);
            }
        }
    }

    /** A reference's value: one id or code, or a list of them. */
    private static void values(JsonNode value, Kind kind, String path, List<Found> found) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                values(value.get(i), kind, path + "[" + i + "]", found);
            }
        } else if (value.isNumber() || value.isTextual()) {
            found.add(new Found(kind, value.asText(), path));
        }
    }

    private List<Property> shapeOf(Class<?> type) {
        return shapes.computeIfAbsent(type, BodyReferences::readShape);
    }

    private static List<Property> readShape(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                ScopedReference declared = c.getAnnotation(ScopedReference.class);
                properties.add(new Property(jsonName(c.getAnnotation(JsonProperty.class), c.getName()), declared == null ? null : declared.value(),
                        c.getGenericType()));
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                ScopedReference declared = f.getAnnotation(ScopedReference.class);
                properties.add(new Property(jsonName(f.getAnnotation(JsonProperty.class), f.getName()), declared == null ? null : declared.value(),
                        f.getGenericType()));
            }
        }
        return properties;
    }

    private static String jsonName(JsonProperty property, String name) {
        return property != null && !property.value().isEmpty() ? property.value() : name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** The element type of a list or array type; null (walk by convention) when it is not one. */
    private static Type elementOf(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c && Collection.class.isAssignableFrom(c)) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
