package org.jiceng.core.rest.internal.security;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiceng.common.FieldError;
import org.jiceng.common.ValidationException;
import org.jiceng.core.rest.internal.security.BodyTypes.Property;
import org.jiceng.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who did it comes from the login: every field of a JSON request body that its type declares
 * {@link Actor}, wherever it sits (nested records, beans, lists, arrays), is filled in with the
 * caller's username when absent, null or blank, kept when it is that username, and refused
 * when it names anyone else. Only declared fields count: an untyped body names no actor.
 */
final class BodyActors {
    private static final int MAX_DEPTH = 16;

    private final BodyTypes types;

    BodyActors(BodyTypes types) {
        this.types = types;
    }

    /**
     * Whether a body read as {@code type} can hold an actor field at all: the fields {@link #fill} could reach, found
     * from the type alone (most bodies have none, and then need not be read before the resource reads them).
     */
    boolean declaredIn(Type type) {
        return declaredIn(type, new HashSet<>(), 0);
    }

    /** {@code path}: the types being looked into, so a type that contains itself ends (another branch may still look into it). */
    private boolean declaredIn(Type type, Set<Type> path, int depth) {
        if (type == null || depth > MAX_DEPTH || !path.add(type)) {
            return false;
        }
        try {
            Type element = BodyTypes.elementOf(type);
            if (element != null && declaredIn(element, path, depth + 1)) {
                return true;
            }
            for (Property property : types.shapeOf(type)) {
                if (property.actor() || declaredIn(property.type(), path, depth + 1)) {
                    return true;
                }
            }
            return false;
        } finally {
            path.remove(type);
        }
    }

    /**
     * Fills in the actor fields of {@code body}, read as {@code type}, with {@code username}.
     *
     * @return whether the body changed (then the resource must read the changed one)
     * @throws ValidationException naming every actor field that names another account
     */
    boolean fill(JsonNode body, Type type, String username) {
        List<FieldError> refused = new ArrayList<>();
        boolean changed = walk(body, type, "", username, refused, 0);
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
        return changed;
    }

    private boolean walk(JsonNode node, Type type, String path, String username, List<FieldError> refused, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return false;
        }
        boolean changed = false;
        if (node.isArray()) {
            Type element = BodyTypes.elementOf(type);
            for (int i = 0; i < node.size(); i++) {
                changed |= walk(node.get(i), element, path + "[" + i + "]", username, refused, depth + 1);
            }
            return changed;
        }
        if (!(node instanceof ObjectNode object)) {
            return false;
        }
        for (Property property : types.shapeOf(type)) {
            String at = path.isEmpty() ? property.json() : path + "." + property.json();
            JsonNode value = object.get(property.json());
            if (property.actor()) {
                if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                    object.put(property.json(), username);
                    changed = true;
                } else if (!value.isTextual() || !value.asText().trim().equals(username)) {
                    refused.add(new FieldError(at, "is the account that is logged in (" + username + "); it cannot name another"));
                }
            } else {
                changed |= walk(value, property.type(), at, username, refused, depth + 1);
            }
        }
        return changed;
    }
}
