package org.jiceng.core.health.internal;

import java.util.Optional;

import org.apache.karaf.features.BootFinished;
import org.jiceng.health.FrameworkStart;
import org.jiceng.health.ReadinessCheck;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The server has started every bundle it starts at boot: the framework has finished starting its
 * bundles level by level, modules included ({@link FrameworkStart}), and Karaf has installed and
 * started the boot features (a first start deploys them after the framework is up). The other
 * checks know only what has started: without this one, the store and the accounts could answer
 * ready while the REST bundle or a module had not registered yet (with seventeen modules,
 * readiness once answered two seconds before the last module had started). Both conditions only
 * grow during a run, so once met the answer stays.
 */
@Component(service = ReadinessCheck.class)
public class StartupReadiness implements ReadinessCheck {
    public static final String NAME = "startup";

    private final FrameworkStart frameworkStart;
    private volatile boolean started;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    @Activate
    public StartupReadiness(BundleContext context) {
        this.frameworkStart = FrameworkStart.watch(context);
    }

    @Deactivate
    void deactivate() {
        frameworkStart.close();
    }

    /** For tests: the framework's events reach the check through its watcher. */
    FrameworkStart frameworkStart() {
        return frameworkStart;
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
        Optional<String> starting = frameworkStart.stillStarting();
        if (starting.isPresent()) {
            return starting;
        }
        if (bootFinished == null) {
            return Optional.of("the boot features are being installed and started");
        }
        started = true;
        return Optional.empty();
    }
}
