package org.jiceng.module;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a module's DS component as one of its REST resources: the component gets the service
 * property {@value ModuleEndpoints#REST_RESOURCE}{@code =true}. Put it where a core resource
 * would put {@code @JaxrsResource}:
 *
 * <pre>
 * &#64;Component(service = DelegatesResource.class)
 * &#64;ModuleRestResource
 * &#64;Path(ModuleEndpoints.JURISDICTION_SCOPE + "xingning-town-congress/delegates")
 * public class DelegatesResource { ... }
 * </pre>
 *
 * Such a resource is not a JAX-RS whiteboard resource: the core's one application routes
 * {@code /jurisdictions/{code}/<module-id>/…} to it, so a module coming or going never rebuilds
 * the application that serves the core and every other module.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleRestResource {
    /** Makes the marker's property {@code jiceng.module.rest.resource}. */
    String PREFIX_ = "jiceng.";
}
