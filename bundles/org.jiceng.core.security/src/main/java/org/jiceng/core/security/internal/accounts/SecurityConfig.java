package org.jiceng.core.security.internal.accounts;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jiceng accounts and logins", description = "Password policy, lockout and the first admin account")
public @interface SecurityConfig {
    String PID = "org.jiceng.security";

    @AttributeDefinition(description = "Password of the account 'admin' created at the first start when no admin exists "
            + "(else the environment variable JICENG_ADMIN_PASSWORD). Remove it after the first start.", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String admin_initialPassword() default "";

    @AttributeDefinition(description = "Minimum password length")
    int password_minLength() default 10;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new hashes")
    int password_iterations() default PasswordHasher.DEFAULT_ITERATIONS;

    @AttributeDefinition(description = "Failed logins in a row that lock an account")
    int lockout_attempts() default 5;

    @AttributeDefinition(description = "Minutes an account stays locked")
    int lockout_minutes() default 15;
}
