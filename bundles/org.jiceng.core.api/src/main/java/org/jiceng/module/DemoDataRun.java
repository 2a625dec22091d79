package org.jiceng.module;

import java.util.concurrent.CancellationException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One run of a {@link DemoDataContributor}, given by the core's demo loader. There is no run, and
 * so no call of {@link DemoDataContributor#load}, for a contributor whose run completed before:
 * the core keeps that record, so a contributor needs no way to ask for it.
 */
@ProviderType
public interface DemoDataRun {

    /** Seed of the demo data set ({@code seed} in {@code etc/org.jiceng.demo.cfg}): the same seed gives the same data. */
    long seed();

    /** True once the contributor's service went away or the core is stopping: stop at the next unit of work. */
    boolean cancelled();

    /** Ends the run with a {@link CancellationException} when it was {@linkplain #cancelled() cancelled}; the core logs it as a cancel, not as a failure. */
    default void throwIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("demo data run cancelled");
        }
    }
}
