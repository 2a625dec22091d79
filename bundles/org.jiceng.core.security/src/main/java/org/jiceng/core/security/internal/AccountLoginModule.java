package org.jiceng.core.security.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.jiceng.core.security.internal.accounts.LoginThrottle;
import org.jiceng.security.Account;
import org.jiceng.security.AccountService;
import org.jiceng.security.JicengPrincipal;
import org.jiceng.security.LoginThrottledException;
import org.jiceng.security.Role;

/**
 * Checks a username and password against the accounts and fills the subject with the account
 * ({@link JicengPrincipal}) and Karaf's roles: only admins get Karaf's own roles (shell, SSH,
 * JMX, feature management); everybody else works through REST and SOAP.
 */
public class AccountLoginModule implements LoginModule {
    /** Karaf's roles an admin account gets: shell and SSH access, all console commands, JMX. */
    static final List<String> KARAF_ADMIN_ROLES = List.of("admin", "manager", "viewer", "systembolt", "ssh");

    private Subject subject;
    private CallbackHandler handler;
    private AccountService accounts;
    private Account account;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = callbackHandler;
        this.accounts = (AccountService) options.get(AccountRealm.OPTION_ACCOUNTS);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[]{name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            AccountService.Verification v;
            try {
                v = accounts.verify(name.getName(), secret, source());
            } catch (LoginThrottledException e) {
                throw new ThrottledLoginException(e);
            }
            if (!v.ok()) {
                if (v.failure() == AccountService.Failure.LOCKED) {
                    throw new AccountLockedException("Too many failed logins: try again later");
                }
                throw new FailedLoginException("Invalid username or password");
            }
            account = v.account();
            return true;
        } finally {
            password.clearPassword();
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /**
     * Where the login comes from, as the entry point put it in the subject: Karaf's SSH server adds
     * its {@code ssh} client principal, REST and SOAP add theirs ({@link AuthenticatorImpl}).
     */
    private String source() {
        return subject.getPrincipals(ClientPrincipal.class).stream().findFirst().map(c -> LoginThrottle.source(c.getMethod(), c.getAddress()))
                .orElse(null);
    }

    /** Carries the throttle's wait through JAAS, which passes a login module's LoginException on as it is. */
    static final class ThrottledLoginException extends AccountLockedException {
        private static final long serialVersionUID = 1L;
        private final transient LoginThrottledException throttled;

        ThrottledLoginException(LoginThrottledException throttled) {
            super(throttled.getMessage());
            this.throttled = throttled;
        }

        LoginThrottledException throttled() {
            return throttled;
        }
    }

    @Override
    public boolean commit() {
        if (account == null) {
            return false;
        }
        added.add(new UserPrincipal(account.username()));
        added.add(new JicengPrincipal(account.username(), account.roles(), account.jurisdictionCode()));
        for (Role role : account.roles()) {
            added.add(new RolePrincipal("jiceng-" + role.externalName()));
        }
        if (account.roles().contains(Role.ADMIN)) {
            KARAF_ADMIN_ROLES.forEach(r -> added.add(new RolePrincipal(r)));
        }
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        account = null;
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        account = null;
        return true;
    }
}
