package org.jiceng.core.security.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.jiceng.cluster.ClusterSignals;
import org.jiceng.common.UnauthorizedException;
import org.jiceng.core.security.internal.accounts.AccountServiceImpl;
import org.jiceng.core.security.internal.accounts.AccountStore;
import org.jiceng.security.AccountService;
import org.jiceng.security.Authenticator;
import org.jiceng.security.Caller;
import org.jiceng.security.Channel;
import org.jiceng.security.JicengPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Passwords are checked by a JAAS login to the realm {@code karaf} (so REST and SOAP use exactly
 * the login the shell uses); verified pairs are cached briefly. Tokens are checked by signature (once per
 * token: see {@link VerifiedTokens}), expiry and the account's current token generation. The signing key is the database's, shared by
 * every node; cached generations are dropped when any node signals that an account's tokens ended.
 */
@Component(configurationPid = AuthenticationConfig.PID)
@Designate(ocd = AuthenticationConfig.class)
public class AuthenticatorImpl implements Authenticator {
    static final String INVALID = "Invalid username or password";

    private final AccountService accounts;
    private final TokenSigner signer;
    private final VerifiedCredentials verified = new VerifiedCredentials();
    private final VerifiedTokens verifiedTokens = new VerifiedTokens();
    private final Map<String, long[]> generations = new ConcurrentHashMap<>();
    private final ClassLoader loginClassLoader;
    private volatile AuthenticationConfig config;
    private final AutoCloseable listening;

    @Activate
    public AuthenticatorImpl(@Reference AccountService accounts, @Reference AccountRealm realm, @Reference AccountStore store,
            @Reference ClusterSignals signals, BundleContext context, AuthenticationConfig config) {
        this.accounts = accounts;
        String data = context.getProperty("karaf.data");
        Path formerKeyFile = Path.of(data != null ? data : "data", "security", "token-signing.key");
        this.signer = new TokenSigner(SharedTokenKey.loadOrCreate(store.tx(), formerKeyFile));
        this.loginClassLoader = AuthenticatorImpl.class.getClassLoader();
        this.config = config;
        this.listening = signals.listen(AccountServiceImpl.TOKENS_SIGNAL, generations::clear);
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }

    @Modified
    void modified(AuthenticationConfig config) {
        this.config = config;
    }

    @Override
    public Caller password(String username, char[] password, Channel channel, String remoteAddress) {
        if (username == null || username.isEmpty() || password == null) {
            throw new UnauthorizedException(INVALID);
        }
        Instant now = Instant.now();
        VerifiedCredentials.Entry cached = verified.get(username, password, now);
        if (cached != null) {
            if (cached.generation() == generation(username, now)) {
                return at(cached.caller(), channel, remoteAddress);
            }
            verified.forget(username, password);
        }
        Caller caller = jaasLogin(username, password, channel, remoteAddress);
        int seconds = config.password_cacheSeconds();
        if (seconds > 0) {
            verified.put(username, password, new VerifiedCredentials.Entry(caller, generation(username, now), now.plusSeconds(seconds)));
        }
        return caller;
    }

    private Caller jaasLogin(String username, char[] password, Channel channel, String remoteAddress) {
        Subject subject = new Subject();
        // REST and SOAP share one source per address: both are HTTP, and a guesser gains nothing by switching.
        subject.getPrincipals().add(new ClientPrincipal("http", remoteAddress));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's ProxyLoginModule through the context class loader.
        thread.setContextClassLoader(loginClassLoader);
        try {
            LoginContext login = new LoginContext(AccountRealm.NAME, subject, callbacks -> {
                for (javax.security.auth.callback.Callback c : callbacks) {
                    if (c instanceof NameCallback name) {
                        name.setName(username);
                    } else if (c instanceof PasswordCallback pw) {
                        pw.setPassword(password);
                    }
                }
            });
            login.login();
        } catch (AccountLoginModule.ThrottledLoginException e) {
            throw e.throttled();
        } catch (AccountLockedException e) {
            throw new UnauthorizedException("Too many failed logins: the account is locked for a while");
        } catch (FailedLoginException e) {
            throw new UnauthorizedException(INVALID);
        } catch (LoginException e) {
            // Not a verdict on the credentials: the account store or the realm failed (JAAS wraps
            // what a login module throws). Answering 401 would send the client to check a password
            // that may be right; it is the server's error, logged with its cause.
            throw new IllegalStateException("The login could not be checked: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        JicengPrincipal p = subject.getPrincipals(JicengPrincipal.class).stream().findFirst()
                .orElseThrow(() -> new UnauthorizedException(INVALID));
        return new Caller(p.username(), p.roles(), p.jurisdictionCode(), channel, remoteAddress);
    }

    @Override
    public Caller bearer(String token, Channel channel, String remoteAddress) {
        Instant now = Instant.now();
        TokenSigner.Claims claims = token == null ? null : verifiedTokens.verify(token, now, signer);
        if (claims == null) {
            throw new UnauthorizedException("Invalid or expired token");
        }
        if (claims.generation() != generation(claims.username(), now)) {
            throw new UnauthorizedException("The token was revoked (password changed or account disabled): get a new one");
        }
        return new Caller(claims.username(), claims.roles(), claims.jurisdictionCode(), channel, remoteAddress);
    }

    @Override
    public IssuedToken issue(Caller caller) {
        Instant now = Instant.now();
        long ttl = config.token_ttlMinutes() * 60L;
        Instant expires = now.plusSeconds(ttl);
        String token = signer.sign(caller.username(), caller.roles(), caller.jurisdictionCode(), generation(caller.username(), now), now,
                expires);
        return new IssuedToken(token, LocalDateTime.ofInstant(expires, ZoneId.systemDefault()), ttl);
    }

    /** The account's token generation (-1 when missing or disabled), cached for a few seconds. */
    private long generation(String username, Instant now) {
        long millis = now.toEpochMilli();
        long[] cached = generations.get(username);
        if (cached != null && cached[1] > millis) {
            return cached[0];
        }
        long generation = accounts.tokenGeneration(username);
        if (generations.size() > 10_000) {
            generations.clear();
        }
        generations.put(username, new long[]{generation, millis + config.generation_cacheSeconds() * 1000L});
        return generation;
    }

    private static Caller at(Caller c, Channel channel, String remoteAddress) {
        return new Caller(c.username(), c.roles(), c.jurisdictionCode(), channel, remoteAddress);
    }
}
