package org.jiceng.core.registry.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Optional;

import org.jiceng.core.registry.internal.demo.DemoDataLoader;
import org.junit.jupiter.api.Test;

class DemoDataReadinessTest {
    private boolean serverReady;

    private DemoDataReadiness readiness(boolean enabled) {
        DemoDataReadiness r = new DemoDataReadiness(new DemoDataLoader.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoDataLoader.Config.class;
            }

            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public long seed() {
                return 1;
            }

            @Override
            public int parallelCounties() {
                return 1;
            }
        });
        r.server = () -> serverReady;
        return r;
    }

    @Test
    void aContributorRegisteredAfterTheCoreFinishedIsWaitedForUntilTheServerHasBeenReady() {
        DemoDataReadiness r = readiness(true);
        assertEquals(Optional.of("the demo data is being loaded"), r.notReadyReason());
        r.loaded();
        // The core's data is in, nothing else is pending yet: ready as far as this check knows...
        assertEquals(Optional.empty(), r.notReadyReason());
        // ...but the server is not ready (no account yet), and the demo accounts' bundle comes up now.
        Object accounts = new Object();
        r.pending(accounts, "core-accounts");
        assertEquals(Optional.of("the demo data of modules [core-accounts] is being loaded"), r.notReadyReason());
        r.finished(accounts);
        assertEquals(Optional.empty(), r.notReadyReason());
    }

    @Test
    void onceTheServerHasBeenReadyAModuleInstalledLaterDoesNotTakeItOutOfService() {
        DemoDataReadiness r = readiness(true);
        r.loaded();
        serverReady = true;
        r.pending(new Object(), "wugang-two-creations");
        assertEquals(Optional.empty(), r.notReadyReason());
    }

    @Test
    void aFailedCoreLoadIsNamed() {
        DemoDataReadiness r = readiness(true);
        r.failed(new IllegalStateException("disk full"));
        assertTrue(r.notReadyReason().orElseThrow().contains("IllegalStateException: disk full"));
    }

    @Test
    void withoutTheDemoProfileThereIsNothingToWaitFor() {
        assertEquals(Optional.empty(), readiness(false).notReadyReason());
    }
}
