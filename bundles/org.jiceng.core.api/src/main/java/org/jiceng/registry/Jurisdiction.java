package org.jiceng.registry;

import org.jspecify.annotations.Nullable;

/**
 * An administrative division (行政区划) identified by its statistical code (GB/T 2260, extended to 9 digits for townships and 12
 * for villages).
 *
 * @param code statistical division code, e.g. {@code 441481} for 兴宁市
 * @param name official Chinese name
 * @param parentCode code of the enclosing jurisdiction; null for a root
 * @param depth distance from the root of its tree (0 for a root); the server's
 * @param version optimistic-lock version; send back the one you read when updating
 */
public record Jurisdiction(String code, String name, JurisdictionLevel level, @Nullable String parentCode, int depth, long version) {
}
