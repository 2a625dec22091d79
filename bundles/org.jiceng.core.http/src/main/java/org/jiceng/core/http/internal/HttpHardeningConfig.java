package org.jiceng.core.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code org.jiceng.http} ({@code etc/org.jiceng.http.cfg}). */
@ObjectClassDefinition(name = "Jiceng HTTP hardening", description = "Request body limits and security headers of every HTTP answer")
@interface HttpHardeningConfig {
    @AttributeDefinition(name = "Body limit (bytes)", description = "Largest request body accepted anywhere else; larger is 413", min = "1")
    long maxBodyBytes() default 16L * 1024 * 1024;

    @AttributeDefinition(name = "Upload body limit (bytes)", description = "Largest request body on the upload paths (bulk import files)", min = "1")
    long uploadMaxBodyBytes() default 64L * 1024 * 1024;

    @AttributeDefinition(name = "Upload paths", description = "Path prefixes that take the upload limit")
    String[] uploadPaths() default {"/api/v1/imports"};

    @AttributeDefinition(name = "REST base path", description = "Path of the JAX-RS application: no answer below it is HTML, "
            + "and while no application serves it the answer is 503 problem+json with Retry-After")
    String restBasePath() default "/api/v1";

    @AttributeDefinition(name = "HSTS max-age (seconds)", description = "Strict-Transport-Security on HTTPS answers; 0 sends none", min = "0")
    long hstsMaxAgeSeconds() default 31_536_000L;
}
