package org.jiceng.core.console.internal;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.module.ModuleDescriptor;
import org.jiceng.module.ModuleRegistry;
import org.osgi.framework.Bundle;

/**
 * The console's extension point: a module that ships {@code console/panel.js} in its bundle (an ES
 * module whose default export renders the module's panel) shows up in the console as soon as it is
 * installed, and goes when it is uninstalled — no console rebuild, nothing registered. Its files are
 * served under {@code /console/modules/<module id>/}, from the module's bundle as it is now.
 */
final class ModulePanels {
    static final String PREFIX = "/modules/";
    static final String PANEL = "panel.js";
    private static final String FOLDER = "console/";

    private final ModuleRegistry registry;
    private final LongFunction<Bundle> bundles;

    ModulePanels(ModuleRegistry registry, LongFunction<Bundle> bundles) {
        this.registry = registry;
        this.bundles = bundles;
    }

    /** Installed modules with a panel, sorted by id. */
    List<ModuleDescriptor> withPanels() {
        return registry.modules().stream().filter(m -> entry(m, PANEL) != null).toList();
    }

    /** A file of a module's console folder, for {@code /modules/<id>/<name>}; empty when there is none. */
    Optional<ConsoleFiles.File> find(String pathInfo) {
        String rest = pathInfo.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String name = ConsoleFiles.nameOf(rest.substring(slash));
        if (name == null || name.equals(ConsoleFiles.INDEX)) {
            return Optional.empty();
        }
        return registry.module(rest.substring(0, slash)).map(m -> entry(m, name)).map(ConsoleFiles::read);
    }

    private URL entry(ModuleDescriptor m, String name) {
        Bundle b = bundles.apply(m.bundleId());
        return b == null || b.getState() != Bundle.ACTIVE ? null : b.getEntry(FOLDER + name);
    }

    /** The panels as JSON for the console: id and names of each module. */
    String json() {
        StringBuilder out = new StringBuilder("[");
        for (ModuleDescriptor m : withPanels()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"id\":").append(quote(m.id())).append(",\"nameZh\":").append(quote(m.nameZh())).append(",\"nameEn\":")
                    .append(quote(m.nameEn())).append(",\"originJurisdiction\":").append(quote(m.originJurisdiction()))
                    .append(",\"enabledJurisdictions\":[");
            for (int i = 0; i < m.enabledJurisdictions().size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(m.enabledJurisdictions().get(i)));
            }
            out.append("]}");
        }
        return out.append(']').toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
