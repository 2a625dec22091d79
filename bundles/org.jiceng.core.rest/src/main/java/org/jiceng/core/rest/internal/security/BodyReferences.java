package org.jiceng.core.rest.internal.security;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.core.rest.internal.security.BodyTypes.Property;
import org.jiceng.security.ScopedReference;
import org.jiceng.security.ScopedReference.Kind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry records a JSON request body names, wherever they sit in it: fields named by the
 * core's conventions at any depth, and fields the body's type declares with
 * {@link ScopedReference}, followed through nested records, beans, lists and arrays
 * ({@link BodyTypes}, read once per class); the body is walked once per request.
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

    private final BodyTypes types;

    BodyReferences(BodyTypes types) {
        this.types = types;
    }

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
        if (node.isArray()) {
            Type element = BodyTypes.elementOf(type);
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, path + "[" + i + "]", found, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, Property> declared = new HashMap<>();
        types.shapeOf(type).forEach(p -> declared.put(p.json(), p));
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            String at = path.isEmpty() ? name : path + "." + name;
            Property property = declared.get(name);
            Kind kind = property != null && property.reference() != null ? property.reference() : CONVENTIONAL.get(name);
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
}
