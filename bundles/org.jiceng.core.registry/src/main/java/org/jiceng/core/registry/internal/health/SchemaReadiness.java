package org.jiceng.core.registry.internal.health;

import org.jiceng.core.registry.internal.CoreStore;
import org.jiceng.health.ReadinessCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The core schema is migrated: {@link CoreStore} activates only after its migrations ran, so this
 * check is registered exactly from then on (until then readiness names it as not started).
 */
@Component(service = ReadinessCheck.class)
public class SchemaReadiness implements ReadinessCheck {
    public static final String NAME = "database-schema";

    @Reference
    private CoreStore store;

    @Override
    public String name() {
        return NAME;
    }
}
