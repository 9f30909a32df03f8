package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import java.util.function.Consumer;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A signed-in console lasts only as long as its administrator is one (issue 12, finding 4): every console request
 * re-verifies the core session of the sign-in, so a ban, a disable, a demotion or a revocation made elsewhere (here
 * through the admin API, by another administrator) ends the console at its next request, page or Ajax alike, and
 * the browser lands on the sign-in page with the same cookie no longer signed in.
 */
class ConsoleSessionEndsIT extends ConsolePageTest {
    private static final String ACCOUNTS = "/api/v1/admin/accounts/";

    @Test
    void aBannedThenDisabledAdministratorsConsoleEndsAtTheNextPage() {
        String name = NativeApi.uniqueName("ad2x");
        String id = signedInAdministrator(name);

        asOtherAdmin("POST", ACCOUNTS + id + "/ban", "{\"reason\":\"suspicious\"}");
        asOtherAdmin("POST", ACCOUNTS + id + "/disable", null);

        assertEnded("/admin/accounts.xhtml");
        assertSignedOut("/admin/dashboard.xhtml");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid AND banned AND disabled", id))
                .as("the ban and the disable stay").isEqualTo(1);
    }

    @Test
    void aDisabledAdministratorsConsoleEnds() {
        endsAfter("dis", id -> asOtherAdmin("POST", ACCOUNTS + id + "/disable", null), "/admin/accounts.xhtml");
    }

    @Test
    void aDemotedAdministratorsConsoleEndsAndSoDoesItsCoreSession() {
        String name = NativeApi.uniqueName("dem");
        String id = signedInAdministrator(name);

        asOtherAdmin("PATCH", ACCOUNTS + id, "{\"roles\":[]}");

        assertEnded("/admin/dashboard.xhtml");
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE username = ? AND dialect = 'admin'"
                + " AND state = 'ACTIVE'", name)).as("the console's core session was ended").isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE username = ? AND event = 'LOGGED_OUT'"
                + " AND dialect = 'admin'", name)).isEqualTo(1);
    }

    @Test
    void anAjaxRequestOfAnEndedConsoleIsSentToTheSignInPageAndChangesNothing() {
        String name = NativeApi.uniqueName("ajx");
        String id = signedInAdministrator(name);
        browser.click(By.id("nav-accounts"));
        browser.type(By.id("accounts:query"), name);
        browser.click(By.id("accounts:search"));
        browser.waitForAjax();
        browser.shot("own-account-listed");

        asOtherAdmin("POST", ACCOUNTS + id + "/ban", "{\"reason\":\"suspicious\"}");
        // The page loaded before the ban: its next Ajax request (a search here, an unban of the own account just
        // the same) must not run.
        browser.click(By.id("accounts:search"));

        browser.waitFor(By.id("ended"));
        browser.shot("ended-by-ajax");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid AND banned", id)).isEqualTo(1);
    }

    @Test
    void revokingTheConsolesCoreSessionEndsTheConsole() {
        endsAfter("rev", id -> asOtherAdmin("DELETE", "/api/v1/admin/sessions/of-subject/" + id, null),
                "/admin/sessions.xhtml");
    }

    @Test
    void anAdministratorWhoStaysOneKeepsTheConsoleAcrossPages() {
        String name = NativeApi.uniqueName("ok");
        String id = signedInAdministrator(name);
        asOtherAdmin("PATCH", ACCOUNTS + id, "{\"firstName\":\"Still\",\"roles\":[\"admin\",\"support\"]}");

        browser.open("/admin/accounts.xhtml", "accounts");
        browser.open("/admin/sessions.xhtml", "sessions");
        assertThat(browser.currentUrl()).contains("/admin/sessions.xhtml");
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo(name);
    }

    /** A new administrator signs in, another one makes {@code change} to the account, and {@code page} is refused. */
    private void endsAfter(String prefix, Consumer<String> change, String page) {
        String id = signedInAdministrator(NativeApi.uniqueName(prefix));
        change.accept(id);
        assertEnded(page);
    }

    /** A new administrator, signed in to the console of this test's browser; answers the account id. */
    private String signedInAdministrator(String name) {
        String id = api.createUser(name, PASSWORD, "admin");
        browser.signIn(name, PASSWORD);
        browser.open("/admin/dashboard.xhtml", "signed-in");
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo(name);
        return id;
    }

    private void asOtherAdmin(String method, String path, String json) {
        HttpTestClient.Response r = api.send(method, path, json, json == null ? null : "application/json",
                "Authorization", bearer(api.adminToken()));
        assertThat(r.status()).as(method + " " + path + ": " + r).isIn(200, 204);
    }

    /** The same browser, cookie and all, opens {@code path} and is at the sign-in page, told why. */
    private void assertEnded(String path) {
        assertSignedOut(path);
        assertThat(browser.text(By.id("ended"))).contains("Your console session has ended");
    }

    private void assertSignedOut(String path) {
        browser.open(path, "signed-out");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(browser.pageSource()).doesNotContain("signed-in-as");
    }
}
