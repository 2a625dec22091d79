package org.jiceng.security;

import java.util.Optional;

import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jspecify.annotations.Nullable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts of people and systems. Every change is checked against the current caller: an
 * admin manages all accounts, a jurisdiction-admin only those inside its subtree and never
 * grants {@link Role#ADMIN}.
 */
@ProviderType
public interface AccountService {

    java.util.Set<String> SORTABLE = java.util.Set.of("id", "username", "jurisdictionCode", "createdAt", "lastLoginAt");

    /** Accounts inside {@code jurisdictionCode}'s subtree (the caller's own subtree when null). */
    Page<Account> find(@Nullable String jurisdictionCode, @Nullable Role role, @Nullable String usernameContains, PageRequest page);

    Account get(long id);

    Optional<Account> byUsername(String username);

    /** Creates an account with an initial password (validated by the password policy). */
    Account create(Account account, char[] password);

    /** Changes display name, jurisdiction, roles, enabled; {@code version} must match. */
    Account update(long id, Account account);

    /** Sets a new password; an account may change its own, admins those they manage. Ends its tokens. */
    void setPassword(long id, char[] password, long version);

    /** Deletes an account that has never logged in; others are disabled instead, so the audit trail keeps its names. */
    void delete(long id);

    /**
     * Checks a username and password; the result says why it failed without telling the caller
     * whether the account exists. Failures are counted per source and account, and per source:
     * past a limit the source waits before its next try, and the account is never locked by them.
     *
     * @param source where the login comes from: its method and client address ({@code "http 203.0.113.7"},
     *        {@code "ssh 127.0.0.1"}), or null when unknown
     * @throws LoginThrottledException when this source must wait before trying this account again
     */
    Verification verify(String username, char[] password, @Nullable String source);

    /** The current token generation of an account: tokens issued before a password change or disable are refused. */
    long tokenGeneration(String username);

    /** The outcome of {@link #verify}. */
    record Verification(Account account, Failure failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Why a verification failed. */
    enum Failure {
        BAD_CREDENTIALS, LOCKED, DISABLED
    }
}
