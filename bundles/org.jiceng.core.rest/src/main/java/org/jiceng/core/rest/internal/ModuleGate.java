package org.jiceng.core.rest.internal;

import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.PathSegment;

import org.jiceng.core.rest.internal.security.CurrentRequest;
import org.jiceng.module.ModuleHeaders;
import org.jiceng.module.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The single place that decides whether a module answers in a jurisdiction. Module resources live
 * under {@code /jurisdictions/{code}/<module-id>/…}; before any resource is matched, this filter
 * answers 404 problem+json unless the module is installed and enabled for the code or one of its
 * ancestors. Modules therefore never check enablement themselves on REST. It runs inside the
 * {@link org.jiceng.core.rest.internal.security.RequestGate}, right after authentication, so the
 * order of the two never depends on filter priorities.
 */
@Component(service = ModuleGate.class)
public class ModuleGate {
    /** The first segment of every module's path. */
    private static final String JURISDICTIONS = "jurisdictions";

    private final ModuleRegistry modules;

    @Activate
    public ModuleGate(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    public void filter(ContainerRequestContext request) {
        if (!CurrentRequest.pathMayHold(JURISDICTIONS)) {
            return; // not a module's path, known without CXF's decoded segments
        }
        String moduleId = moduleSegment(request.getUriInfo().getPathSegments());
        if (moduleId == null) {
            return;
        }
        String code = request.getUriInfo().getPathSegments().get(1).getPath();
        String detail = null;
        if (modules.module(moduleId).isEmpty()) {
            detail = "Module '" + moduleId + "' is not installed";
        } else if (!modules.isEnabled(moduleId, code)) {
            detail = "Module '" + moduleId + "' is not enabled for jurisdiction '" + code + "'";
        }
        if (detail != null) {
            request.abortWith(Problem.of(404, "module-not-enabled", "Not Found", detail)
                    .withInstance(request.getUriInfo().getRequestUri().getPath()).toResponse());
        }
    }

    /** The module id of a {@code jurisdictions/{code}/<module-id>/…} path, or null for any other path. */
    static String moduleSegment(List<PathSegment> segments) {
        int start = 0;
        while (start < segments.size() && segments.get(start).getPath().isEmpty()) {
            start++;
        }
        if (segments.size() - start < 3 || !JURISDICTIONS.equals(segments.get(start).getPath())) {
            return null;
        }
        String candidate = segments.get(start + 2).getPath();
        return candidate.matches(ModuleHeaders.ID_PATTERN) ? candidate : null;
    }
}
