package org.jiceng.security;

import java.util.function.Supplier;

/**
 * The caller of the current thread. Entry points bind it for the duration of a call; code that
 * hands work to another thread captures {@link #current()} and binds it there.
 */
public final class CallerContext {
    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    /** The bound caller, or {@link Caller#system(Channel) system} when none is bound (jobs, start-up). */
    public static Caller current() {
        Caller caller = CURRENT.get();
        return caller != null ? caller : Caller.system(Channel.SYSTEM);
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

    /** Runs {@code work} as {@code caller}. */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        try (Binding ignored = bind(caller)) {
            return work.get();
        }
    }

    /** Runs {@code work} as {@code caller}. */
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
