package org.jiceng.core.security.internal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.jiceng.cluster.ClusterSignals;
import org.jiceng.common.ConflictException;
import org.jiceng.common.ForbiddenException;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Page;
import org.jiceng.common.PageRequest;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.persistence.JurisdictionAncestry;
import org.jiceng.persistence.QueryBuilder;
import org.jiceng.persistence.Transactions;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.security.AccessControl;
import org.jiceng.security.Account;
import org.jiceng.security.AccountService;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.LoginThrottledException;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Accounts in the core database. Who may manage whom: admins everyone; a jurisdiction-admin the
 * accounts inside its subtree that are not admins, granting at most its own powers; everybody
 * their own password.
 */
@Component(service = {AccountService.class, AccountServiceImpl.class}, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class AccountServiceImpl implements AccountService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Map<String, String> SORT = Map.of("id", "a.id", "username", "a.username", "jurisdictionCode",
            "a.jurisdictionCode", "createdAt", "a.createdAt", "lastLoginAt", "a.lastLoginAt");
    private static final Set<Role> DELEGABLE = EnumSet.of(Role.JURISDICTION_ADMIN, Role.OPERATOR, Role.VIEWER, Role.INTEGRATION);

    /** Signalled to every node when an account's tokens end (its generation moved or it is gone): they drop what they cached. */
    public static final String TOKENS_SIGNAL = "account-tokens";

    private final AccountStore store;
    private final AccessControl access;
    private final ClusterSignals signals;
    private final JurisdictionService jurisdictions;
    private volatile SecurityConfig config;
    private volatile PasswordHasher hasher;
    private final LoginThrottle throttle;

    @Activate
    public AccountServiceImpl(@Reference AccountStore store, @Reference AccessControl access, @Reference JurisdictionService jurisdictions,
            @Reference ClusterSignals signals, SecurityConfig config) {
        this.jurisdictions = jurisdictions;
        this.signals = signals;
        this.store = store;
        this.access = access;
        this.throttle = new LoginThrottle(throttleSettings(config), Clock.systemUTC());
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        this.config = config;
        this.hasher = new PasswordHasher(config.password_iterations());
        throttle.configure(throttleSettings(config));
    }

    private static LoginThrottle.Settings throttleSettings(SecurityConfig config) {
        return new LoginThrottle.Settings(config.throttle_attempts(), Duration.ofSeconds(config.throttle_firstWaitSeconds()),
                Duration.ofSeconds(config.throttle_maxWaitSeconds()), config.throttle_sourceAttempts());
    }

    @Override
    public Page<Account> find(String jurisdictionCode, Role role, String usernameContains, PageRequest page) {
        access.requireRole(Role.JURISDICTION_ADMIN);
        String scope = access.listScope(jurisdictionCode);
        return store.tx().read(em -> {
            QueryBuilder q = new QueryBuilder("AccountEntity", "a")
                    .where("a.jurisdictionCode IN " + JurisdictionAncestry.SUBTREE_CODES, "scope", scope)
                    .where("CONCAT(',', CONCAT(a.roles, ',')) LIKE :role", "role", role == null ? null : "%," + role.externalName() + ",%")
                    .contains("a.username", "name", usernameContains);
            Page<AccountEntity> rows = q.page(em, AccountEntity.class, page.withDefaultOrder(new PageRequest.Order("username", true)), SORT);
            return new Page<>(rows.items().stream().map(AccountEntity::toDto).toList(), rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public Account get(long id) {
        return store.tx().read(em -> visible(em, CallerContext.current(), id).toDto());
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return store.tx().read(em -> one(em, username).map(AccountEntity::toDto));
    }

    @Override
    public Account create(Account input, char[] password) {
        Caller caller = CallerContext.current();
        access.requireRole(Role.JURISDICTION_ADMIN);
        validate(input, true);
        checkGrant(caller, input.jurisdictionCode(), input.roles());
        checkPassword(input.username(), password);
        String hash = hasher.hash(password);
        return store.tx().write(em -> {
            checkJurisdiction(input.jurisdictionCode());
            if (one(em, input.username()).isPresent()) {
                throw new ConflictException("An account named '" + input.username() + "' exists");
            }
            AccountEntity e = new AccountEntity();
            e.setUsername(input.username());
            e.setDisplayName(input.displayName());
            e.setJurisdictionCode(input.jurisdictionCode());
            e.setRoleSet(input.roles());
            e.setEnabled(input.enabled() == null || input.enabled());
            e.setPasswordHash(hash);
            LocalDateTime now = LocalDateTime.now();
            e.setPasswordChangedAt(now);
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            return e.toDto();
        });
    }

    @Override
    public Account update(long id, Account input) {
        Caller caller = CallerContext.current();
        access.requireRole(Role.JURISDICTION_ADMIN);
        validate(input, false);
        long version = Validator.requiredVersion(input.version());
        return store.tx().write(em -> {
            AccountEntity e = manageable(em, caller, id);
            ConflictException.requireVersion("Account", id, e.getVersion(), version);
            checkGrant(caller, input.jurisdictionCode(), input.roles());
            checkJurisdiction(input.jurisdictionCode());
            if (caller.username().equals(e.getUsername()) && (Boolean.FALSE.equals(input.enabled()) || !input.roles().equals(e.roleSet()))) {
                throw new ValidationException("roles", "an account cannot change its own roles or disable itself");
            }
            boolean disabling = e.isEnabled() && Boolean.FALSE.equals(input.enabled());
            boolean rolesChanged = !input.roles().equals(e.roleSet());
            e.setDisplayName(input.displayName());
            e.setJurisdictionCode(input.jurisdictionCode());
            e.setRoleSet(input.roles());
            if (input.enabled() != null) {
                e.setEnabled(input.enabled());
            }
            if (disabling || rolesChanged) {
                endTokens(e);
            }
            em.flush();
            return e.toDto();
        });
    }

    @Override
    public void setPassword(long id, char[] password, long version) {
        Caller caller = CallerContext.current();
        // Hashed outside the writing transaction: the slow hash must not hold a connection or a lock.
        String hash = store.tx().read(em -> {
            checkPassword(visible(em, caller, id).getUsername(), password);
            return hasher.hash(password);
        });
        store.tx().run(em -> {
            AccountEntity e = em.find(AccountEntity.class, id);
            ConflictException.requireVersion("Account", id, e.getVersion(), version);
            e.setPasswordHash(hash);
            e.setPasswordChangedAt(LocalDateTime.now());
            endTokens(e);
            e.setFailedLogins(0);
            e.setLockedUntil(null);
        });
    }

    @Override
    public void delete(long id) {
        Caller caller = CallerContext.current();
        access.requireRole(Role.JURISDICTION_ADMIN);
        store.tx().run(em -> {
            AccountEntity e = manageable(em, caller, id);
            if (caller.username().equals(e.getUsername())) {
                throw new ConflictException("An account cannot delete itself");
            }
            if (e.getLastLoginAt() != null) {
                throw new ConflictException("Account '" + e.getUsername() + "' has logged in, so the audit trail names it: disable it instead");
            }
            em.remove(e);
            Transactions.afterCommit(() -> signals.signal(TOKENS_SIGNAL));
        });
    }

    /** The account's tokens stop working: on this node at once, on the others when the signal arrives (at most the generation cache's seconds). */
    private void endTokens(AccountEntity e) {
        e.setTokenGeneration(e.getTokenGeneration() + 1);
        Transactions.afterCommit(() -> signals.signal(TOKENS_SIGNAL));
    }

    @Override
    public Verification verify(String username, char[] password, String source) {
        String from = source == null ? LoginThrottle.source(null, null) : source;
        String name = username == null ? "" : username;
        long wait = throttle.waitSeconds(from, name);
        if (wait > 0) {
            throw new LoginThrottledException((int) Math.min(Integer.MAX_VALUE, wait));
        }
        Optional<AccountEntity> found = username == null ? Optional.empty() : store.tx().read(em -> one(em, username));
        if (found.isEmpty()) {
            hasher.dummyCheck(password);
            throttle.failed(from, name);
            return new Verification(null, Failure.BAD_CREDENTIALS);
        }
        AccountEntity e = found.get();
        LocalDateTime now = LocalDateTime.now();
        if (e.getLockedUntil() != null && e.getLockedUntil().isAfter(now)) {
            return new Verification(null, Failure.LOCKED); // locked by an administrator; failed logins never lock
        }
        if (!hasher.matches(password, e.getPasswordHash())) {
            throttle.failed(from, name);
            store.tx().run(em -> em.createQuery("UPDATE AccountEntity a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
                    .setParameter("id", e.getId()).executeUpdate());
            return new Verification(null, Failure.BAD_CREDENTIALS);
        }
        throttle.succeeded(from, name);
        if (!e.isEnabled()) {
            return new Verification(null, Failure.DISABLED);
        }
        store.tx()
                .run(em -> em.createQuery("UPDATE AccountEntity a SET a.failedLogins = 0, a.lastLoginAt = :now WHERE a.id = :id")
                        .setParameter("now", now).setParameter("id", e.getId()).executeUpdate());
        return new Verification(e.toDto(), null);
    }

    @Override
    public long tokenGeneration(String username) {
        return store.tx().read(em -> one(em, username).filter(AccountEntity::isEnabled).map(AccountEntity::getTokenGeneration).orElse(-1L));
    }

    /** Creates an account without a caller check: for the first admin and the demo accounts only. */
    public void bootstrap(String username, String displayName, String jurisdictionCode, Set<Role> roles, char[] password) {
        bootstrap(username, displayName, jurisdictionCode, roles, () -> hashPassword(password));
    }

    /**
     * Creates the account when it does not exist, with a password hash asked of the supplier only
     * then: the demo profile calls this on every start, and a hash costs ~150 ms.
     */
    public void bootstrap(String username, String displayName, String jurisdictionCode, Set<Role> roles, Supplier<String> passwordHash) {
        if (store.tx().read(em -> one(em, username).isPresent())) {
            return;
        }
        String hash = passwordHash.get();
        store.tx().run(em -> {
            if (one(em, username).isPresent()) {
                return;
            }
            AccountEntity e = new AccountEntity();
            e.setUsername(username);
            e.setDisplayName(displayName);
            e.setJurisdictionCode(jurisdictionCode);
            e.setRoleSet(roles);
            e.setEnabled(true);
            e.setPasswordHash(hash);
            LocalDateTime now = LocalDateTime.now();
            e.setPasswordChangedAt(now);
            e.setCreatedAt(now);
            em.persist(e);
        });
    }

    /** A new hash of the password, with the configured iterations and a fresh salt. */
    public String hashPassword(char[] password) {
        return hasher.hash(password);
    }

    public boolean anyAdmin() {
        return store.tx().read(em -> em.createQuery("SELECT COUNT(a) FROM AccountEntity a WHERE CONCAT(',', CONCAT(a.roles, ',')) LIKE :r",
                Long.class).setParameter("r", "%," + Role.ADMIN.externalName() + ",%").getSingleResult() > 0);
    }

    public void checkPassword(String username, char[] password) {
        int min = config.password_minLength();
        if (password == null || password.length < min) {
            throw new ValidationException("password", "must have at least " + min + " characters");
        }
        if (password.length > 200) {
            throw new ValidationException("password", "must have at most 200 characters");
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            throw new ValidationException("password", "must not be the username");
        }
    }

    /** The account if the caller may see it (its own, or one it manages); otherwise the same 404 as a missing one. */
    private AccountEntity visible(EntityManager em, Caller caller, long id) {
        AccountEntity e = em.find(AccountEntity.class, id);
        if (e == null || !(caller.username().equals(e.getUsername()) || manages(caller, e.getJurisdictionCode(), e.roleSet()))) {
            throw new NotFoundException("Account", id);
        }
        return e;
    }

    private AccountEntity manageable(EntityManager em, Caller caller, long id) {
        AccountEntity e = visible(em, caller, id);
        if (!manages(caller, e.getJurisdictionCode(), e.roleSet())) {
            throw new ForbiddenException("Only an administrator above this account may change it");
        }
        return e;
    }

    /** Admins manage everybody; a jurisdiction-admin non-admin accounts inside its subtree. */
    private boolean manages(Caller caller, String jurisdictionCode, Set<Role> roles) {
        if (caller.unrestricted()) {
            return true;
        }
        return caller.has(Role.JURISDICTION_ADMIN) && !roles.contains(Role.ADMIN) && jurisdictionCode != null
                && access.canSee(caller, jurisdictionCode);
    }

    private void checkGrant(Caller caller, String jurisdictionCode, Set<Role> roles) {
        if (caller.unrestricted()) {
            return;
        }
        if (!DELEGABLE.containsAll(roles)) {
            throw new ForbiddenException("A jurisdiction-admin grants only " + DELEGABLE.stream().map(Role::externalName).toList());
        }
        access.requireVisible(jurisdictionCode);
    }

    private void checkJurisdiction(String code) {
        if (code != null && jurisdictions.find(code).isEmpty()) {
            throw new ValidationException("jurisdictionCode", "no jurisdiction " + code);
        }
    }

    private static void validate(Account a, boolean creating) {
        Validator v = new Validator().maxLength("displayName", a.displayName(), 100);
        if (creating) {
            v.require("username", a.username());
            v.check(a.username() == null || USERNAME.matcher(a.username()).matches(), "username",
                    "3–64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        v.check(!a.roles().isEmpty(), "roles", "at least one of admin, jurisdiction-admin, operator, viewer, integration");
        v.check(a.roles().contains(Role.ADMIN) || a.jurisdictionCode() != null, "jurisdictionCode",
                "required for every role but admin");
        v.throwIfInvalid();
    }

    private static Optional<AccountEntity> one(EntityManager em, String username) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.username = :u", AccountEntity.class).setParameter("u", username)
                .getResultList().stream().findFirst();
    }
}
