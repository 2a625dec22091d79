package org.jiceng.core.rest.internal.modules;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.UriInfo;

import org.jiceng.core.rest.internal.security.CallerChecks;
import org.jiceng.module.ModuleEndpoints;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The one whiteboard resource behind every module's REST interface: {@code /jurisdictions/{code}/<module-id>/…}
 * is handed to the module's resource by {@link ModuleRoutes}, so the JAX-RS application never
 * changes when modules do. The module gate (pre-matching) has already answered 404 where the
 * module is not installed or not enabled. This locator runs while the request is matched, before
 * the authorization filter: it checks the caller, the role and the jurisdiction {@code {code}}
 * first ({@link CallerChecks}), so that only then the routes check the records the path addresses
 * against {@code {code}} — a record's existence is told to no one who may not see {@code {code}}.
 * The filter checks the rest (query and body references) once the module's method is matched. The
 * OpenAPI document lists the modules' own resource classes, not this one.
 */
@Component(service = ModuleDispatcher.class)
@JaxrsResource
@Path(ModuleEndpoints.JURISDICTION_SCOPE + "{module: " + ModuleDispatcher.MODULE_ID + "}")
@Hidden
public class ModuleDispatcher {
    /** {@link org.jiceng.module.ModuleHeaders#ID_PATTERN} without capturing groups, as JAX-RS templates want. */
    static final String MODULE_ID = "[a-z][a-z0-9]*(?:-[a-z0-9]+)+";

    private final ModuleRoutes routes;
    private final AccessControl access;

    @Activate
    public ModuleDispatcher(@Reference ModuleRoutes routes, @Reference AccessControl access) {
        this.routes = routes;
        this.access = access;
    }

    @Path("/")
    public Object module(@PathParam("code") String code, @PathParam("module") String module, @Context UriInfo uri, @Context Request request) {
        Caller caller = CallerChecks.caller();
        CallerChecks.requireRole(caller, null, request.getMethod());
        CallerChecks.requireVisible(access, caller, code);
        return routes.enter(module, code, below(uri.getPathSegments(), module));
    }

    /** The segments after {@code jurisdictions/{code}/<module-id>}, without empty ones. */
    static List<String> below(List<PathSegment> segments, String module) {
        List<String> names = new ArrayList<>();
        for (PathSegment s : segments) {
            if (!s.getPath().isEmpty()) {
                names.add(s.getPath());
            }
        }
        int at = names.indexOf("jurisdictions") + 3;
        return at < 3 || at > names.size() ? List.of() : List.copyOf(names.subList(at, names.size()));
    }
}
