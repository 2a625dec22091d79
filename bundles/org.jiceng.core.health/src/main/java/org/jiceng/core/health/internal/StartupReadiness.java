package org.jiceng.core.health.internal;

import java.util.Optional;

import org.apache.karaf.features.BootFinished;
import org.jiceng.health.ReadinessCheck;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The server has started every bundle it starts at boot: the framework has finished raising its
 * start level to the beginning one (a restart starts bundles level by level, modules included) and
 * Karaf has installed and started the boot features (a first start deploys them after the framework
 * is up). The other checks know only what has started: without this one, the store and the
 * accounts could answer ready while the REST bundle or a module had not registered yet.
 *
 * <p>The framework's active start level is no witness: Felix reports the requested level as soon
 * as it begins to raise it, while the bundles of the levels below are still being started one by
 * one (with seventeen modules, readiness answered two seconds before the last module had started).
 * The witness is the framework's own event, fired once the change of level is complete. Both
 * conditions only grow during a run, so once met the answer stays.
 */
@Component(service = ReadinessCheck.class)
public class StartupReadiness implements ReadinessCheck, FrameworkListener {
    public static final String NAME = "startup";

    private final BundleContext context;
    private final int beginning;
    private volatile boolean levelReached;
    private volatile boolean started;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    @Activate
    public StartupReadiness(BundleContext context) {
        this.context = context;
        this.beginning = beginningStartLevel(context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL));
        context.addFrameworkListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if ((event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED)
                && activeStartLevel() >= beginning) {
            levelReached = true;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> notReadyReason() {
        if (started) {
            return Optional.empty();
        }
        int level = activeStartLevel();
        if (level < beginning) {
            return Optional.of("the framework is starting bundles (start level " + level + " of " + beginning + ")");
        }
        if (!levelReached) {
            // Started after the level was reached (the health bundle updated at run time): then
            // nothing marked to start is waiting any more.
            Optional<Bundle> waiting = firstBundleWaitingToStart(level);
            if (waiting.isPresent()) {
                return Optional.of("the framework is starting bundles (" + waiting.get().getSymbolicName()
                        + " is not active yet)");
            }
            levelReached = true;
        }
        if (bootFinished == null) {
            return Optional.of("the boot features are being installed and started");
        }
        started = true;
        return Optional.empty();
    }

    private int activeStartLevel() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class).getStartLevel();
    }

    /** A bundle marked to be started at or below the level that is not active yet, if any. */
    private Optional<Bundle> firstBundleWaitingToStart(int level) {
        for (Bundle bundle : context.getBundles()) {
            if (waitsToStart(bundle, level)) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    static boolean waitsToStart(Bundle bundle, int level) {
        if (bundle.getState() == Bundle.ACTIVE || bundle.getBundleId() == 0) {
            return false;
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return false;
        }
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        return startLevel != null && startLevel.isPersistentlyStarted() && startLevel.getStartLevel() <= level;
    }

    /** The framework's beginning start level; 1 when not set, as the OSGi core specification says. */
    static int beginningStartLevel(String property) {
        try {
            return property == null || property.isBlank() ? 1 : Integer.parseInt(property.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
