package org.jiceng.core.health.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jiceng.health.ReadinessCheck;
import org.jiceng.health.ServerReadiness;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every {@link ReadinessCheck} and the configured required names: ready when each required
 * check is registered and no registered check gives a reason. Remembers whether the server has
 * ever been ready, which is what the start-up gate opens on.
 */
@Component(service = {Readiness.class, ServerReadiness.class}, configurationPid = HealthConfig.PID)
@Designate(ocd = HealthConfig.class)
public class Readiness implements ServerReadiness {
    private final Logger logger = LoggerFactory.getLogger(Readiness.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ReadinessCheck> checks;

    private final List<String> required;
    private volatile boolean everReady;
    /** Checks whose failure was logged as a warning already: readiness is polled every few seconds. */
    private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Activate
    public Readiness(HealthConfig config) {
        this.required = List.copyOf(new LinkedHashSet<>(Arrays.asList(config.requiredChecks())));
    }

    /** Asks every check now. */
    public ReadinessReport evaluate() {
        List<ReadinessCheck> registered = checks;
        List<CheckResult> results = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ReadinessCheck check : registered == null ? List.<ReadinessCheck>of() : registered) {
            String name = check.name();
            seen.add(name);
            results.add(new CheckResult(name, reason(check)));
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                results.add(new CheckResult(name, "not started yet"));
            }
        }
        results.sort(Comparator.comparing(CheckResult::name));
        ReadinessReport report = new ReadinessReport(List.copyOf(results));
        if (!everReady && report.ready()) {
            everReady = true;
            logger.info("Jiceng is ready ({} ms after the JVM started)", ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return report;
    }

    /** True from the first moment every check was ready. */
    public boolean everReady() {
        return everReady || evaluate().ready();
    }

    /**
     * Only the remembered answer, never an evaluation: checks ask this themselves (the demo data
     * stops waiting for modules once the server has been ready), and evaluating here would ask
     * them again. The start-up gate and {@code /health/ready} evaluate on every request until the
     * first ready moment, so the answer is current wherever a request got past the gate.
     */
    @Override
    public boolean hasBeenReady() {
        return everReady;
    }

    private String reason(ReadinessCheck check) {
        try {
            Optional<String> reason = check.notReadyReason();
            return reason == null ? null : reason.orElse(null);
        } catch (RuntimeException e) {
            if (warned.add(check.name())) {
                logger.warn("Readiness check {} failed (logged once per check; later failures at debug level)", check.name(), e);
            } else {
                logger.debug("Readiness check {} failed", check.name(), e);
            }
            return "the check failed: " + e;
        }
    }
}
