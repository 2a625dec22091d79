package org.jiceng.core.rest.internal.modules;

import java.util.List;

/**
 * One REST resource of a module: the resource object and the path below
 * {@code jurisdictions/{code}/<module-id>} that its class declares ({@code []} for a resource at
 * the module's root, {@code ["delegates"]} for {@code …/<module-id>/delegates}).
 */
record ModuleRoute(String moduleId, long bundleId, long serviceId, List<String> prefix, Object resource) {

    /**
     * The route of a resource class whose {@code @Path} is {@code jurisdictions/{code}/<module-id>[/more]},
     * or null when the path does not put it under its own module.
     */
    static ModuleRoute of(String moduleId, long bundleId, long serviceId, String classPath, Object resource) {
        if (classPath == null) {
            return null;
        }
        List<String> segments = List.of(classPath.replaceAll("^/+|/+$", "").split("/+"));
        if (segments.size() < 3 || !"jurisdictions".equals(segments.get(0)) || !"{code}".equals(segments.get(1))
                || !moduleId.equals(segments.get(2))) {
            return null;
        }
        return new ModuleRoute(moduleId, bundleId, serviceId, List.copyOf(segments.subList(3, segments.size())), resource);
    }

    /** Whether a request path below the module's root (its segments) starts with this resource's prefix. */
    boolean matches(List<String> below) {
        return below.size() >= prefix.size() && below.subList(0, prefix.size()).equals(prefix);
    }
}
