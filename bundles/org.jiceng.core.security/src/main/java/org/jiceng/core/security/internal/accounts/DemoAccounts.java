package org.jiceng.core.security.internal.accounts;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The documented demo accounts (README, "Accounts and roles"): one password for all, created
 * only by the demo profile and only where missing. The core's demo loader runs this after the
 * demo registry is in place (the accounts' jurisdictions must exist), like a module's demo data.
 */
@Component(service = DemoDataContributor.class)
public class DemoAccounts implements DemoDataContributor {
    public static final String PASSWORD = "jiceng-demo";

    record DemoAccount(String username, String displayName, String jurisdictionCode, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "演示管理员 Demo administrator", null, Set.of(Role.ADMIN)),
            new DemoAccount("xiajiang-admin", "峡江县委组织部 管理员", "360823", Set.of(Role.JURISDICTION_ADMIN)),
            new DemoAccount("xiajiang-operator", "峡江县 操作员", "360823", Set.of(Role.OPERATOR)),
            new DemoAccount("xiajiang-viewer", "峡江县 查看", "360823", Set.of(Role.VIEWER)),
            new DemoAccount("xingning-admin", "兴宁市委组织部 管理员", "441481", Set.of(Role.JURISDICTION_ADMIN)),
            new DemoAccount("xingning-operator", "兴宁市 操作员", "441481", Set.of(Role.OPERATOR)),
            new DemoAccount("xingning-viewer", "兴宁市 查看", "441481", Set.of(Role.VIEWER)),
            new DemoAccount("wugang-operator", "武冈市 操作员", "430581", Set.of(Role.OPERATOR)),
            new DemoAccount("shunyi-operator", "顺义区 操作员", "110113", Set.of(Role.OPERATOR)),
            new DemoAccount("guangzong-operator", "广宗县 操作员", "130531", Set.of(Role.OPERATOR)),
            new DemoAccount("xiajiang-reporting", "峡江县 报表系统 (machine)", "360823", Set.of(Role.INTEGRATION)));

    /** Named like a module in the demo loader's log; the accounts are the core's. */
    static final String ID = "core-accounts";

    private final AccountServiceImpl accounts;

    @Activate
    public DemoAccounts(@Reference AccountServiceImpl accounts) {
        this.accounts = accounts;
    }

    @Override
    public String moduleId() {
        return ID;
    }

    /**
     * One hash serves every demo account that is missing. The password is public (README), so a
     * shared salt tells nothing the README does not; eleven derivations would put ~1.5 s of CPU on
     * the first start's path to ready. A password changed later gets its own salt.
     */
    @Override
    public void load(DemoDataRun run) {
        String[] shared = new String[1];
        Supplier<String> demoHash = () -> {
            if (shared[0] == null) {
                shared[0] = accounts.hashPassword(PASSWORD.toCharArray());
            }
            return shared[0];
        };
        for (DemoAccount a : ACCOUNTS) {
            run.throwIfCancelled();
            accounts.bootstrap(a.username(), a.displayName(), a.jurisdictionCode(), a.roles(), demoHash);
        }
    }
}
