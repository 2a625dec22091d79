package org.jiceng.core.rest.internal.security;

import java.io.IOException;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.jiceng.core.rest.internal.modules.ModuleRoutes;
import org.jiceng.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Ends the request's caller binding and its stay in a module (see {@link ModuleRoutes}): after the
 * body is written (streamed exports run while it is written, still as the caller), or at the
 * response filter when there is no body.
 */
@Component(service = {ContainerResponseFilter.class, WriterInterceptor.class})
@JaxrsExtension
public class CallerRelease implements ContainerResponseFilter, WriterInterceptor {
    private final ModuleRoutes modules;

    @Activate
    public CallerRelease(@Reference ModuleRoutes modules) {
        this.modules = modules;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity()) {
            end();
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            end();
        }
    }

    private void end() {
        CallerContext.clear();
        modules.release();
    }
}
