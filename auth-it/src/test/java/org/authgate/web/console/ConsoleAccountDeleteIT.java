package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import org.authgate.web.api.NativeApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The account page's Delete in headless Chromium: nothing happens until the confirmation dialog's Delete is pressed
 * (Cancel keeps the account), then the account, its sessions and the personal fields of its audit records are gone.
 */
class ConsoleAccountDeleteIT extends ConsolePageTest {

    @Test
    void anAccountIsDeletedOnlyAfterItsConfirmation() {
        String user = NativeApi.uniqueName("delia");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        openAccount(user);

        browser.click(By.id("delete:delete"));
        browser.waitForText(By.id("delete:confirm-delete"), "Delete " + user + " for good?");
        browser.shot("confirm");
        browser.click(By.id("delete:confirm-delete-no"));
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id))
                .as("cancelled: the account stays").isEqualTo(1);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);

        browser.click(By.id("delete:delete"));
        browser.waitForText(By.id("delete:confirm-delete"), "Delete " + user + " for good?");
        browser.click(By.id("delete:confirm-delete-yes"));
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

        browser.click(By.id("delete:delete"));
        browser.waitForText(By.id("delete:confirm-delete"), "for good?");
        browser.click(By.id("delete:confirm-delete-yes"));
        browser.waitForText(By.id("messages"), "You cannot delete your own account.");
        browser.shot("own-account");

        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ?", NativeApi.ADMIN))
                .isEqualTo(1);
    }
}
