package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.web.api.NativeApi;
import org.authgate.web.api.TotpCodes;
import org.authgate.web.api.TotpEnrolment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Administrators sign in to the console with a second factor (authgate.admin.require-second-factor, on by
 * default; the shared IT server runs with it off, so each test turns it on and puts it back). Also: the console
 * refuses a common password for a new account.
 */
class ConsoleSecondFactorIT extends ConsolePageTest {

    @AfterEach
    void backToTheServersSetting() {
        api.requireAdminSecondFactor(null);
    }

    private void typeCredentials(String username, String password, String code) {
        browser.open("/admin/login.xhtml", "login");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        if (code != null) {
            browser.type(By.id("login:code"), code);
        }
        browser.click(By.id("login:submit"));
    }

    @Test
    void anAdministratorWithoutTotpEnrolsAtTheFirstSignInAndIsOnlyThenLetIn() {
        String admin = NativeApi.uniqueName("adm-eve");
        api.createUser(admin, PASSWORD, "admin");
        api.requireAdminSecondFactor(true);

        browser.open("/admin/login.xhtml", "login");
        Cookie before = browser.sessionCookie();
        browser.type(By.id("login:username"), admin);
        browser.type(By.id("login:password"), PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("enrol-secret"));
        browser.shot("enrolment");
        assertThat(browser.driverElement(By.id("enrol-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        if (before != null) {
            assertThat(browser.sessionCookie().getValue()).as("a new session id once the password was right")
                    .isNotEqualTo(before.getValue());
        }
        Cookie pending = browser.sessionCookie();
        browser.open("/admin/dashboard.xhtml", "not-yet");
        assertThat(browser.currentUrl()).as("not signed in before the code").contains("/admin/login.xhtml");
        String secret = browser.text(By.id("enrol-secret")).strip();

        browser.type(By.id("enrol:code"), "000000".equals(TotpCodes.at(secret, api.serverNow())) ? "111111" : "000000");
        browser.click(By.id("enrol:confirm"));
        browser.waitForText(By.id("enrol:enrol-messages"), "Wrong code");
        browser.type(By.id("enrol:code"), TotpCodes.at(secret, api.serverNow()));
        browser.click(By.id("enrol:confirm"));
        browser.waitFor(By.id("signout:submit"));
        browser.shot("signed-in-after-enrolment");

        assertThat(browser.currentUrl()).contains("/admin/dashboard.xhtml");
        assertThat(browser.sessionCookie().getValue()).as("a new session id once signed in")
                .isNotEqualTo(pending.getValue());
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ? AND totp_enabled", admin))
                .isEqualTo(1);
        assertThat(NativeApi.auditOf(admin)).extracting(r -> r.get("event")).contains("SECOND_FACTOR_ENROLLED");
    }

    @Test
    void anAdministratorWithTotpSignsInWithPasswordAndCodeAndNotWithThePasswordAlone() {
        String admin = NativeApi.uniqueName("adm-finn");
        api.createUser(admin, PASSWORD, "admin");
        String secret = TotpEnrolment.enrol(api, api.loggedIn(admin, PASSWORD).getString("accessToken"), PASSWORD);
        api.requireAdminSecondFactor(true);

        typeCredentials(admin, PASSWORD, null);
        browser.waitForText(By.id("login:messages"), "Sign-in refused");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");

        typeCredentials(admin, PASSWORD, TotpCodes.at(secret, api.serverNow()));
        browser.waitFor(By.id("signout:submit"));
        assertThat(browser.currentUrl()).contains("/admin/dashboard.xhtml");
    }

    /** The console's per-request check asks for the factor too: an open console without one ends at its next page. */
    @Test
    void anOpenConsoleWithoutASecondFactorEndsOnceTheRuleHoldsForIt() {
        String admin = NativeApi.uniqueName("adm-gil");
        api.createUser(admin, PASSWORD, "admin");
        browser.signIn(admin, PASSWORD);
        browser.open("/admin/dashboard.xhtml", "signed-in");
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo(admin);

        api.requireAdminSecondFactor(true);
        browser.open("/admin/accounts.xhtml", "after-the-rule");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(browser.text(By.id("ended"))).contains("Your console session has ended");
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE username = ? AND state = 'ACTIVE'", admin))
                .as("the console's core session was ended with it").isZero();
    }

    @Test
    void aCommonPasswordForANewAccountIsRefusedWithAMessage() {
        String user = NativeApi.uniqueName("gus");
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.click(By.id("nav-accounts"));
        browser.type(By.id("create:username"), user);
        browser.type(By.id("create:password"), "Welcome1");
        browser.click(By.id("create:submit"));

        browser.waitForText(By.id("messages"), "most common passwords");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ?", user)).isZero();
    }
}
