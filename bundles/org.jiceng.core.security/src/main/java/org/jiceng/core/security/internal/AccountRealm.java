package org.jiceng.core.security.internal;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.jiceng.security.AccountService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@code karaf}, ranked above Karaf's own properties realm: the shell, SSH, JMX,
 * REST and SOAP all log in against the Jiceng accounts, and {@code etc/users.properties} is not
 * consulted while this bundle runs.
 */
@Component(service = {JaasRealm.class, AccountRealm.class})
public class AccountRealm implements JaasRealm {
    public static final String NAME = "karaf";
    static final String OPTION_ACCOUNTS = AccountService.class.getName();
    private static final int RANK = 100;

    private final AppConfigurationEntry[] entries;

    @Activate
    public AccountRealm(@Reference AccountService accounts, BundleContext context) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, AccountLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(OPTION_ACCOUNTS, accounts);
        entries = new AppConfigurationEntry[]{new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
