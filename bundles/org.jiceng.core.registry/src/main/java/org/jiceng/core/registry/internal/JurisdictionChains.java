package org.jiceng.core.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jiceng.registry.Jurisdiction;

/**
 * Each jurisdiction's chain from the root down to itself, kept in memory once read: every scope check asks whether a
 * code lies below the caller's, and modules label every row of their figures with a township's name and group every
 * village by its township, which read the same few hundred rows of the tree again and again. Modules and the scope
 * checks used to keep copies of their own that a rename, or a code deleted and created again under another parent,
 * never reached; this one is dropped whenever the tree changes, on this node at the commit and on the others by a
 * cluster signal.
 *
 * <p>A chain read while a change commits could be stored after the change dropped the others, and then outlive it; so
 * a chain is stored only if no change was dropped since its read began ({@link #generation}). Unknown codes are never
 * kept: a jurisdiction created a moment later is found at once. A province's tree (about 27,000 jurisdictions) stays
 * a few megabytes, each jurisdiction held once and shared by the chains below it.
 */
final class JurisdictionChains {
    private final Function<String, List<Jurisdiction>> read;
    private final Map<String, List<Jurisdiction>> chains = new ConcurrentHashMap<>();
    /** One instance per jurisdiction, shared by every chain that passes through it. */
    private final Map<String, Jurisdiction> shared = new ConcurrentHashMap<>();
    /** How many times the kept chains were dropped; guarded by {@code this}. */
    private long generation;

    /** @param read the chain of a code from the database, root first; empty for an unknown code */
    JurisdictionChains(Function<String, List<Jurisdiction>> read) {
        this.read = read;
    }

    /** The chain from the root down to {@code code} (inclusive), or an empty list when there is no such code. */
    List<Jurisdiction> chain(String code) {
        List<Jurisdiction> kept = chains.get(code);
        if (kept != null) {
            return kept;
        }
        long readFrom = generation();
        List<Jurisdiction> chain = read.apply(code);
        if (chain.isEmpty()) {
            return List.of();
        }
        synchronized (this) {
            if (generation != readFrom) {
                return List.copyOf(chain);
            }
            List<Jurisdiction> interned = new ArrayList<>(chain.size());
            for (Jurisdiction j : chain) {
                interned.add(shared.computeIfAbsent(j.code(), c -> j));
            }
            List<Jurisdiction> stored = List.copyOf(interned);
            chains.put(code, stored);
            return stored;
        }
    }

    /** Drops every kept chain: after a change of the tree committed, here or on another node. */
    synchronized void forget() {
        generation++;
        chains.clear();
        shared.clear();
    }

    /** How many chains are kept (for tests). */
    int size() {
        return chains.size();
    }

    private synchronized long generation() {
        return generation;
    }
}
