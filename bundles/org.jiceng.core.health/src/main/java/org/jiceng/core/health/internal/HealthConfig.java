package org.jiceng.core.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Jiceng health", description = "What readiness (/health/ready) waits for.")
public @interface HealthConfig {
    String PID = "org.jiceng.health";

    @AttributeDefinition(description = "Names of the readiness checks that must be registered and ready; a missing one is reported as not started. "
            + "Checks registered under other names take part as well.")
    String[] requiredChecks() default {"startup", "database", "database-schema", "accounts", "accounts-realm", "demo-data", "rest-application",
            "cluster-modules"};

    @AttributeDefinition(description = "Seconds a registered JAX-RS resource or extension may stay out of the whiteboard's application before "
            + "its component is registered again (the Aries whiteboard can lose a service while the framework starts).")
    long restRepairAfterSeconds() default 30;
}
