package org.jiceng.core.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jiceng authentication", description = "Bearer tokens and the cache of verified passwords")
public @interface AuthenticationConfig {
    String PID = "org.jiceng.authentication";

    @AttributeDefinition(description = "Lifetime of a bearer token in minutes")
    int token_ttlMinutes() default 60;

    @AttributeDefinition(description = "Seconds a verified username/password pair is trusted without hashing it again (0: always hash)")
    int password_cacheSeconds() default 300;

    @AttributeDefinition(description = "Seconds an account's token generation is cached: the delay before a password change or disable ends existing tokens")
    int generation_cacheSeconds() default 5;
}
