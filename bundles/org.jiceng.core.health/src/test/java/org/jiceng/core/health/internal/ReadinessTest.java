package org.jiceng.core.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import org.jiceng.health.ReadinessCheck;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void aRequiredCheckThatIsNotRegisteredKeepsTheServerNotReady() {
        Readiness readiness = new Readiness(config("schema", "accounts"));
        readiness.checks = List.of(check("schema", null));
        ReadinessReport report = readiness.evaluate();
        assertFalse(report.ready());
        assertEquals("accounts: not started yet", report.summary());
        assertFalse(readiness.everReady());
    }

    @Test
    void readyWhenEveryRequiredAndEveryOtherCheckIsReadyAndThenStaysEverReady() {
        Readiness readiness = new Readiness(config("schema"));
        readiness.checks = List.of(check("schema", null), check("module-x", "routes missing"));
        assertEquals("module-x: routes missing", readiness.evaluate().summary());
        readiness.checks = List.of(check("schema", null), check("module-x", null));
        assertTrue(readiness.evaluate().ready());
        readiness.checks = List.of(check("schema", "database gone"));
        assertFalse(readiness.evaluate().ready());
        assertTrue(readiness.everReady(), "the start-up gate opens once and stays open");
    }

    @Test
    void aFailingCheckIsNotReadyWithItsErrorAndTheJsonIsEscaped() {
        Readiness readiness = new Readiness(config());
        readiness.checks = List.of(new ReadinessCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<String> notReadyReason() {
                throw new IllegalStateException("says \"no\"");
            }
        });
        ReadinessReport report = readiness.evaluate();
        assertFalse(report.ready());
        assertEquals("[{\"name\":\"broken\",\"ready\":false,\"reason\":\"the check failed: java.lang.IllegalStateException: says \\\"no\\\"\"}]",
                report.checksJson());
    }

    private static ReadinessCheck check(String name, String reason) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> notReadyReason() {
                return Optional.ofNullable(reason);
            }
        };
    }

    private static HealthConfig config(String... required) {
        return new HealthConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HealthConfig.class;
            }

            @Override
            public String[] requiredChecks() {
                return required;
            }

            @Override
            public long restRepairAfterSeconds() {
                return 30;
            }
        };
    }
}
