package org.jiceng.core.health.internal;

import java.util.Optional;

import org.apache.karaf.features.BootFinished;
import org.jiceng.health.ReadinessCheck;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The server has started every bundle it starts at boot: the framework has reached its beginning
 * start level (a restart starts bundles level by level) and Karaf has installed and started the
 * boot features (a first start deploys them after the framework is up). The other checks know
 * only what has started: without this one, the store and the accounts (start level 30) could
 * answer ready while the REST bundle (80) had not registered its resources yet, and the REST
 * check would find nothing missing. Both conditions only grow during a run, so once met the
 * answer stays.
 */
@Component(service = ReadinessCheck.class)
public class StartupReadiness implements ReadinessCheck {
    public static final String NAME = "startup";

    private final BundleContext context;
    private final int beginning;
    private volatile boolean started;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    @Activate
    public StartupReadiness(BundleContext context) {
        this.context = context;
        this.beginning = beginningStartLevel(context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL));
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
        int level = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class).getStartLevel();
        if (level < beginning) {
            return Optional.of("the framework is starting bundles (start level " + level + " of " + beginning + ")");
        }
        if (bootFinished == null) {
            return Optional.of("the boot features are being installed and started");
        }
        started = true;
        return Optional.empty();
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
