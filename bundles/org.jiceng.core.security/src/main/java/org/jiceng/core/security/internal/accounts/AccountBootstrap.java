package org.jiceng.core.security.internal.accounts;

import java.util.Set;

import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin. There is no default password: without an admin account the server starts,
 * answers every request with 401 and logs how to create one (the demo profile creates its
 * documented demo accounts instead).
 */
@Component(immediate = true, configurationPid = {SecurityConfig.PID, AccountBootstrap.DEMO_PID})
public class AccountBootstrap {
    static final String ENVIRONMENT_VARIABLE = "JICENG_ADMIN_PASSWORD";

    /** The demo profile's configuration (etc/org.jiceng.demo.cfg), read here for its switch only. */
    static final String DEMO_PID = "org.jiceng.demo";

    /**
     * With the demo profile on, a first start has no admin until the demo data has created the demo
     * accounts, a few seconds later: that is no reason to warn a newcomer to set a password.
     */
    @interface DemoProfile {
        boolean enabled() default false;
    }
    private final Logger logger = LoggerFactory.getLogger(AccountBootstrap.class);

    @Activate
    public AccountBootstrap(@Reference AccountServiceImpl accounts, SecurityConfig config, DemoProfile demo) {
        if (accounts.anyAdmin()) {
            return;
        }
        String password = !config.admin_initialPassword().isBlank() ? config.admin_initialPassword() : System.getenv(ENVIRONMENT_VARIABLE);
        if ((password == null || password.isBlank()) && demo.enabled()) {
            logger.info("No admin account yet: the demo profile (etc/{}.cfg) creates the demo accounts with its data", DEMO_PID);
            return;
        }
        if (password == null || password.isBlank()) {
            logger.warn("No admin account exists and none can be created: set {} or admin.initialPassword in etc/{}.cfg "
                    + "and restart (or enable the demo profile, etc/org.jiceng.demo.cfg)", ENVIRONMENT_VARIABLE, SecurityConfig.PID);
            return;
        }
        try {
            accounts.checkPassword("admin", password.toCharArray());
        } catch (RuntimeException e) {
            logger.error("Initial admin password refused: {}", e.getMessage());
            return;
        }
        accounts.bootstrap("admin", "Administrator", null, Set.of(Role.ADMIN), password.toCharArray());
        logger.info("Created the account 'admin'; remove admin.initialPassword from etc/{}.cfg now", SecurityConfig.PID);
    }
}
