package org.jiceng.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the roles a REST resource method (or every method of a class) needs, where the
 * default does not fit. Default: reads (GET) need any role, writes need a role other than
 * {@link Role#VIEWER}. {@link Role#ADMIN} always passes. The core's filter enforces it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {
    Role[] value();
}
