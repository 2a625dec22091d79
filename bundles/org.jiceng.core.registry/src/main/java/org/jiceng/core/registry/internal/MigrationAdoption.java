package org.jiceng.core.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A migration an owner took over from another owner when code moved between bundles (a core engine
 * leaving the registry bundle): where the former owner applied the script, the history row is
 * re-owned instead of the script running twice. Declared in the bundle's
 * {@code db/migration/adopted.properties} as {@code <version>=<former owner>:<former version>}.
 */
record MigrationAdoption(int version, String fromOwner, int fromVersion) {
    static final String FILE = "adopted.properties";

    static List<MigrationAdoption> parse(Properties declared) {
        List<MigrationAdoption> adoptions = new ArrayList<>();
        for (String key : declared.stringPropertyNames()) {
            String value = declared.getProperty(key).trim();
            int colon = value.lastIndexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException("no former owner");
                }
                adoptions.add(new MigrationAdoption(Integer.parseInt(key.trim()), value.substring(0, colon).trim(),
                        Integer.parseInt(value.substring(colon + 1).trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(FILE + ": '" + key + "=" + value + "' is not <version>=<former owner>:<former version>", e);
            }
        }
        adoptions.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return adoptions;
    }
}
