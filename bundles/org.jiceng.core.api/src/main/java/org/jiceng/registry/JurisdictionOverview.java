package org.jiceng.registry;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a jurisdiction's subtree and of each jurisdiction directly below it, as a county's or a
 * province's page shows them: counted by the database in a few grouped queries over the closure of the
 * jurisdiction tree, instead of one count request per figure and per child.
 *
 * @param jurisdiction the jurisdiction
 * @param figures the figures of its whole subtree
 * @param below each jurisdiction directly below it, by code, with the figures of its subtree
 * @since 2.2
 */
public record JurisdictionOverview(Jurisdiction jurisdiction, Figures figures, List<Below> below) {

    public JurisdictionOverview {
        below = List.copyOf(below);
    }

    /**
     * Counts over a subtree.
     *
     * @param organizations Party organizations
     * @param backwardOrganizations organizations marked backward (后进, {@code BACKWARD})
     * @param weakLaxOrganizations organizations marked weak and lax (软弱涣散, {@code WEAK_LAX})
     * @param members members of any membership status (as {@code GET /members?jurisdiction=} counts them)
     * @param pipeline active members per development stage (as {@code GET /development/pipeline} counts them)
     */
    public record Figures(long organizations, long backwardOrganizations, long weakLaxOrganizations, long members, Map<MemberStage, Long> pipeline) {

        public Figures {
            // in the order of the stages, as the pipeline itself answers
            pipeline = Collections.unmodifiableMap(new TreeMap<>(pipeline));
        }
    }

    /** A jurisdiction directly below, with the figures of its subtree. */
    public record Below(Jurisdiction jurisdiction, Figures figures) {
    }
}
