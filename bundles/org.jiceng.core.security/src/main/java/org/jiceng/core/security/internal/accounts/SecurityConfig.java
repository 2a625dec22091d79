package org.jiceng.core.security.internal.accounts;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jiceng accounts and logins", description = "Password policy, login throttling and the first admin account")
public @interface SecurityConfig {
    String PID = "org.jiceng.security";

    @AttributeDefinition(description = "Password of the account 'admin' created at the first start when no admin exists "
            + "(else the environment variable JICENG_ADMIN_PASSWORD). Remove it after the first start.", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String admin_initialPassword() default "";

    @AttributeDefinition(description = "Minimum password length")
    int password_minLength() default 10;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new hashes")
    int password_iterations() default PasswordHasher.DEFAULT_ITERATIONS;

    @AttributeDefinition(description = "Failed logins in a row, from one source (method and address) for one account, after which that source "
            + "waits before its next try for that account; the account is never locked by failed logins")
    int throttle_attempts() default 5;

    @AttributeDefinition(description = "Seconds of the first wait; each further failure doubles it")
    int throttle_firstWaitSeconds() default 30;

    @AttributeDefinition(description = "Longest wait in seconds; counts are forgotten this long after their last failure")
    int throttle_maxWaitSeconds() default 900;

    @AttributeDefinition(description = "Failed logins from one source across all accounts after which it waits for every account "
            + "(password spraying)")
    int throttle_sourceAttempts() default 100;
}
