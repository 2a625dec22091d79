package org.jiceng.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The caller of the current thread. Entry points bind it for the duration of a call; code that
 * hands work to another thread captures {@link #current()} and binds it there.
 */
public final class CallerContext {
    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    /**
     * The bound caller; else the account of the JAAS subject the code runs as (Karaf runs shell
     * commands as the logged-in subject); else {@link Caller#system(Channel) system} (jobs, start-up).
     */
    public static Caller current() {
        Caller caller = CURRENT.get();
        if (caller != null) {
            return caller;
        }
        JicengPrincipal shellUser = shellPrincipal();
        if (shellUser != null) {
            return new Caller(shellUser.username(), shellUser.roles(), shellUser.jurisdictionCode(), Channel.SHELL, null);
        }
        return Caller.system(Channel.SYSTEM);
    }

    @SuppressWarnings("removal") // Subject.getSubject(AccessControlContext) is how Karaf 4.4 commands see their subject on Java 17
    private static JicengPrincipal shellPrincipal() {
        try {
            javax.security.auth.Subject subject = javax.security.auth.Subject.getSubject(java.security.AccessController.getContext());
            if (subject == null) {
                return null;
            }
            return subject.getPrincipals(JicengPrincipal.class).stream().findFirst().orElse(null);
        } catch (RuntimeException | Error e) {
            return null; // a JVM without the security manager API: no shell subject
        }
    }

    /** Whether an entry point bound a caller on this thread. */
    public static boolean isBound() {
        return CURRENT.get() != null;
    }

    /** Binds {@code caller} until the returned binding is closed (then the previous one is restored). */
    public static Binding bind(Caller caller) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Forgets any caller bound on this thread (entry points call it first, so nothing carries over between requests). */
    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as {@code caller}. */
    @SuppressWarnings("try") // the binding is held for its scope only, never read
    public static <T extends @Nullable Object> T callAs(Caller caller, Supplier<T> work) {
        try (Binding ignored = bind(caller)) {
            return work.get();
        }
    }

    /** Runs {@code work} as {@code caller}. */
    @SuppressWarnings("try") // the binding is held for its scope only, never read
    public static void runAs(Caller caller, Runnable work) {
        try (Binding ignored = bind(caller)) {
            work.run();
        }
    }

    /** A bound caller; closing restores the previous one. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
