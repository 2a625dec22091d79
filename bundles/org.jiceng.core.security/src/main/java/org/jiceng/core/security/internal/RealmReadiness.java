package org.jiceng.core.security.internal;

import org.jiceng.health.ReadinessCheck;
import org.jiceng.security.Authenticator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logins work: the {@code karaf} JAAS realm over the Jiceng accounts and the authenticator REST
 * and SOAP use are both registered. Before that a request would meet Karaf's empty properties
 * realm and be refused with 401.
 */
@Component(service = ReadinessCheck.class)
public class RealmReadiness implements ReadinessCheck {
    public static final String NAME = "accounts-realm";

    @Reference
    private AccountRealm realm;

    @Reference
    private Authenticator authenticator;

    @Override
    public String name() {
        return NAME;
    }
}
