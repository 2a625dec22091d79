package org.jiceng.security;

import org.jiceng.common.BusyException;

/**
 * Too many failed logins from this source for this account (or for any account): the source must
 * wait {@link #retryAfterSeconds()} before it may try again (429, {@code Retry-After}). The account
 * itself is not locked; its owner elsewhere logs in as usual.
 */
public class LoginThrottledException extends BusyException {
    private static final long serialVersionUID = 1L;

    public LoginThrottledException(int retryAfterSeconds) {
        super("Too many failed logins from here: wait " + Math.max(1, retryAfterSeconds) + " s before trying again", retryAfterSeconds);
    }

    @Override
    public String problemType() {
        return "login-throttled";
    }
}
