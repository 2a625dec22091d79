package org.jiceng.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The web console at {@code /console/}, served by the distribution and driven in headless Chromium
 * (Debian's chromium and chromium-driver, installed by {@code .ci/run}): sign-in and its refusals,
 * the jurisdiction tree and a jurisdiction's page as the API scopes and masks it, enabling and
 * disabling a module with the effect visible at once, and the language switch. Without the browser
 * on the machine, the browser tests report themselves skipped.
 */
@DatabaseIndependent
class ConsoleIT {
    private static final String MODULE = "xingning-leader-linkage";
    /** Where the test enables the 兴宁 module from the console: a county no test enables it for. */
    private static final String ELSEWHERE = "130531";

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private static JicengServer server;
    private static Api api;
    private static Browser browser;

    @BeforeAll
    static void boot() {
        server = JicengServer.get();
        api = new Api(server);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshWindow() {
        if (Browser.available()) {
            if (browser == null) {
                browser = new Browser();
            }
            browser.newSession();
        }
    }

    private static void requireBrowser() {
        Assumptions.assumeTrue(Browser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    // --- served by the distribution, offline

    @Test
    void theConsoleIsServedFromTheDistributionWithItsOwnFilesOnly() {
        Api anonymous = api.anonymous();
        Api.Reply bare = anonymous.raw(HttpRequest.newBuilder(server.uri("/console")).GET());
        assertEquals(301, bare.status(), bare.toString());

        Api.Reply index = anonymous.raw(HttpRequest.newBuilder(server.uri("/console/")).GET());
        assertEquals(200, index.status(), index.toString());
        assertTrue(index.contentType().startsWith("text/html"), index.toString());
        assertTrue(index.body().contains("js/app.js"), index.body());

        List<String> files = new ArrayList<>(List.of("index.html", "console.css"));
        for (String js : List.of("app.js", "api.js", "dom.js", "i18n.js", "jurisdictions.js", "modules.js")) {
            files.add("js/" + js);
        }
        for (String file : files) {
            Api.Reply r = anonymous.raw(HttpRequest.newBuilder(server.uri("/console/" + file)).GET());
            assertEquals(200, r.status(), file + ": " + r);
            // offline: nothing is loaded from another server (no CDN), every address is relative
            assertFalse(r.body().contains("http://") || r.body().contains("https://") || r.body().contains("//cdn"), file);
        }
        Api.Reply js = anonymous.raw(HttpRequest.newBuilder(server.uri("/console/js/app.js")).GET());
        assertTrue(js.contentType().startsWith("text/javascript"), js.toString());

        for (String outside : List.of("/console/../etc/users.properties", "/console/%2e%2e/etc/users.properties", "/console/missing.js",
                "/console/WEB-INF/web.xml")) {
            Api.Reply r = anonymous.raw(HttpRequest.newBuilder(server.uri(outside)).GET());
            assertTrue(r.status() == 404 || r.status() == 400, outside + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), "an error of the console is a problem too: " + outside + ": " + r);
        }
        for (String missing : List.of("/console/made-up-1.js", "/console/modules/no-such-module/panel.js")) {
            Api.Reply r = anonymous.raw(HttpRequest.newBuilder(server.uri(missing)).GET());
            assertEquals(404, r.status(), missing + ": " + r);
            assertEquals("https://jiceng.org/problems/not-found", r.json().get("type").asText(), missing + ": " + r);
        }
    }

    @Test
    void theConsolesPagesMayRunOnlyTheirOwnScriptsAndAreRevalidatedByTag() throws Exception {
        java.net.http.HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(server.uri("/console/js/app.js")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String csp = first.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self';") && !csp.contains("unsafe-inline"), csp);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        java.net.http.HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(server.uri("/console/js/app.js"))
                .header("If-None-Match", etag).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void aScriptSigningInIsOfferedNoBasicChallenge() throws Exception {
        HttpRequest.Builder wrong = HttpRequest.newBuilder(server.uri("/api/v1/auth/me")).header("Authorization", "Bearer not-a-token").GET();
        java.net.http.HttpResponse<String> plain = HTTP.send(wrong.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, plain.statusCode());
        assertTrue(plain.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "other clients are offered Basic");
        java.net.http.HttpResponse<String> script = HTTP.send(wrong.header("X-Requested-With", "XMLHttpRequest").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, script.statusCode());
        assertEquals("Bearer realm=\"jiceng\"", script.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    // --- in the browser

    @Test
    void aWrongPasswordIsSaidPlainlyAndLetsNobodyIn() {
        requireBrowser();
        String username = newViewer();
        browser.open(server.uri("/console/"));
        signIn(username, "not-the-password");
        String error = browser.textWhen("#signin-error", t -> !t.isBlank(), "the refusal");
        assertTrue(error.contains("Invalid username or password"), error);
        assertTrue(browser.script("return document.getElementById('nav').hidden").asBoolean(), "no menu before signing in");
        assertEquals(0, browser.count("#jurisdiction-tree"));
    }

    @Test
    void aCountyAccountSeesItsOwnJurisdictionWithTheApisCountsAndMaskedMembers() {
        requireBrowser();
        browser.open(server.uri("/console/"));
        signIn("xingning-operator", JicengServer.DEMO_PASSWORD);
        browser.textWhen("#who-name", "xingning-operator"::equals, "the account's name");
        browser.find("#jurisdiction-tree");
        assertEquals(1, browser.count("#jurisdiction-tree > li"), "only its own jurisdiction is a root");
        assertEquals("441481", browser.script("return document.querySelector('#jurisdiction-tree > li .jurisdiction-link').dataset.code").asText());

        // opening the node lists the towns below, as the API lists them
        long towns = api.get("/jurisdictions?parent=441481&size=1").json().get("total").asLong();
        browser.click("#jurisdiction-tree > li > button.toggle");
        browser.waitFor(() -> browser.count("#jurisdiction-tree > li > ul > li") == towns ? Boolean.TRUE : null, towns + " towns below 兴宁");

        browser.click("#jurisdiction-tree > li > .jurisdiction-link");
        browser.textWhen("#jurisdiction-name", t -> t.startsWith("兴宁市"), "the jurisdiction's page");
        JsonNode above = api.get("/jurisdictions/441481/ancestors").json();
        assertEquals(above.get(0).get("name").asText() + " " + above.get(0).get("code").asText() + " › " + above.get(1).get("name").asText() + " "
                + above.get(1).get("code").asText() + " ›", browser.text("#breadcrumb"), "the chain above, as links");
        Api operator = api.as("xingning-operator");
        long organizations = operator.get("/organizations?jurisdiction=441481&size=1").json().get("total").asLong();
        JsonNode pipeline = operator.get("/development/pipeline?jurisdiction=441481").json();
        assertTrue(organizations > 0 && pipeline.get("FULL").asLong() > 0, "the demo registry has 兴宁's organizations and members");
        assertEquals(String.valueOf(organizations), browser.text("#count-organizations b"));
        assertEquals(pipeline.get("FULL").asText(), browser.text("#count-FULL b"));
        assertEquals(pipeline.get("APPLICANT").asText(), browser.text("#count-APPLICANT b"));
        assertEquals(operator.get("/members?jurisdiction=441481&size=1").json().get("total").asText(), browser.text("#count-members b"));
        long weakOrBackward = operator.get("/organizations?jurisdiction=441481&status=BACKWARD&size=1").json().get("total").asLong()
                + operator.get("/organizations?jurisdiction=441481&status=WEAK_LAX&size=1").json().get("total").asLong();
        assertEquals(String.valueOf(weakOrBackward), browser.text("#count-weak b"));
        browser.waitFor(() -> browser.count("#children-table tbody tr") == towns ? Boolean.TRUE : null, "a row per town below");
        String town = api.get("/jurisdictions?parent=441481&size=1&sort=code").json().at("/items/0/code").asText();
        String townMembers = operator.get("/members?jurisdiction=" + town + "&size=1").json().get("total").asText();
        browser.textWhen("#children-table tr[data-code='" + town + "'] td.members", townMembers::equals, "the town's members");
        assertEquals(operator.get("/organizations?jurisdiction=" + town + "&size=1").json().get("total").asText(),
                browser.text("#children-table tr[data-code='" + town + "'] td.organizations"));
        browser.screenshot("jurisdiction");

        JsonNode bars = browser.script("return [...document.querySelectorAll('#pipeline-chart rect')].map(r => r.dataset.value)");
        assertEquals(5, bars.size(), "a bar per stage");
        assertEquals(pipeline.get("FULL").asText(), bars.get(4).asText());
        assertTrue(browser.script("return document.getElementById('nav-accounts').hidden").asBoolean(), "no account administration for an operator");

        browser.find("#member-table tbody tr");
        long members = operator.get("/members?jurisdiction=441481&size=1").json().get("total").asLong();
        assertTrue(browser.text("#member-pager").contains(String.valueOf(members)), browser.text("#member-pager"));
        JsonNode idCards = browser.script("return [...document.querySelectorAll('#member-table tbody tr')].map(r => r.cells[3].textContent)");
        assertEquals(20, idCards.size());
        for (JsonNode card : idCards) {
            assertTrue(card.asText().isEmpty() || card.asText().contains("*"), "ID cards are masked as the API masks them: " + card);
        }

        // another county's page: the server's refusal, shown, and none of its data
        browser.open(server.uri("/console/#/jurisdictions/360823"));
        String notice = browser.textWhen("#notice", t -> !t.isBlank(), "the refusal");
        assertFalse(notice.isBlank());
        assertEquals(0, browser.count("#count-organizations"));

        // an operator may not enable modules: the page offers no buttons
        browser.open(server.uri("/console/#/modules"));
        browser.find("#module-table, main p.muted");
        assertEquals(0, browser.count(".enable-button"));
    }

    @Test
    void anAdminEnablesAModuleForAJurisdictionAndSeesItAtOnce() {
        requireBrowser();
        ModuleInstall.installAndEnable(server, api, MODULE, "441481", "领导干部挂钩指导党建工作", "/figures");
        api.delete("/modules/" + MODULE + "/jurisdictions/" + ELSEWHERE);
        String row = "tr[data-module='" + MODULE + "']";
        try {
            openAs(JicengServer.ADMIN, "#nav-modules");
            browser.find(row);
            assertEquals("ACTIVE", browser.script("return document.querySelector(arguments[0]).cells[4].textContent", row).asText());
            browser.type(row + " input.code", ELSEWHERE);
            browser.click(row + " .enable-button");
            browser.textWhen(row + " td.enabled", t -> t.contains(ELSEWHERE), "the new enablement");
            assertTrue(enabledFor().contains(ELSEWHERE), "the server holds what the page shows");
            assertTrue(browser.text("#notice").contains(ELSEWHERE));
            browser.screenshot("modules");
            server.waitFor("/api/v1/jurisdictions/" + ELSEWHERE + "/" + MODULE + "/figures", java.time.Duration.ofSeconds(10));

            browser.click(row + " .disable-button");
            browser.textWhen(row + " td.enabled", t -> !t.contains(ELSEWHERE), "the enablement removed");
            assertFalse(enabledFor().contains(ELSEWHERE));
            assertTrue(enabledFor().contains("441481"), "the module's own county is untouched");
            assertEquals(404, api.get("/jurisdictions/" + ELSEWHERE + "/" + MODULE + "/figures").status());
        } finally {
            api.delete("/modules/" + MODULE + "/jurisdictions/" + ELSEWHERE);
        }
    }

    @Test
    void anAdminInstallsAndUninstallsAModuleFromTheConsole() {
        requireBrowser();
        String module = "shunyi-innovation-cases";
        String feature = "jiceng-" + module;
        if (api.get("/modules/" + module).status() == 200) {
            assertEquals(204, api.delete("/modules/" + module).status(), "the test starts with the module not installed");
        }
        String available = "#available-table tr[data-feature='" + feature + "']";
        String installed = "tr[data-module='" + module + "']";
        browser.open(server.uri("/console/#/modules"));
        signIn(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD);
        browser.find(available);
        assertEquals(0, browser.count(installed));

        browser.click(available + " .install-button");
        browser.textWhen(installed + " td.state", "ACTIVE"::equals, "the installed module");
        assertEquals(0, browser.count(available), "no longer offered for installation");
        assertTrue(browser.text("#notice").contains(module), browser.text("#notice"));
        assertEquals("ACTIVE", api.get("/modules/" + module).json().get("bundleState").asText(), "the server has it");

        browser.click(installed + " .uninstall-button");
        assertEquals(1, browser.count(installed), "the first click only asks");
        browser.textWhen(installed + " .uninstall-button", t -> t.contains("确认"), "the question");
        browser.click(installed + " .uninstall-button");
        browser.find(available);
        assertEquals(0, browser.count(installed));
        assertEquals(404, api.get("/modules/" + module).status(), "the server uninstalled it");
        assertTrue(browser.text("#notice").contains(module), browser.text("#notice"));

        // a jurisdiction-admin may enable, never install or uninstall: the page offers neither
        ModuleInstall.installAndEnable(server, api, MODULE, "441481", "领导干部挂钩指导党建工作", "/figures");
        browser.click("#sign-out");
        signIn("xingning-admin", JicengServer.DEMO_PASSWORD);
        browser.find("#jurisdiction-tree");
        browser.click("#nav-modules");
        browser.find("#module-table .enable-button");
        assertEquals(0, browser.count(".uninstall-button"));
        assertEquals(0, browser.count("#available-table"));
    }

    @Test
    void theInboxShowsWhatTheApiListsForTheAccountsJurisdiction() {
        requireBrowser();
        openAs("xingning-operator", "#nav-inbox");
        JsonNode items = api.as("xingning-operator").get("/inbox?jurisdiction=441481&withinDays=30").json();
        long overdue = 0;
        for (JsonNode i : items) {
            overdue += i.get("overdue").asBoolean() ? 1 : 0;
        }
        if (items.size() == 0) {
            browser.textWhen("#inbox-list", t -> t.contains("没有到期"), "an empty inbox");
        } else {
            String count = browser.textWhen("#inbox-count", t -> !t.isBlank(), "the inbox");
            assertEquals("共 " + items.size() + " 项，其中逾期 " + overdue + " 项", count);
            assertEquals(items.size(), browser.count("#inbox-table tbody tr"));
            assertEquals(overdue, browser.count("#inbox-table tbody tr.overdue"));
            assertEquals(items.get(0).get("title").asText(), browser.text("#inbox-table tbody tr:first-child td:nth-child(2)"), "in the API's order");
            if (overdue > 0) {
                java.util.Map<String, Long> perSource = new java.util.TreeMap<>();
                items.forEach(i -> {
                    if (i.get("overdue").asBoolean()) {
                        perSource.merge(i.get("source").asText(), 1L, Long::sum);
                    }
                });
                JsonNode drawn = browser.script("return Object.fromEntries([...document.querySelectorAll('#inbox-chart rect')]"
                        + ".map(r => [r.dataset.label, Number(r.dataset.value)]))");
                java.util.Map<String, Long> drawnPerSource = new java.util.TreeMap<>();
                drawn.properties().forEach(e -> drawnPerSource.put(e.getKey(), e.getValue().asLong()));
                assertEquals(perSource, drawnPerSource, "the overdue items per source, drawn");
            }
            browser.screenshot("inbox");
        }
    }

    @Test
    void aJurisdictionAdminCreatesAnAccountSetsItsPasswordAndDisablesIt() {
        requireBrowser();
        String username = "console-new-" + UUID.randomUUID().toString().substring(0, 6);
        openAs("xingning-admin", "#nav-accounts");
        browser.type("#new-username", username);
        browser.type("#new-display-name", "控制台测试");
        browser.type("#new-password", "first-pass-1");
        browser.click("#account-create");
        browser.textWhen("#notice", t -> t.contains(username), "the account created");
        JsonNode created = api.get("/accounts?q=" + username).json().at("/items/0");
        assertEquals("441481", created.get("jurisdictionCode").asText(), "the jurisdiction-admin's own subtree by default");
        assertEquals("[\"VIEWER\"]", created.get("roles").toString(), "the role chosen by default is the least");

        browser.type("#account-search", username);
        browser.click("#account-search-form button");
        String row = "tr[data-account='" + username + "']";
        browser.waitFor(() -> browser.count("#account-table tbody tr") == 1 ? Boolean.TRUE : null, "the one account found");
        // its role changed in place; a role above the jurisdiction-admin's own is refused by the server and said
        String chooseRole = "const s = document.querySelector(arguments[0]); [...s.options].forEach(o => o.selected = o.value === arguments[1])";
        browser.script(chooseRole, row + " .edit-roles", "operator");
        browser.click(row + " .save-account");
        browser.textWhen("#notice", t -> t.contains("已更新账号 " + username), "the role saved");
        assertEquals("[\"OPERATOR\"]", api.get("/accounts?q=" + username).json().at("/items/0/roles").toString());
        browser.waitFor(() -> browser.script("return [...document.querySelector(arguments[0]).selectedOptions].map(o => o.value).join()",
                row + " .edit-roles").asText().equals("operator") ? Boolean.TRUE : null, "the page redrawn with the new role");
        browser.script(chooseRole, row + " .edit-roles", "admin");
        browser.click(row + " .save-account");
        browser.textWhen("#notice", t -> !t.contains("已更新账号"), "the refusal");
        assertEquals("[\"OPERATOR\"]", api.get("/accounts?q=" + username).json().at("/items/0/roles").toString(), "no admin granted");
        browser.type(row + " .new-password", "second-pass-2");
        browser.click(row + " .set-password");
        browser.textWhen("#notice", t -> t.contains("重设密码"), "the password set");
        assertEquals(200, api.withAuthorization(JicengServer.basic(username, "second-pass-2")).get("/auth/me").status(), "the new password works");
        assertEquals(401, api.withAuthorization(JicengServer.basic(username, "first-pass-1")).get("/auth/me").status(), "the old one no more");

        // the sign-ins above changed the account (its last sign-in): the page reads it again before changing it, or the
        // server would refuse the stale version with 409
        browser.click("#account-search-form button");
        browser.textWhen(row + " td:nth-child(6)", t -> !t.isBlank(), "the last sign-in");
        browser.click(row + " .disable-account");
        browser.textWhen(row + " td.state", "已停用"::equals, "the account disabled");
        browser.screenshot("accounts");
        // within the account cache's bound (generation.cacheSeconds, 5 s), a disabled account gets nothing
        Api disabled = api.withAuthorization(JicengServer.basic(username, "second-pass-2"));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (disabled.get("/auth/me").status() != 401 && System.nanoTime() < deadline) {
            JicengServer.sleep(250);
        }
        assertEquals(401, disabled.get("/auth/me").status(), "a disabled account gets nothing");
    }

    @Test
    void theAuditTrailIsSearchedAndItsChainVerified() {
        requireBrowser();
        openAs(JicengServer.ADMIN, "#nav-audit");
        browser.find("#audit-table tbody tr");
        browser.type("#audit-user", "admin");
        browser.click("#audit-form button");
        long total = api.get("/audit?user=admin&size=1").json().get("total").asLong();
        assertTrue(total > 0, "the admin has written something");
        browser.textWhen("#audit-pager", t -> t.contains("共 " + total + " 条"), "the admin's entries");
        JsonNode users = browser.script("return [...document.querySelectorAll('#audit-table tbody tr')].map(r => r.cells[2].textContent)");
        users.forEach(u -> assertEquals("admin", u.asText()));
        browser.click("#audit-verify");
        browser.textWhen("#notice", t -> t.contains("哈希链完整"), "the chain verified");
        browser.screenshot("audit");
    }

    @Test
    void anAdminUpdatesAModuleWhenTheServerHoldsANewerVersionOfIt() {
        requireBrowser();
        ModuleInstall.installAndEnable(server, api, MODULE, "441481", "领导干部挂钩指导党建工作", "/figures");
        String shipped = null;
        for (JsonNode m : api.get("/modules/available").json()) {
            if (m.get("feature").asText().equals("jiceng-" + MODULE)) {
                shipped = m.get("version").asText();
            }
        }
        String row = "tr[data-module='" + MODULE + "']";
        try (NewerModuleVersion newer = NewerModuleVersion.publish(server, MODULE, "org.jiceng.module.xingning.leaderlinkage", shipped, "0.1.8")) {
            openAs(JicengServer.ADMIN, "#nav-modules");
            browser.textWhen(row + " .update-button", t -> t.contains(newer.version), "the update offered on the module's row");
            assertEquals(0, browser.count("#available-table tr[data-feature='jiceng-" + MODULE + "']"), "not offered as a second install");
            browser.click(row + " .update-button");
            browser.textWhen(row + " td:nth-child(3)", newer.version::equals, "the module at its new version");
            assertTrue(browser.text("#notice").contains(newer.version), browser.text("#notice"));
            assertEquals(0, browser.count(row + " .update-button"), "nothing newer to offer");
            assertEquals(newer.version, api.get("/modules/" + MODULE).json().get("version").asText(), "the server holds what the page shows");
            browser.screenshot("modules-updated");
        }
        assertFalse("0.1.8".equals(api.get("/modules/" + MODULE).json().get("version").asText()), "the module is back at the shipped version");
    }

    @Test
    void aModulesPanelShowsUpWhereTheModuleIsEnabledAndDrawsItsFigures() {
        requireBrowser();
        String module = "xiajiang-three-members";
        onModule(module, "360823", () -> {

            Api.Reply panels = api.anonymous().raw(HttpRequest.newBuilder(server.uri("/console/panels.json")).GET());
            assertTrue(panels.json().toString().contains("\"" + module + "\""), panels.toString());
            Api.Reply script = api.anonymous().raw(HttpRequest.newBuilder(server.uri("/console/modules/" + module + "/panel.js")).GET());
            assertEquals(200, script.status());
            assertTrue(script.contentType().startsWith("text/javascript"), script.toString());
            for (String notServed : List.of("/META-INF/MANIFEST.MF", "/org/jiceng/module/xiajiang/threemembers/internal/Store.class",
                    "/db/migration/V1__three_members.sql", "/index.html")) {
                Api.Reply r = api.anonymous().raw(HttpRequest.newBuilder(server.uri("/console/modules/" + module + notServed)).GET());
                assertEquals(404, r.status(), "only the module's console folder is served: " + notServed);
            }
            assertEquals(404, api.anonymous().raw(HttpRequest.newBuilder(server.uri("/console/modules/no-such-module/panel.js")).GET()).status());

            openAs("xiajiang-operator", "#nav-panels");
            browser.click("#panel-list a[data-module='" + module + "']");
            String dispatched = browser.text("#tm-dispatched b");
            JsonNode d = api.as("xiajiang-operator")
                    .get("/jurisdictions/360823/" + module + "/dashboard?year=" + (java.time.LocalDate.now().getYear() - 1)).json();
            assertEquals(d.get("dispatched").asText(), dispatched, "the panel draws the module's own figures: " + d);
            JsonNode bars = browser.script("return [...document.querySelectorAll('#tm-chart rect')].map(r => r.dataset.value)");
            assertEquals(List.of(d.get("commissioners").asText(), d.get("instructors").asText(), d.get("supervisors").asText()),
                    List.of(bars.get(0).asText(), bars.get(1).asText(), bars.get(2).asText()));
            browser.screenshot("panel-three-members");

            // 兴宁's account: the module is not enabled anywhere above it, so no panel
            browser.click("#sign-out");
            signIn("xingning-operator", JicengServer.DEMO_PASSWORD);
            browser.find("#jurisdiction-tree");
            browser.click("#nav-panels");
            browser.find("main h1");
            browser.waitFor(() -> browser.count("#panel-list, main p.muted") > 0 ? Boolean.TRUE : null, "the panel list");
            assertEquals(0, browser.count("#panel-list a[data-module='" + module + "']"));
        });
    }

    @Test
    void theTownCongressPanelDrawsTheYearsSessionsAsTheModuleCountsThem() {
        requireBrowser();
        String module = "xingning-town-congress";
        onModule(module, "441481", () -> {
            browser.open(server.uri("/console/"));
            signIn("xingning-operator", JicengServer.DEMO_PASSWORD);
            browser.find("#jurisdiction-tree");
            browser.open(server.uri("/console/#/panels/" + module));
            browser.find("#tc-year");
            browser.type("#tc-year", "2017");
            browser.click(".panel-body form button");
            JsonNode s = api.get("/jurisdictions/441481/" + module + "/statistics?year=2017").json();
            assertEquals(17, s.at("/total/sessionsHeld").asInt(), "the seed's 17 towns held their sessions: " + s);
            browser.textWhen("#tc-sessions b", "17"::equals, "the seed year's sessions");
            assertEquals(s.at("/total/delegatesAttending").asText() + " / " + s.at("/total/delegates").asText(), browser.text("#tc-attending b"));
            assertEquals(17, browser.count("#tc-chart rect"), "a bar per town");
            browser.screenshot("panel-town-congress");
        });
    }

    // --- imports and exports

    @Test
    void anImportShowsItsProgressAndItsBadRowsInPlaceAndAnExportDownloads() throws java.io.IOException {
        requireBrowser();
        Api operator = api.as("xingning-operator");
        JsonNode orgs = operator.get("/organizations?jurisdiction=441481&field=RURAL&size=20").json().get("items");
        assertTrue(orgs.size() > 0, "兴宁's demo registry has rural organizations");
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", "姓名", "性别", "出生日期", "学历", "身份证号", "手机", "党员编号", "行政区划代码", "所在党组织", "阶段", "申请入党日期",
                "确定积极分子日期", "确定发展对象日期", "接收预备党员日期", "转正日期", "有无职务"));
        int rows = 3000;
        for (int i = 0; i < rows; i++) {
            JsonNode org = orgs.get(i % orgs.size());
            java.time.LocalDate birth = java.time.LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
            lines.add(String.join(",", "控制台导入" + i, i % 3 == 0 ? "女" : "男", birth.toString(), "高中", ImportExportIT.idCard("445281", birth, i), "",
                    "", org.get("jurisdictionCode").asText(), org.get("name").asText(), "正式党员", birth.plusYears(20).toString(),
                    birth.plusYears(20).plusMonths(3).toString(), birth.plusYears(21).plusMonths(4).toString(),
                    birth.plusYears(21).plusMonths(8).toString(), birth.plusYears(22).plusMonths(8).toString(), "否"));
        }
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "console-imports"));
        java.nio.file.Path good = java.nio.file.Files.writeString(folder.resolve("members.csv"), String.join("\n", lines) + "\n");
        List<String> withBadRows = new ArrayList<>(lines);
        withBadRows.set(10, withBadRows.get(10).replace(",女,", ",未知,").replace(",男,", ",未知,")); // row 11: unknown gender
        withBadRows.set(20, withBadRows.get(20).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",1985-13-40,")); // row 21: not a date
        java.nio.file.Path bad = java.nio.file.Files.writeString(folder.resolve("members-with-bad-rows.csv"), String.join("\n", withBadRows) + "\n");
        long membersBefore = operator.get("/members?jurisdiction=441481&size=1").json().get("total").asLong();

        openAs("xingning-operator", "#nav-imports");
        browser.find("#import-form");
        assertTrue(browser.script("return document.getElementById('import-dry-run').checked").asBoolean(), "a dry run unless unticked");

        // the dry run: both bars end full, the rows' bar at the rows the job counted
        browser.attach("#import-file", good);
        browser.click("#import-submit");
        browser.waitFor(() -> browser.count("#import-status[data-status]") > 0 ? Boolean.TRUE : null, "the import's outcome");
        assertEquals("SUCCEEDED", browser.script("return document.getElementById('import-status').dataset.status").asText(),
                browser.text("#import-outcome"));
        JsonNode job = operator.get("/imports").json().get(0);
        assertEquals("members.csv", job.get("fileName").asText());
        assertEquals(rows, job.get("rowsTotal").asInt(), job.toString());
        JsonNode bars = browser.script("const u = document.getElementById('import-upload'), p = document.getElementById('import-progress');"
                + " return [u.value, u.max, p.value, p.max]");
        assertEquals(bars.get(1).asDouble(), bars.get(0).asDouble(), "the upload's bar is full: " + bars);
        assertTrue(bars.get(1).asDouble() >= java.nio.file.Files.size(good), "the upload's bar counts the file's bytes: " + bars);
        assertEquals(List.of((double) rows, (double) rows), List.of(bars.get(2).asDouble(), bars.get(3).asDouble()), "the rows' bar: " + bars);
        assertEquals(rows + " / " + rows + " 行", browser.text("#import-rows"));
        assertTrue(browser.text("#import-status").contains(job.get("message").asText()), browser.text("#import-status"));
        browser.screenshot("imports");

        // bad rows: refused as a whole, each bad cell shown with its row and column where the outcome is
        browser.attach("#import-file", bad);
        browser.click("#import-submit");
        browser.waitFor(() -> "REJECTED"
                .equals(browser.script("const s = document.getElementById('import-status'); return s && s.dataset.status").asText(null))
                        ? Boolean.TRUE
                        : null,
                "the refusal");
        JsonNode refused = operator.get("/imports").json().get(0);
        assertEquals("members-with-bad-rows.csv", refused.get("fileName").asText());
        List<String> expected = new ArrayList<>();
        refused.get("errors").forEach(e -> expected.add(e.get("row").asText() + " " + e.get("column").asText()));
        assertTrue(expected.contains("11 gender") && expected.contains("21 birthDate"), expected.toString());
        JsonNode shown = browser.script(
                "return [...document.querySelectorAll('#import-errors tbody tr')].map(r => r.cells[0].textContent + ' ' + r.cells[1].textContent)");
        List<String> shownRows = new ArrayList<>();
        shown.forEach(r -> shownRows.add(r.asText()));
        assertEquals(expected, shownRows);
        browser.screenshot("imports-rejected");
        assertEquals(membersBefore, operator.get("/members?jurisdiction=441481&size=1").json().get("total").asLong(), "neither file wrote a member");

        // the export: the same list the API gives, as a file the browser saves
        browser.type("#export-jurisdiction", "441481");
        browser.click("#export-members");
        browser.find("#export-link");
        assertTrue(browser.text("#export-link").endsWith(".xlsx"), browser.text("#export-link"));
        assertTrue(browser.script("return Number(document.getElementById('export-link').dataset.bytes)").asLong() > 1000, "a workbook, not an error");
    }

    @Test
    void aViewerExportsButIsOfferedNoImport() {
        requireBrowser();
        openAs("xingning-viewer", "#nav-imports");
        browser.find("#import-read-only");
        assertEquals(0, browser.count("#import-form"));
        browser.click("#export-organizations");
        browser.find("#export-link");
        assertTrue(browser.text("#export-link").endsWith(".xlsx"));
        // another county's list: the API's refusal, said, and no file
        browser.type("#export-jurisdiction", "360823");
        browser.click("#export-organizations");
        browser.textWhen("#notice", t -> !t.isBlank(), "the refusal");
        assertEquals(0, browser.count("#export-link"));
    }

    // --- the engines as pictures

    @Test
    void aScoringSchemesRankingAndGradesAreDrawnAsTheEngineComputedThem() {
        requireBrowser();
        String module = "shunyi-appraisal";
        onModule(module, "110113", () -> {
            JsonNode scheme = api.get("/scoring/schemes?jurisdiction=110113&module=" + module + "&size=100").json().at("/items/0");
            long id = scheme.get("id").asLong();
            JsonNode periods = api.get("/scoring/schemes/" + id + "/periods").json();
            assertTrue(periods.size() > 0, "the demo computed the year's appraisal: " + periods);
            String period = periods.get(0).asText();
            JsonNode results = api.get("/scoring/schemes/" + id + "/periods/" + period + "/results?size=500&sort=rank,subjectId").json();
            assertTrue(results.get("total").asInt() > 0, results.toString());

            openAs("shunyi-operator", "#nav-rankings");
            browser.find("#scheme-select");
            browser.script("const s = document.getElementById('scheme-select'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))",
                    String.valueOf(id));
            browser.textWhen("#count-subjects b", results.get("total").asText()::equals, "the scheme's subjects");
            assertEquals(period, browser.script("return document.getElementById('period-select').value").asText(), "the latest period first");
            JsonNode top = browser.script("return [...document.querySelectorAll('#ranking-chart rect')].map(r => r.dataset.label)");
            assertEquals(Math.min(15, results.get("total").asInt()), top.size());
            JsonNode first = results.at("/items/0");
            assertEquals(first.get("rank").asText() + ". " + first.get("name").asText(), top.get(0).asText());
            java.util.Map<String, Integer> grades = new java.util.TreeMap<>();
            results.get("items").forEach(r -> grades.merge(r.path("grade").isTextual() ? r.get("grade").asText() : "未定等次", 1, Integer::sum));
            JsonNode drawn = browser.script("return Object.fromEntries([...document.querySelectorAll('#grade-chart rect')]"
                    + ".filter(r => r.dataset.value !== '0').map(r => [r.dataset.label, Number(r.dataset.value)]))");
            java.util.Map<String, Integer> drawnGrades = new java.util.TreeMap<>();
            drawn.properties().forEach(e -> drawnGrades.put(e.getKey(), e.getValue().asInt()));
            assertEquals(grades, drawnGrades, "a bar per grade with the engine's counts");
            assertEquals(Math.min(20, results.get("total").asInt()), browser.count("#ranking-table tbody tr"));
            browser.screenshot("rankings");
        });
    }

    @Test
    void aChecklistsPassRatesAreDrawnPerJurisdictionBelow() {
        requireBrowser();
        String module = "guangzong-work-standard";
        onModule(module, "130531", () -> {
            String key = "guangzong-work-standard-130531";
            JsonNode results = api.get("/checklists/" + key + "/results?jurisdiction=130531").json();
            assertTrue(results.at("/passRates/0/evaluated").asLong() > 0, "the demo's townships checked their villages: " + results);

            openAs("guangzong-operator", "#nav-rankings");
            browser.find("#checklist-select");
            browser.script("const s = document.getElementById('checklist-select'); s.value = arguments[0]; s.dispatchEvent(new Event('change'))",
                    key);
            List<String> expected = new ArrayList<>();
            results.get("passRates").forEach(r -> {
                if (r.get("evaluated").asLong() > 0) {
                    expected.add(String.valueOf(Math.round(r.get("passRate").asDouble() * 1000) / 10.0).replaceAll("\\.0$", ""));
                }
            });
            // the page first draws the checklist chosen by default (another one when the suite made several), and its table has a
            // row per jurisdiction too: wait for this checklist's bars, not for any
            List<String> drawn = browser.waitFor(() -> {
                List<String> bars = new ArrayList<>();
                browser.script("return [...document.querySelectorAll('#passrate-chart rect')].map(r => String(r.dataset.value))")
                        .forEach(b -> bars.add(b.asText()));
                return bars.equals(expected) && browser.count("#passrate-table tbody tr") == results.get("passRates").size() ? bars : null;
            }, "the pass rates of " + key + ": " + expected);
            assertEquals(expected, drawn, "a bar per jurisdiction evaluated, in per cent");
            browser.screenshot("checklist-pass-rates");
        });
    }

    /**
     * Runs {@code body} with the module installed and enabled for {@code county} after its demo data, and leaves the
     * module as it was found (other tests begin by installing and enabling it themselves).
     */
    private static void onModule(String module, String county, Runnable body) {
        boolean installedBefore = api.get("/modules/" + module).status() == 200;
        if (!installedBefore) {
            Api.Reply installed = api.post("/modules", "{\"feature\":\"jiceng-" + module + "\"}");
            assertEquals(201, installed.status(), installed.toString());
        }
        boolean enabledBefore = api.get("/modules/" + module).json().get("enabledJurisdictions").toString().contains("\"" + county + "\"");
        try {
            if (!enabledBefore) {
                assertEquals(201, api.put("/modules/" + module + "/jurisdictions/" + county, "").status());
            }
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(300).toNanos();
            while (server.logLines("Demo data of module " + module + " completed").isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the demo data of " + module + " did not finish");
                JicengServer.sleep(500);
            }
            body.run();
        } finally {
            if (!enabledBefore) {
                api.delete("/modules/" + module + "/jurisdictions/" + county);
            }
            if (!installedBefore) {
                assertEquals(204, api.delete("/modules/" + module).status(), "the module left as it was found");
            }
        }
    }

    @Test
    void aProblemIsRectifiedStepByStepFromItsPage() {
        requireBrowser();
        String description = "控制台整改测试 " + UUID.randomUUID().toString().substring(0, 6);
        Api operator = api.as("xingning-operator");
        Api.Reply found = operator.post("/problems", Api.object().put("source", "INSPECTION_TOUR").put("subjectType", "JURISDICTION")
                .put("subjectId", "441481").put("jurisdictionCode", "441481").put("category", "组织建设").put("severity", "MEDIUM")
                .put("description", description).put("foundBy", "巡察组").put("foundOn", java.time.LocalDate.now().minusDays(1).toString())
                .put("deadline", java.time.LocalDate.now().plusDays(30).toString()));
        assertEquals(201, found.status(), found.toString());
        long id = found.json().get("id").asLong();

        openAs("xingning-operator", "#nav-problems");
        browser.find("#problem-table");
        long open = operator.get("/problems?jurisdiction=441481&status=FOUND&size=1").json().get("total").asLong();
        browser.script("document.getElementById('problems-status').value = 'FOUND'");
        browser.click("#problems-form button");
        browser.textWhen("#problem-pager", t -> t.contains("共 " + open + " 条"), "the problems found and not yet planned");

        browser.open(server.uri("/console/#/problems/" + id));
        browser.textWhen("#problem-title", description::equals, "the problem's page");
        assertEquals("已发现", browser.text("#problem-status b"));
        browser.type("form[data-step='plan'] input[name='plan']", "召开专题会议，建立整改台账");
        browser.type("form[data-step='plan'] input[name='responsible']", "张书记");
        browser.click("form[data-step='plan'] button");
        browser.textWhen("#problem-status b", "已报方案"::equals, "the plan filed");
        browser.type("form[data-step='rectified'] input[name='completion']", "台账建立，会议纪要存档");
        browser.click("form[data-step='rectified'] button");
        browser.textWhen("#problem-status b", "已整改"::equals, "the problem rectified");
        browser.screenshot("problem");
        assertEquals(2, browser.count("form.step"), "verify or reopen next");

        JsonNode p = operator.get("/problems/" + id).json();
        assertEquals("RECTIFIED", p.get("status").asText());
        assertEquals("召开专题会议，建立整改台账", p.get("plan").asText());
        assertEquals("张书记", p.get("responsible").asText());
        assertEquals("台账建立，会议纪要存档", p.get("completion").asText());
        assertEquals(p.get("history").size(), browser.count("#problem-history tbody tr"), "every step in the history");

        // a viewer reads the same page and is offered no step
        browser.click("#sign-out");
        signIn("xingning-viewer", JicengServer.DEMO_PASSWORD);
        browser.find("#jurisdiction-tree");
        browser.open(server.uri("/console/#/problems/" + id));
        browser.textWhen("#problem-status b", "已整改"::equals, "the problem for a viewer");
        assertEquals(0, browser.count("form.step"));
    }

    @Test
    void jurisdictionsAreFoundByNameOrCodeInTheAccountsSubtreeOnly() {
        requireBrowser();
        Api operator = api.as("xingning-operator");
        JsonNode found = operator.get("/jurisdictions?q=" + java.net.URLEncoder.encode("镇", java.nio.charset.StandardCharsets.UTF_8) + "&size=50")
                .json();
        assertTrue(found.get("total").asLong() > 0, found.toString());
        found.get("items")
                .forEach(j -> assertTrue(j.get("code").asText().startsWith("441481") && j.get("name").asText().contains("镇"), j.toString()));
        JsonNode byCode = api.get("/jurisdictions?q=3608231").json();
        byCode.get("items").forEach(j -> assertTrue(j.get("code").asText().contains("3608231"), j.toString()));
        assertTrue(byCode.get("total").asLong() > 0, "the admin finds 峡江's townships by code: " + byCode);
        assertEquals(0, operator.get("/jurisdictions?q=3608231").json().get("total").asLong(), "another county's are not found by 兴宁's account");
        JsonNode blank = CoreRegistryIT.assertProblem(api.get("/jurisdictions?q=%20"), 400);
        assertEquals("q", blank.at("/errors/0/field").asText(), blank.toString());

        browser.open(server.uri("/console/"));
        signIn("xingning-operator", JicengServer.DEMO_PASSWORD);
        browser.find("#jurisdiction-tree");
        browser.type("#jurisdiction-search", "镇");
        browser.click("#jurisdiction-search-form button");
        browser.waitFor(() -> browser.count("#jurisdiction-results li") == found.get("items").size() ? Boolean.TRUE : null,
                found.get("items").size() + " jurisdictions found");
        browser.type("#jurisdiction-search", "3608231");
        browser.click("#jurisdiction-search-form button");
        browser.textWhen("#jurisdiction-found", t -> t.contains("没有找到"), "nothing of another county");
    }

    @Test
    void englishIsSwitchableAndKept() {
        requireBrowser();
        browser.open(server.uri("/console/"));
        assertEquals("登录", browser.text("#signin h1"));
        browser.click("#language");
        browser.textWhen("#signin h1", "Sign in"::equals, "the English sign-in");
        browser.open(server.uri("/console/"));
        browser.textWhen("#signin h1", "Sign in"::equals, "English kept over a reload");
        signIn("xingning-viewer", JicengServer.DEMO_PASSWORD);
        browser.textWhen("#nav-modules", "Modules"::equals, "the English menu");
        browser.click("#language");
        browser.textWhen("#nav-modules", "模块"::equals, "the Chinese menu");
    }

    @Test
    void anExpiredTokenLeadsBackToSignInAndSigningOutForgetsIt() {
        requireBrowser();
        browser.open(server.uri("/console/"));
        signIn("xingning-viewer", JicengServer.DEMO_PASSWORD);
        browser.find("#jurisdiction-tree");
        // what the browser holds after the server stopped honouring it (expired, revoked or signed with an old key)
        browser.script("sessionStorage.setItem('jiceng.token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'); location.hash = '#/modules';");
        browser.textWhen("#notice", t -> t.contains("登录已过期"), "the expiry said plainly");
        browser.find("#signin");

        signIn("xingning-viewer", JicengServer.DEMO_PASSWORD);
        browser.find("#jurisdiction-tree");
        browser.click("#sign-out");
        browser.find("#signin");
        assertTrue(browser.script("return sessionStorage.getItem('jiceng.token')").isNull(), "the token is forgotten");
    }

    /** Opens the console signed in as a demo account, on the page a navigation link leads to. */
    private static void openAs(String username, String navigation) {
        browser.open(server.uri("/console/"));
        signIn(username, JicengServer.DEMO_PASSWORD);
        browser.find("#jurisdiction-tree");
        browser.click(navigation);
    }

    private static void signIn(String username, String password) {
        browser.type("#username", username);
        browser.type("#password", password);
        browser.click("#signin-submit");
    }

    private static List<String> enabledFor() {
        List<String> codes = new ArrayList<>();
        api.get("/modules/" + MODULE).json().get("enabledJurisdictions").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    /** An account of its own, so that the refused sign-in counts against no account another test uses. */
    private static String newViewer() {
        String username = "console-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode account = Api.object().put("username", username).put("jurisdictionCode", "441481").put("password", "console-pass-1");
        account.putArray("roles").add("viewer");
        Api.Reply created = api.post("/accounts", account);
        assertEquals(201, created.status(), created.toString());
        return username;
    }

}
