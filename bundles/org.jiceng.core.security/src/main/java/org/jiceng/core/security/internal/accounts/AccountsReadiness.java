package org.jiceng.core.security.internal.accounts;

import java.util.Optional;

import org.jiceng.health.ReadinessCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Somebody can log in: an admin account exists. Without one every request is refused with 401
 * (see AccountBootstrap), so the server is not ready for traffic however healthy it is otherwise.
 * Once an admin has been seen the answer is kept: the last admin cannot be removed.
 */
@Component(service = ReadinessCheck.class)
public class AccountsReadiness implements ReadinessCheck {
    public static final String NAME = "accounts";

    @Reference
    private AccountServiceImpl accounts;

    private volatile boolean adminSeen;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> notReadyReason() {
        if (!adminSeen) {
            try {
                // one indexed count on a small table, asked only until the first admin exists
                adminSeen = accounts.anyAdmin();
            } catch (RuntimeException e) {
                return Optional.of("the account store does not answer: " + e.getMessage());
            }
        }
        return adminSeen
                ? Optional.empty()
                : Optional.of(
                        "no admin account exists yet: set JICENG_ADMIN_PASSWORD or admin.initialPassword (etc/org.jiceng.security.cfg) and restart");
    }
}
