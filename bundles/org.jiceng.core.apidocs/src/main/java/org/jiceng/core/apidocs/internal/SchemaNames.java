package org.jiceng.core.apidocs.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.module.ModuleDeclaration;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Schema names unique across the core and every module. Swagger names a schema by the class's
 * simple name, so two types of the same name — {@code Start} of the checklists and of the
 * procedures, {@code NewDelegate} of two counties' modules — became one schema and one of the
 * operations was documented with the other's body. Here a nested type is named with its enclosing
 * class ({@code ChecklistResourceStart}) and every type of a module with the module id before it
 * ({@code XingningTownCongressDelegatesNewDelegate}); the API's own top-level types keep
 * their names ({@code Member}, {@code Page}), but for the second of two alike, which is named
 * with its package ({@code DutyEvaluation}). An explicit {@code @Schema(name)} wins.
 */
final class SchemaNames extends TypeNameResolver {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaNames.class);
    /** Which class each name was given to, for as long as the document's resource runs, so a name never moves to another type. */
    private final Map<String, String> given = new ConcurrentHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> cls) {
        String name = nameOf(cls);
        String owner = given.putIfAbsent(name, cls.getName());
        if (owner == null || owner.equals(cls.getName())) {
            return name;
        }
        // Two of the API's own types share a simple name (a checklist's and a duty report's
        // Evaluation): the first keeps it, the other is named with its package ("DutyEvaluation").
        String qualified = pascal(cls.getPackageName().substring(cls.getPackageName().lastIndexOf('.') + 1)) + name;
        owner = given.putIfAbsent(qualified, cls.getName());
        if (owner != null && !owner.equals(cls.getName())) {
            LOG.warn("OpenAPI schema name {} given to both {} and {}: one of them is documented with the other's schema", qualified, owner,
                    cls.getName());
        }
        return qualified;
    }

    private static String nameOf(Class<?> cls) {
        io.swagger.v3.oas.annotations.media.Schema declared = cls.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        if (declared != null && !declared.name().isBlank()) {
            return declared.name();
        }
        String name = cls.getSimpleName();
        for (Class<?> outer = cls.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + name;
        }
        Bundle bundle = FrameworkUtil.getBundle(cls);
        String module = bundle == null ? null : ModuleDeclaration.of(bundle).map(ModuleDeclaration::id).orElse(null);
        return module == null ? name : pascal(module) + name;
    }

    /** {@code xingning-town-congress} → {@code XingningTownCongress}, {@code duty} → {@code Duty}. */
    static String pascal(String words) {
        StringBuilder out = new StringBuilder();
        for (String part : words.split("-")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
