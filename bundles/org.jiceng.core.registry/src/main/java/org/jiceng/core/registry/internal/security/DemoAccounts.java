package org.jiceng.core.registry.internal.security;

import java.util.List;
import java.util.Set;

import org.jiceng.security.Role;

/**
 * The documented demo accounts (README, "Accounts and roles"): one password for all, created
 * only by the demo profile and only where missing.
 */
public final class DemoAccounts {
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

    private DemoAccounts() {
    }

    public static void ensure(AccountServiceImpl accounts) {
        for (DemoAccount a : ACCOUNTS) {
            accounts.bootstrap(a.username(), a.displayName(), a.jurisdictionCode(), a.roles(), PASSWORD.toCharArray());
        }
    }
}
