package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.web.api.NativeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The Connectors and Settings pages in headless Chromium: health, masked configuration, test login. */
class ConsoleConnectorsIT extends ConsolePageTest {
    /** Secrets the build hands the server under test (auth-it/pom.xml): none may reach a page. */
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token");
    private static final String DES_KEY = System.getProperty("authgate.it.365view.des-key");
    private static final String SECRETS_KEYS = System.getProperty("authgate.it.secrets.keys");

    @BeforeEach
    void signIn() {
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
    }

    @Test
    void theLocalConnectorIsUpAndShowsItsConfiguration() {
        browser.click(By.id("nav-connectors"));
        browser.waitFor(By.id("connector-local"));
        browser.shot("connectors");

        String local = browser.text(By.id("connector-local"));
        assertThat(local).contains("on").contains("UP: account store answers")
                .contains("password change").contains("second factor")
                .contains("authgate.local.argon2.memory-kib").contains("19456");
    }

    @Test
    void aTestLoginSucceedsOrIsRefusedAndIsAuditedWithTheAdministrator() {
        String user = NativeApi.uniqueName("tess");
        api.createUser(user, PASSWORD, "support");
        browser.click(By.id("nav-connectors"));
        browser.waitFor(By.id("test:login"));
        new Select(browser.driverElement(By.id("test:connector"))).selectByValue("local");

        browser.type(By.id("test:login"), user);
        browser.type(By.id("test:password"), PASSWORD);
        browser.click(By.id("test:submit"));
        browser.waitForExactText(By.id("outcome"), "SUCCESS");
        browser.shot("test-login-success");
        assertThat(browser.text(By.id("result-username"))).isEqualTo(user);
        assertThat(browser.text(By.id("roles"))).isEqualTo("support");

        browser.type(By.id("test:login"), user);
        browser.type(By.id("test:password"), "not the password");
        browser.click(By.id("test:submit"));
        browser.waitForExactText(By.id("outcome"), "INVALID_CREDENTIALS");
        browser.shot("test-login-refused");

        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE username = ? AND state = 'ACTIVE'", user))
                .as("the test login's session was ended at once").isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION' AND actor = ?"
                + " AND target = ? AND reason LIKE 'TEST_LOGIN %'", NativeApi.ADMIN, "local:" + user)).isEqualTo(2);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND client_id = 'authgate-console-test-login' AND username = ?", user))
                .as("a refused test login counts like any failed login").isEqualTo(1);
    }

    /**
     * The template's busy indicator shows while an Ajax request is under way: Chromium holds every answer for
     * seconds (emulated latency), so the test login is seen running, then its outcome with the indicator gone.
     */
    @Test
    void theBusyIndicatorShowsWhileATestLoginRuns() {
        String user = NativeApi.uniqueName("bea");
        api.createUser(user, PASSWORD);
        browser.click(By.id("nav-connectors"));
        browser.waitFor(By.id("test:login"));
        By busy = By.id("busy-indicator");
        assertThat(browser.isShown(busy)).as("hidden while nothing runs").isFalse();
        browser.type(By.id("test:login"), user);
        browser.type(By.id("test:password"), PASSWORD);

        browser.withLatency(5_000, () -> {
            browser.click(By.id("test:submit"));
            browser.waitUntil(d -> browser.isShown(busy));
            browser.shot("busy");
        });
        browser.waitForExactText(By.id("outcome"), "SUCCESS");
        browser.waitForAjax();
        assertThat(browser.isShown(busy)).as("hidden again once the answer is in").isFalse();
    }

    @Test
    void theSettingsPageShowsTheEffectiveConfigurationWithoutAnySecret() {
        browser.click(By.id("nav-settings"));
        browser.waitFor(By.id("settings"));
        browser.shot("settings");

        String page = browser.text(By.id("settings"));
        assertThat(page).contains("authgate.session.default-lifetime-seconds")
                .contains("authgate.http.trusted-proxies").contains("environment")
                .contains("AUTHGATE_DIALECT_ONEENTRY_APP_TOKENS").contains("AUTHGATE_DIALECT_365VIEW_DES_KEY")
                .contains(SecretValues.HIDDEN);
        String source = browser.pageSource();
        assertThat(page).contains("AUTHGATE_SECRETS_KEYS").contains("AUTHGATE_INTROSPECTION_CLIENT_SECRETS");
        for (String key : SECRETS_KEYS.split(",")) {
            assertThat(source).doesNotContain(key.substring(key.indexOf(':') + 1));
        }
        assertThat(source).doesNotContain(APP_TOKEN).doesNotContain(DES_KEY)
                .doesNotContain(NativeApi.ADMIN_PASSWORD);
    }
}
