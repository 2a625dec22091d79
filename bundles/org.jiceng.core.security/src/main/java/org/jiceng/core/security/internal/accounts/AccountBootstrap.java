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
@Component(immediate = true, configurationPid = SecurityConfig.PID)
public class AccountBootstrap {
    static final String ENVIRONMENT_VARIABLE = "JICENG_ADMIN_PASSWORD";
    private final Logger logger = LoggerFactory.getLogger(AccountBootstrap.class);

    @Activate
    public AccountBootstrap(@Reference AccountServiceImpl accounts, SecurityConfig config) {
        if (accounts.anyAdmin()) {
            return;
        }
        String password = !config.admin_initialPassword().isBlank() ? config.admin_initialPassword() : System.getenv(ENVIRONMENT_VARIABLE);
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
