package org.jiceng.module;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.osgi.framework.Bundle;

/**
 * What a module bundle declares about itself (see {@link ModuleHeaders}).
 *
 * @param id the module id ({@link ModuleHeaders#ID_PATTERN})
 * @param tablePrefix prefix of every table, index and constraint its migrations create (without
 *        the underscore that follows it); null for a module that declares none (API 1.1), whose
 *        migrations are then not checked
 * @param origin division code of the jurisdiction that invented the system
 * @param nameZh null, as are origin and nameEn, when the bundle leaves the attribute out
 */
public record ModuleDeclaration(String id, @Nullable String tablePrefix, @Nullable String origin, @Nullable String nameZh, @Nullable String nameEn) {

    /** The bundle's declaration, or empty when the bundle is not a module (or declares an id that is not valid). */
    public static Optional<ModuleDeclaration> of(@Nullable Bundle bundle) {
        return bundle == null ? Optional.empty() : of(bundle.getHeaders(""));
    }

    /** The declaration in raw (unlocalized) manifest headers. */
    public static Optional<ModuleDeclaration> of(Dictionary<String, String> headers) {
        String clause = headers.get(ModuleHeaders.MODULE);
        ModuleDeclaration d = clause != null
                ? parse(clause)
                : new ModuleDeclaration(headers.get(ModuleHeaders.ID), null, headers.get(ModuleHeaders.ORIGIN), headers.get(ModuleHeaders.NAME_ZH),
                        headers.get(ModuleHeaders.NAME_EN));
        return d.id() != null && d.id().matches(ModuleHeaders.ID_PATTERN) ? Optional.of(d) : Optional.empty();
    }

    /** {@code id;key=value;key="quoted value"}: semicolons inside quotes belong to the value. */
    static ModuleDeclaration parse(String clause) {
        Map<String, String> attributes = new HashMap<>();
        String id = null;
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= clause.length(); i++) {
            char ch = i < clause.length() ? clause.charAt(i) : ';';
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ';' && !quoted) {
                String text = part.toString().trim();
                part.setLength(0);
                int eq = text.indexOf('=');
                if (id == null) {
                    id = text;
                } else if (eq > 0) {
                    attributes.put(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
                }
            } else {
                part.append(ch);
            }
        }
        return new ModuleDeclaration(id, attributes.get("table-prefix"), attributes.get("origin"), attributes.get("name-zh"),
                attributes.get("name-en"));
    }
}
