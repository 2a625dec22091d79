package org.jiceng.core.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.features.BootFinished;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.FrameworkStartLevel;

class StartupReadinessTest {

    /** Felix reports the requested level while it still starts the bundles below it: a module not yet active keeps the server not ready. */
    @Test
    void theRequestedLevelIsNoWitnessWhileAModuleWaitsToStart() {
        Framework framework = new Framework(100);
        framework.bundle("org.jiceng.core.rest", Bundle.ACTIVE);
        Framework.Entry module = framework.bundle("org.jiceng.module.shunyi.meetings", Bundle.RESOLVED);
        StartupReadiness startup = framework.startup(true);

        assertEquals(Optional.of("the framework is starting bundles (org.jiceng.module.shunyi.meetings is not active yet)"),
                startup.notReadyReason());
        module.state = Bundle.STARTING;
        assertTrue(startup.notReadyReason().isPresent(), "a bundle being started is not active yet");
        module.state = Bundle.ACTIVE;
        assertEquals(Optional.empty(), startup.notReadyReason());
    }

    /** The framework's event says the level is complete: a bundle that failed to start must not keep the server unready forever. */
    @Test
    void theFrameworksEventEndsTheWaitEvenWhenABundleFailedToStart() {
        Framework framework = new Framework(100);
        framework.bundle("broken.module", Bundle.RESOLVED);
        StartupReadiness startup = framework.startup(true);
        assertTrue(startup.notReadyReason().isPresent());

        startup.frameworkStart().frameworkEvent(new FrameworkEvent(FrameworkEvent.STARTLEVEL_CHANGED, framework.system, null));
        assertEquals(Optional.empty(), startup.notReadyReason());
    }

    @Test
    void belowTheBeginningLevelOrWithoutTheBootFeaturesTheServerIsNotReady() {
        Framework framework = new Framework(80);
        StartupReadiness startup = framework.startup(true);
        assertEquals(Optional.of("the framework is starting bundles (start level 80 of 100)"), startup.notReadyReason());
        startup.frameworkStart().frameworkEvent(new FrameworkEvent(FrameworkEvent.STARTLEVEL_CHANGED, framework.system, null));
        assertTrue(startup.notReadyReason().isPresent(), "an event of a lower level is not the beginning level");

        framework.level = 100;
        StartupReadiness withoutBoot = framework.startup(false);
        withoutBoot.frameworkStart().frameworkEvent(new FrameworkEvent(FrameworkEvent.STARTLEVEL_CHANGED, framework.system, null));
        assertEquals(Optional.of("the boot features are being installed and started"), withoutBoot.notReadyReason());
    }

    /** Just enough of a framework for the check: bundles with a state, all marked to start at level 80. */
    private static final class Framework {
        final List<Entry> entries = new ArrayList<>();
        final Bundle system;
        int level;

        Framework(int level) {
            this.level = level;
            this.system = bundleProxy(new Entry(0, "org.apache.felix.framework", Bundle.ACTIVE));
        }

        Entry bundle(String name, int state) {
            Entry entry = new Entry(entries.size() + 1, name, state);
            entries.add(entry);
            return entry;
        }

        StartupReadiness startup(boolean bootFinished) {
            BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{BundleContext.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getProperty" -> Constants.FRAMEWORK_BEGINNING_STARTLEVEL.equals(args[0]) ? "100" : null;
                        case "getBundle" -> system;
                        case "getBundles" -> entries.stream().map(this::bundleProxy).toArray(Bundle[]::new);
                        default -> null;
                    });
            StartupReadiness startup = new StartupReadiness(context);
            if (bootFinished) {
                try {
                    Field field = StartupReadiness.class.getDeclaredField("bootFinished");
                    field.setAccessible(true);
                    field.set(startup, new BootFinished() {
                    });
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return startup;
        }

        Bundle bundleProxy(Entry entry) {
            return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Bundle.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getState" :
                        return entry.state;
                    case "getBundleId" :
                        return entry.id;
                    case "getSymbolicName" :
                        return entry.name;
                    case "adapt" :
                        return adapt(entry, (Class<?>) args[0]);
                    default :
                        return null;
                }
            });
        }

        private Object adapt(Entry entry, Class<?> type) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> switch (method.getName()) {
                case "getStartLevel" -> type == FrameworkStartLevel.class ? level : 80;
                case "isPersistentlyStarted" -> true;
                case "getTypes" -> 0;
                default -> null;
            });
        }

        static final class Entry {
            final long id;
            final String name;
            int state;

            Entry(long id, String name, int state) {
                this.id = id;
                this.name = name;
                this.state = state;
            }
        }
    }
}
