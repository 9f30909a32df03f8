package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import org.authgate.web.api.NativeApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The account page's Delete in headless Chromium: nothing happens until the template's shared confirmation dialog
 * is answered Yes (Cancel keeps the account), then the account, its sessions and the personal fields of its audit
 * records are gone.
 */
class ConsoleAccountDeleteIT extends ConsolePageTest {

    @Test
    void anAccountIsDeletedOnlyAfterItsConfirmation() {
        String user = NativeApi.uniqueName("delia");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        openAccount(user);

        // The template's one confirmation dialog asks, as for ban, disable and the password reset.
        assertThat(browser.clickAndAnswer(By.id("delete:delete"), false)).isEqualTo("Delete " + user
                + " for good? The account's 1 live session ends. Its audit records lose its personal data."
                + " This cannot be undone.");
        browser.waitForAjax();
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id))
                .as("cancelled: the account stays").isEqualTo(1);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);

        browser.clickAndAnswer(By.id("delete:delete"), true);
        browser.waitForText(By.id("messages"), "Account deleted");
        browser.shot("deleted");

        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id)).isZero();
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("its session ended with it").isEqualTo(401);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'DELETE_ACCOUNT' AND actor = ? AND subject = ?::uuid AND username IS NULL",
                NativeApi.ADMIN, id)).isEqualTo(1);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE subject = ?::uuid"
                + " AND username IS NOT NULL", id)).isZero();
    }

    @Test
    void anAdministratorCannotDeleteTheirOwnAccountFromTheConsole() {
        openAccount(NativeApi.ADMIN);

        assertThat(browser.clickAndAnswer(By.id("delete:delete"), true)).contains("for good?");
        browser.waitForText(By.id("messages"), "You cannot delete your own account.");
        browser.shot("own-account");

        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ?", NativeApi.ADMIN))
                .isEqualTo(1);
    }
}
