package org.jiceng.core.registry.internal.health;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.core.registry.internal.demo.ContributorRuns;
import org.jiceng.core.registry.internal.demo.DemoDataLoader;
import org.jiceng.health.ReadinessCheck;
import org.jiceng.health.ServerReadiness;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The demo data set is in place: trivially without the demo profile, otherwise once the
 * {@link DemoDataLoader} has loaded it (or found the registry already filled) and created the demo
 * accounts, and every module demo data contributor registered by then has finished its run (a
 * failed one counts as finished: it is logged, and must not keep the server out of service).
 * Once the server as a whole has been ready ({@link ServerReadiness}) the check stays ready: a
 * module installed into the running server loads its demo data in the background, and taking every
 * county out of a load balancer's rotation meanwhile would break the promise that installing a
 * module disturbs nobody. It does not latch on its own: a contributor that registers after the
 * core's data is in place but before the server is ready (the demo accounts, whose bundle may come
 * up late) must still be waited for, or readiness opens before the accounts exist.
 * Reads the loader's configuration itself, because the loader does its work while it activates
 * and cannot answer questions meanwhile.
 */
@Component(service = {ReadinessCheck.class,
        DemoDataReadiness.class}, configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DemoDataReadiness implements ReadinessCheck, ContributorRuns.Progress {
    public static final String NAME = "demo-data";

    private final boolean enabled;
    private volatile boolean loaded;
    private volatile String failure;
    private final Map<Object, String> modulesLoading = new ConcurrentHashMap<>();
    /** Absent only while the health bundle is not active, and then nobody asks this check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ServerReadiness server;

    @Activate
    public DemoDataReadiness(DemoDataLoader.Config config) {
        this.enabled = config.enabled();
    }

    public void loaded() {
        loaded = true;
        failure = null;
    }

    public void failed(RuntimeException e) {
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public void pending(Object run, String moduleId) {
        modulesLoading.put(run, moduleId);
    }

    @Override
    public void finished(Object run) {
        modulesLoading.remove(run);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> notReadyReason() {
        ServerReadiness s = server;
        if (!enabled || s != null && s.hasBeenReady()) {
            return Optional.empty();
        }
        if (!loaded) {
            String f = failure;
            return Optional.of(f != null ? "loading the demo data failed (see the log): " + f : "the demo data is being loaded");
        }
        if (!modulesLoading.isEmpty()) {
            return Optional.of("the demo data of modules " + new TreeSet<>(modulesLoading.values()) + " is being loaded");
        }
        return Optional.empty();
    }
}
