package org.jiceng.core.deployment.internal;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.RepositoryEvent;
import org.jiceng.cluster.ClusterSignals;
import org.jiceng.health.ReadinessCheck;
import org.jiceng.persistence.SchemaMigrator;
import org.jiceng.security.Caller;
import org.jiceng.security.CallerContext;
import org.jiceng.security.Channel;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's modules the cluster's: the database holds the set of module features
 * ({@link ModuleSetStore}), every install or uninstall of a module feature on this node — through
 * REST, the shell or the console, all of which go through Karaf's features service — is written
 * into it and signalled to the other nodes, and on a signal (and at start, before this node reports
 * ready: check {@value #CHECK}) the node installs what the set has and it lacks and uninstalls what
 * it has and the set lacks, through {@link ModuleDeploymentImpl}, so without refreshing anything.
 * Starts once Karaf has finished its boot features ({@link BootFinished}).
 */
@Component(service = ReadinessCheck.class, immediate = true)
public class ModuleSetSync implements ReadinessCheck, FeaturesListener {
    static final String CHECK = "cluster-modules";
    static final String SIGNAL = "module-set";
    private static final String OWNER = "deployment";
    private static final long RETRY_SECONDS = 30;

    private final Logger logger = LoggerFactory.getLogger(ModuleSetSync.class);
    private final FeaturesService features;
    private final ModuleDeploymentImpl deployment;
    private final ClusterSignals signals;
    private final ModuleSetStore set;
    /** The feature events this node's own catching up causes, so they are not written back as someone's change. */
    private final Set<String> expected = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jiceng-module-set");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AutoCloseable listening;
    private volatile boolean caughtUp;
    private volatile String behind = "catching up with the cluster's module set";

    @Activate
    public ModuleSetSync(@Reference FeaturesService features, @Reference ModuleDeploymentImpl deployment, @Reference ClusterSignals signals,
            @Reference(target = "(osgi.jndi.service.name=jiceng)") DataSource dataSource, @Reference SchemaMigrator migrator,
            @Reference BootFinished bootFinished, BundleContext context) {
        migrator.migrate(context.getBundle(), OWNER);
        this.features = features;
        this.deployment = deployment;
        this.signals = signals;
        this.set = new ModuleSetStore(dataSource);
        seed();
        features.registerListener(this);
        this.listening = signals.listen(SIGNAL, this::catchUpSoon);
        catchUpSoon();
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
        features.unregisterListener(this);
        thread.shutdownNow();
    }

    @Override
    public String name() {
        return CHECK;
    }

    @Override
    public Optional<String> notReadyReason() {
        return caughtUp ? Optional.empty() : Optional.of(behind);
    }

    /** The first node (or the first start after an upgrade) makes its installed modules the set. */
    private void seed() {
        try {
            Map<String, String> installed = installedModules();
            if (set.seedIfFirst(installed)) {
                logger.info("The cluster's module set starts as this node's: {}", installed.keySet());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or seed the cluster's module set: " + e.getMessage(), e);
        }
    }

    @Override
    public void featureEvent(FeatureEvent event) {
        Feature f = event.getFeature();
        if (event.isReplay() || !ModuleFeatures.isModule(ModuleDeploymentImpl.view(f))) {
            return;
        }
        boolean installed = event.getType() == FeatureEvent.EventType.FeatureInstalled;
        if (expected.remove((installed ? "+" : "-") + f.getName())) {
            return; // this node catching up, not a change of the set
        }
        try {
            if (installed) {
                set.put(f.getName(), f.getVersion());
            } else {
                set.remove(f.getName(), f.getVersion());
            }
            logger.info("Module feature {}/{} {} on this node: the cluster's module set follows", f.getName(), f.getVersion(),
                    installed ? "installed" : "uninstalled");
        } catch (SQLException e) {
            // The other nodes do not follow until the next change; this node keeps what it has.
            logger.error("Module feature {} {} here, but the cluster's module set could not record it", f.getName(),
                    installed ? "installed" : "uninstalled", e);
            return;
        }
        signals.signalOthers(SIGNAL); // this node has the change: only the others catch up
    }

    @Override
    public void repositoryEvent(RepositoryEvent event) {
        // repositories are each node's own (feature:repo-add on every node, as the README says)
    }

    /** Asks for a look at the set soon; signals arriving meanwhile make one look. */
    private void catchUpSoon() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.schedule(this::catchUp, 0, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // deactivated: the next start catches up
            }
        }
    }

    private void catchUp() {
        queued.set(false);
        try {
            // Decided and done under the deployment's lock: a REST install, update or uninstall running here is over first.
            synchronized (deployment) {
                Map<String, String> wanted = set.read();
                Map<String, String> here = installedModules();
                CallerContext.runAs(Caller.system(Channel.SYSTEM), () -> {
                    wanted.forEach((feature, version) -> {
                        if (!here.containsKey(feature)) {
                            install(feature, version);
                        } else if (newer(version, here.get(feature))) {
                            update(feature, version);
                        }
                    });
                    here.keySet().stream().filter(feature -> !wanted.containsKey(feature)).forEach(this::uninstall);
                });
                if (!caughtUp) {
                    logger.info("This node has the cluster's module set: {}", wanted.keySet());
                }
            }
            caughtUp = true;
        } catch (SQLException | RuntimeException e) {
            behind = "could not take the cluster's module set: " + e.getMessage();
            logger.error("Catching up with the cluster's module set failed; trying again in {} s", RETRY_SECONDS, e);
            try {
                thread.schedule(this::catchUpSoon, RETRY_SECONDS, TimeUnit.SECONDS);
            } catch (RejectedExecutionException stopping) {
                // deactivated
            }
        }
    }

    private void install(String feature, String version) {
        logger.info("Installing module feature {}/{}: the cluster's module set has it", feature, version);
        expected.add("+" + feature);
        try {
            deployment.install(feature, version);
        } finally {
            expected.remove("+" + feature); // Karaf reports the install before it returns; none left to expect
        }
    }

    private void update(String feature, String version) {
        String moduleId = ModuleFeatures.moduleIdOf(feature).orElseThrow();
        logger.info("Updating module {} to {}: the cluster's module set has that version", moduleId, version);
        expected.add("+" + feature);
        expected.add("-" + feature);
        try {
            deployment.update(moduleId);
        } finally {
            expected.remove("+" + feature);
            expected.remove("-" + feature);
        }
    }

    private static boolean newer(String version, String than) {
        return org.osgi.framework.Version.parseVersion(version).compareTo(org.osgi.framework.Version.parseVersion(than)) > 0;
    }

    private void uninstall(String feature) {
        String moduleId = ModuleFeatures.moduleIdOf(feature).orElseThrow();
        logger.info("Uninstalling module {}: the cluster's module set no longer has it", moduleId);
        expected.add("-" + feature);
        try {
            deployment.uninstall(moduleId);
        } finally {
            expected.remove("-" + feature);
        }
    }

    private Map<String, String> installedModules() {
        Map<String, String> installed = new TreeMap<>();
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (ModuleFeatures.isModule(ModuleDeploymentImpl.view(f))) {
                    installed.put(f.getName(), f.getVersion());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the installed features: " + e.getMessage(), e);
        }
        return installed;
    }
}
