package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import java.util.List;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The account page of the console in headless Chromium: profile, disable, password reset, forced change and
 * unlock, each checked by what the API then does with the account, and by its audit record.
 */
class ConsoleAccountsIT extends ConsolePageTest {
    private static final String NEW_PASSWORD = "a fresh and long one";

    @Test
    void theProfileAndRolesAreEditedAndTheChangeIsAudited() {
        String user = NativeApi.uniqueName("paula");
        api.createUser(user, PASSWORD);
        openAccount(user);

        browser.type(By.id("profile:email"), user + "@example.test");
        browser.type(By.id("profile:first-name"), "Paula <b>");
        browser.type(By.id("profile:roles"), "support, auditor");
        browser.click(By.id("profile:save"));
        browser.waitForText(By.id("messages"), "Profile saved");
        browser.shot("profile-saved");

        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ? AND email = ?", user,
                user + "@example.test")).isEqualTo(1);
        assertThat(NativeApi.count("SELECT count(*) FROM account_roles r JOIN accounts a ON a.id = r.account_id"
                + " WHERE a.username = ? AND r.role IN ('support', 'auditor')", user)).isEqualTo(2);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'UPDATE_ACCOUNT' AND actor = ? AND username = ?", NativeApi.ADMIN, user)).isEqualTo(1);
        assertThat(browser.pageSource()).as("output is escaped").doesNotContain("Paula <b>");
    }

    @Test
    void aDisabledAccountLosesItsSessionsAndCannotLogInUntilEnabled() {
        String user = NativeApi.uniqueName("dora");
        api.createUser(user, PASSWORD);
        // Three live sessions, and one already ended: the confirmation counts the three it will end.
        List<String> tokens = List.of(api.loggedIn(user, PASSWORD).getString("accessToken"),
                api.loggedIn(user, PASSWORD).getString("accessToken"),
                api.loggedIn(user, PASSWORD).getString("accessToken"));
        String ended = api.loggedIn(user, PASSWORD).getString("accessToken");
        assertThat(api.post("/api/v1/logout", "", "Authorization", bearer(ended)).status()).isEqualTo(204);
        openAccount(user);

        assertThat(browser.clickAndAnswer(By.id("status:disable"), true)).isEqualTo("Disable " + user
                + "? The account's 3 live sessions end. The account cannot log in until it is enabled.");
        browser.waitForText(By.id("account-status"), "disabled");
        browser.shot("disabled");

        for (String token : tokens) {
            assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status())
                    .as("disabling ended the account's sessions").isEqualTo(401);
        }
        assertThat(NativeApi.count("SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.subject"
                + " WHERE a.username = ? AND s.state = 'REVOKED'", user)).as("the three it said").isEqualTo(3);
        HttpTestClient.Response refused = api.login(user, PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:authgate:problem:account-disabled");

        browser.click(By.id("status:enable"));
        browser.waitForText(By.id("account-status"), "active");
        browser.shot("enabled");
        assertThat(api.login(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheSessionsAndForcesAChangeAtTheNextLogin() {
        String user = NativeApi.uniqueName("rolf");
        api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        openAccount(user);

        browser.type(By.id("password:new-password"), NEW_PASSWORD);
        assertThat(browser.clickAndAnswer(By.id("password:reset"), false)).startsWith("Replace the password of " + user + "?")
                .endsWith("The account's 1 live session ends.");
        browser.waitForAjax();
        assertThat(api.login(user, PASSWORD).status()).as("Cancel kept the password").isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);

        browser.clickAndAnswer(By.id("password:reset"), true);
        browser.waitForText(By.id("messages"), "Password reset");
        browser.waitForText(By.id("account-must-change"), "must be changed");
        browser.shot("password-reset");
        assertThat(browser.pageSource()).doesNotContain(NEW_PASSWORD);

        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
        assertThat(api.login(user, PASSWORD).status()).as("the old password is gone").isEqualTo(401);
        HttpTestClient.Response mustChange = api.login(user, NEW_PASSWORD);
        assertThat(mustChange.status()).as(mustChange.toString()).isEqualTo(403);
        assertThat(mustChange.json().getString("type")).isEqualTo("urn:authgate:problem:password-expired");
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'RESET_PASSWORD' AND actor = ? AND username = ?", NativeApi.ADMIN, user)).isEqualTo(1);
    }

    @Test
    void aWeakPasswordIsRefusedWithAMessage() {
        String user = NativeApi.uniqueName("wanda");
        api.createUser(user, PASSWORD);
        openAccount(user);

        browser.type(By.id("password:new-password"), "short");
        browser.clickAndAnswer(By.id("password:reset"), true);
        browser.waitForText(By.id("messages"), "Not changed");
        browser.shot("weak-password");
        assertThat(api.login(user, PASSWORD).status()).as("the password stays").isEqualTo(200);
    }

    @Test
    void aForcedChangeRefusesThePasswordUntilTheUserChangesIt() {
        String user = NativeApi.uniqueName("frida");
        api.createUser(user, PASSWORD);
        openAccount(user);

        browser.click(By.id("status:force-change"));
        browser.waitForText(By.id("account-must-change"), "must be changed");
        browser.shot("forced");

        HttpTestClient.Response login = api.login(user, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(403);
        assertThat(login.json().getString("type")).isEqualTo("urn:authgate:problem:password-expired");
    }

    @Test
    void aLockedAccountIsUnlockedFromItsPage() {
        String user = NativeApi.uniqueName("lena");
        api.createUser(user, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(user, "wrong password " + i).status()).isEqualTo(401);
        }
        // The lock lasts one second from the fifth failure: step the server's clock back so it cannot lapse
        // on a slow machine before the console is looked at.
        api.advanceClock(-600);
        assertThat(api.login(user, PASSWORD).status()).as("locked: even the right password is refused")
                .isEqualTo(401);
        openAccount(user);
        assertThat(browser.text(By.id("account-lock"))).contains("locked until");

        browser.click(By.id("status:unlock"));
        browser.waitForText(By.id("messages"), "unlocked");
        browser.waitForExactText(By.id("account-lock"), "0");
        browser.shot("unlocked");

        assertThat(api.login(user, PASSWORD).status()).isEqualTo(200);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'UNLOCK' AND actor = ? AND username = ?", NativeApi.ADMIN, user)).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccountNorDropTheirOwnAdminRole() {
        openAccount(NativeApi.ADMIN);

        browser.clickAndAnswer(By.id("status:disable"), true);
        browser.waitForText(By.id("messages"), "cannot disable your own account");
        browser.type(By.id("profile:roles"), "support");
        browser.click(By.id("profile:save"));
        browser.waitForText(By.id("messages"), "cannot remove the administrator role");
        browser.shot("self-protection");

        assertThat(api.login(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(NativeApi.count("SELECT count(*) FROM account_roles r JOIN accounts a ON a.id = r.account_id"
                + " WHERE a.username = ? AND r.role = 'admin'", NativeApi.ADMIN)).isEqualTo(1);
    }

    @Test
    void anUnknownAccountIdShowsAMessageNotAnErrorPage() {
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.open("/admin/account.xhtml?id=not-a-uuid", "malformed-id");
        assertThat(browser.text(By.id("messages"))).contains("No such account");
        browser.open("/admin/account.xhtml?id=5f3c6f0e-8d1b-4a55-9a57-0a7e1f7c2b10", "unknown-id");
        assertThat(browser.text(By.id("messages"))).contains("No such account");
    }

    /** Signs in, finds the user on the accounts page and follows the link to its page. */
}
