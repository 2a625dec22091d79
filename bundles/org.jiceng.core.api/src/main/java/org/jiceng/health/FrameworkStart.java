package org.jiceng.health;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Whether the framework has finished starting the bundles it starts at boot (modules included).
 *
 * <p>The framework's active start level is no witness: Felix reports the requested level as soon as
 * it begins to raise it, while the bundles of the levels below are still being started one by one
 * (with seventeen modules, for about two seconds). The witness is the framework's own event, fired
 * once the change of level is complete. A part that starts after it (updated at run time) sees the
 * start as complete once no bundle marked to start is inactive. Once complete, it stays so.
 */
public final class FrameworkStart implements FrameworkListener {
    private final BundleContext context;
    private final int beginning;
    private volatile boolean complete;

    private FrameworkStart(BundleContext context) {
        this.context = context;
        this.beginning = beginningStartLevel(context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL));
    }

    /** Starts watching the framework's events for the bundle of {@code context}; {@link #close()} when done. */
    public static FrameworkStart watch(BundleContext context) {
        FrameworkStart start = new FrameworkStart(context);
        context.addFrameworkListener(start);
        return start;
    }

    public void close() {
        context.removeFrameworkListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if ((event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED)
                && activeStartLevel() >= beginning) {
            complete = true;
        }
    }

    /** True once the framework has started every bundle it starts at boot. */
    public boolean complete() {
        return stillStarting().isEmpty();
    }

    /** What the framework is still doing, for an operator; empty once the start is complete. */
    public Optional<String> stillStarting() {
        if (complete) {
            return Optional.empty();
        }
        int level = activeStartLevel();
        if (level < beginning) {
            return Optional.of("the framework is starting bundles (start level " + level + " of " + beginning + ")");
        }
        for (Bundle bundle : context.getBundles()) {
            if (waitsToStart(bundle, level)) {
                return Optional.of("the framework is starting bundles (" + bundle.getSymbolicName() + " is not active yet)");
            }
        }
        complete = true;
        return Optional.empty();
    }

    private int activeStartLevel() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class).getStartLevel();
    }

    /** A bundle marked to be started at or below the level that is not active yet (fragments never are). */
    private static boolean waitsToStart(Bundle bundle, int level) {
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
