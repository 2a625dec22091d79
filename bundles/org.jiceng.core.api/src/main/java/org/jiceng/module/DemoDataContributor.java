package org.jiceng.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's demo data (and the core's demo accounts), loaded by the core's demo loader with the demo profile on
 * ({@code etc/org.jiceng.demo.cfg}, {@code enabled=true}). Register it as a DS service of the
 * module's bundle; the module reads no demo configuration and starts no thread of its own.
 *
 * <p>The core calls {@link #load} on a demo thread of its own, as the system caller (never at the same time as
 * another contributor of the same origin county; other counties' may load meanwhile when so configured), after its own demo
 * data (the registry the module builds on) is in place: at start-up for the modules already
 * installed, and whenever a contributor registers later (a module installed at runtime). Until
 * the server has been ready once, every contributor registered by then must have finished before
 * the readiness check {@code demo-data} is ready, so {@code /health/ready} at start-up means the
 * demo data of the core and of the modules is loaded; a module installed into a ready server loads
 * its demo data in the background.
 *
 * <p>Rules for an implementation:
 * <ul>
 * <li><b>Through the module's own services.</b> Create the records the way a user of the module
 * would, through its services and the core API, so every rule, derived figure and audit entry is
 * the real one; never write totals or figures into tables.</li>
 * <li><b>Resumable.</b> The core records, in its database, each contributor ({@link #moduleId()})
 * whose run <em>completed</em> (returned without being cancelled and without an exception) and
 * does not call {@link #load} for it again, on any later start or install. A run cut short (the
 * module uninstalled while it loads, the server stopped, a failure) records nothing, so the next
 * run must complete the data set with the figures an uninterrupted run gives: let every unit of
 * work check whether its own records exist and write only what is missing, and draw random numbers
 * per unit (from the seed and something stable of the unit), never from one source shared across
 * units; never skip the whole load because some records exist. The same holds for a database
 * whose demo data was loaded before the core recorded completions: the first run there finds
 * everything and writes nothing. Do nothing when what the module builds on is missing (the county
 * is not in the registry); such a run counts as completed too.</li>
 * <li><b>Cancellable.</b> When the contributor's service goes away (the module stops or is
 * uninstalled) or the core stops, {@link DemoDataRun#cancelled()} turns true and the core waits
 * for {@link #load} to return before the module goes on stopping: check it between units of work
 * (call {@link DemoDataRun#throwIfCancelled()}) and leave whole units only. The core does not
 * interrupt the thread, as an interrupt during database file I/O closes the embedded database's
 * file channel for every user.</li>
 * <li>An exception is logged by the core and ends this contributor's run only; the core and other
 * modules go on.</li>
 * </ul>
 */
@ConsumerType
public interface DemoDataContributor {

    /**
     * Who contributes, as the loader's log and the readiness check name it: for a module, its id
     * (its {@value ModuleHeaders#ID} header); a core part uses a name of its own ({@code core-accounts}).
     */
    String moduleId();

    /** Loads what is missing of the module's demo data; see the rules above. Not called once a run of it completed. */
    void load(DemoDataRun run);
}
