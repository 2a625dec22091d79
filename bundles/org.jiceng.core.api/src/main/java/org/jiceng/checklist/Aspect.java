package org.jiceng.checklist;

import java.util.List;

/** A group of criteria (方面/类别), in order. */
public record Aspect(String key, String name, List<Criterion> criteria) {
}
