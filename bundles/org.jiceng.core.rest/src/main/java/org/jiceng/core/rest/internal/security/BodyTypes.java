package org.jiceng.core.rest.internal.security;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jiceng.security.Actor;
import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The declared shape of request body types, shared by {@link BodyReferences} and {@link BodyActors}:
 * each class's JSON properties with what they declare and their value type, read once per class,
 * and the element type of lists and arrays, so both follow a body's type the same way.
 */
final class BodyTypes {

    /** One JSON property: its name, the reference it declares (or null), whether it names the acting account, its value type. */
    record Property(String json, Kind reference, boolean actor, Type type) {
    }

    private static final Set<Class<?>> LEAVES = Set.of(String.class, Long.class, Integer.class, Boolean.class, Double.class);

    /** Each class's shape, kept with the class (a module's body types are not held here once the module is gone). */
    private final ClassValue<List<Property>> shapes = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return readShape(type);
        }
    };

    /** The properties of {@code type}; none for leaves, JDK types, untyped bodies (null) and anything else without a shape. */
    List<Property> shapeOf(Type type) {
        Class<?> raw = raw(type);
        if (raw == null || LEAVES.contains(raw) || raw.isPrimitive() || raw.isArray() || raw.getName().startsWith("java.")) {
            return List.of();
        }
        return shapes.get(raw);
    }

    /** The element type of a list or array type; null (untyped) when it is not one. */
    static Type elementOf(Type type) {
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

    private static List<Property> readShape(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.add(property(c, c.getName(), c.getGenericType()));
            }
            return List.copyOf(properties);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    properties.add(property(f, f.getName(), f.getGenericType()));
                }
            }
        }
        return List.copyOf(properties);
    }

    private static Property property(AnnotatedElement element, String name, Type type) {
        JsonProperty json = element.getAnnotation(JsonProperty.class);
        ScopedReference reference = element.getAnnotation(ScopedReference.class);
        return new Property(json != null && !json.value().isEmpty() ? json.value() : name, reference == null ? null : reference.value(),
                element.isAnnotationPresent(Actor.class), type);
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
}
