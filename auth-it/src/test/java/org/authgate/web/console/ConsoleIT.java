package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.authgate.web.api.NativeApi;
import org.authgate.web.api.TotpCodes;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The admin console in a real headless Chromium: sign-in, the pages, and what their actions do to the API. */
class ConsoleIT extends ConsolePageTest {

    @Test
    void anAdministratorSignsInWithANewSessionIdAndSeesTheCounts() {
        browser.open("/admin/", "redirected-to-login");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        Cookie before = browser.sessionCookie();

        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);

        assertThat(browser.currentUrl()).contains("/admin/dashboard.xhtml");
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo(NativeApi.ADMIN);
        assertThat(browser.sessionCookie()).isNotNull();
        if (before != null) {
            assertThat(browser.sessionCookie().getValue()).as("a new session id after sign-in")
                    .isNotEqualTo(before.getValue());
        }
        // The console's own sign-in is a login like any other: an active session and a login today.
        assertThat(Long.parseLong(browser.text(By.id("active-sessions")).replace("+", ""))).isPositive();
        assertThat(Long.parseLong(browser.text(By.id("logins-day")).replace("+", ""))).isPositive();
        assertThat(browser.text(By.id("dashboard:by-dialect"))).contains("admin");
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_SUCCEEDED'"
                + " AND dialect = 'admin' AND username = ?", NativeApi.ADMIN)).isPositive();

        browser.open("/admin", "admin-root-redirects-to-dashboard");
        assertThat(browser.currentUrl()).endsWith("/admin/dashboard.xhtml");

        // The signed-in console session ends after authgate.console.idle-timeout-seconds without a request.
        HttpTestClient.Response session = HttpTestClient.http().get("/test-support/http-session",
                "Cookie", "JSESSIONID=" + browser.sessionCookie().getValue());
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.body().strip()).isEqualTo("900");
    }

    @Test
    void consoleResponsesCarryTheSecurityHeaders() {
        HttpTestClient.Response login = HttpTestClient.http().get("/admin/login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        String policy = login.header("Content-Security-Policy").orElse("");
        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("form-action 'self'").doesNotContain("unsafe-eval");
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertThat(scripts).as("inline scripts run only with this response's nonce").contains("'nonce-")
                .doesNotContain("'unsafe-inline'");
        String nonce = scripts.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(login.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(login.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.header("Referrer-Policy")).hasValue("no-referrer");

        HttpTestClient.Response page = HttpTestClient.http().get("/admin/sessions.xhtml");
        assertThat(page.status()).as("a console page needs a sign-in").isEqualTo(302);
        assertThat(page.header("Location").orElse("")).contains("/admin/login.xhtml");
        browser.open("/admin/login.xhtml", "login");
    }

    @Test
    void aWrongAdminPasswordIsRefused() {
        browser.signIn(NativeApi.ADMIN, "not-the-password");

        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(browser.text(By.id("login:messages"))).contains("Sign-in refused");
        browser.open("/admin/dashboard.xhtml", "still-signed-out");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND dialect = 'admin' AND username = ?", NativeApi.ADMIN)).isPositive();
    }

    @Test
    void anAccountWithoutTheAdminRoleIsRefused() {
        String user = NativeApi.uniqueName("nadia");
        api.createUser(user, PASSWORD);

        browser.signIn(user, PASSWORD);

        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(browser.text(By.id("login:messages"))).contains("Sign-in refused");
        browser.open("/admin/dashboard.xhtml", "still-signed-out");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE username = ? AND state = 'ACTIVE'", user))
                .as("the session its right password opened was ended at once").isZero();
    }

    @Test
    void signingOutEndsTheConsoleSession() {
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        Cookie session = browser.sessionCookie();

        browser.click(By.id("signout:submit"));
        browser.waitFor(By.id("signed-out"));
        browser.shot("signed-out");

        browser.open("/admin/dashboard.xhtml", "after-sign-out");
        assertThat(browser.currentUrl()).contains("/admin/login.xhtml");
        HttpTestClient.Response replay = HttpTestClient.http().get("/admin/dashboard.xhtml",
                "Cookie", "JSESSIONID=" + session.getValue());
        assertThat(replay.status()).as("the old session cookie opens nothing").isEqualTo(302);
        assertThat(replay.header("Location").orElse("")).contains("/admin/login.xhtml");
    }

    @Test
    void aSessionRevokedInTheConsoleIsRefusedByTheApiAndAuditedWithTheAdminsName() {
        String user = NativeApi.uniqueName("rita");
        api.createUser(user, PASSWORD);
        JsonObject tokens = api.loggedIn(user, PASSWORD);
        String sessionId = tokens.getString("sessionId");
        String token = tokens.getString("accessToken");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);

        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.click(By.id("nav-sessions"));
        browser.type(By.id("sessions:username"), user);
        browser.click(By.id("sessions:filter"));
        // The filter applied: only the user's one session is left (its row alone would also be on an unfiltered page).
        browser.waitForExactText(By.cssSelector("[id='sessions:table'] .ui-paginator-current"), "1-1 of 1");
        By row = By.xpath("//tr[.//span[contains(@class,'session-id') and normalize-space(text())='" + sessionId + "']]");
        browser.waitFor(row);
        browser.shot("sessions-filtered");
        assertThat(browser.text(row)).contains(user).contains("ACTIVE");

        browser.click(By.xpath("//tr[.//span[contains(@class,'session-id') and normalize-space(text())='" + sessionId
                + "']]//button[contains(@id,'revoke')]"));
        browser.waitForText(By.id("messages"), "revoked");
        browser.shot("session-revoked");

        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("the API refuses the revoked session's token").isEqualTo(401);

        browser.click(By.id("nav-audit"));
        browser.waitFor(By.id("audit:event"));
        new org.openqa.selenium.support.ui.Select(browser.driverElement(By.id("audit:event")))
                .selectByValue("SESSION_REVOKED");
        browser.type(By.id("audit:actor"), NativeApi.ADMIN);
        browser.type(By.id("audit:username"), user);
        browser.click(By.id("audit:filter"));
        // Exactly the one revoke matches event, actor and user together.
        browser.waitForExactText(By.cssSelector("[id='audit:table'] .ui-paginator-current"), "1-1 of 1");
        By revoked = By.xpath("//tr[.//span[contains(@class,'target') and contains(text(),'" + sessionId + "')]]");
        browser.waitFor(revoked);
        browser.shot("audit-filtered");
        assertThat(browser.text(revoked)).contains("SESSION_REVOKED").contains(NativeApi.ADMIN).contains(user);
    }

    @Test
    void anAccountCreatedInTheConsoleEnrolsTotpAndLogsInWithACode() {
        String user = NativeApi.uniqueName("tomas");
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.click(By.id("nav-accounts"));
        browser.type(By.id("create:username"), user);
        browser.type(By.id("create:password"), PASSWORD);
        browser.type(By.id("create:email"), user + "@example.test");
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("messages"), "created");
        By row = By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(text())='" + user + "']]");
        browser.waitFor(row);
        browser.shot("account-created");

        browser.click(By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(text())='" + user
                + "']]//button[contains(@id,'enrol-totp')]"));
        browser.waitFor(By.id("totp-secret"));
        assertThat(browser.driverElement(By.id("totp-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        browser.shot("totp-qr");
        String secret = browser.text(By.id("totp-secret")).strip();
        browser.type(By.id("totp:code"), TotpCodes.at(secret, api.serverNow()));
        browser.click(By.id("totp:confirm"));
        browser.waitForText(By.id("messages"), "TOTP enabled");
        browser.shot("totp-enabled");

        api.advanceClock(30); // the login needs a code of a later time step than the confirmation's
        HttpTestClient.Response login = api.login(Json.createObjectBuilder().add("login", user).add("password", PASSWORD)
                .add("code", TotpCodes.at(secret, api.serverNow())));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getString("accessToken")).isNotBlank();
        HttpTestClient.Response withoutCode = api.login(user, PASSWORD);
        assertThat(withoutCode.json().getString("status")).isEqualTo("SECOND_FACTOR_REQUIRED");
    }

    /** The ban asks first, saying how many sessions it ends: Cancel sends nothing, Yes bans and ends them. */
    @Test
    void anAccountBannedInTheConsoleAfterItsConfirmationCannotLogIn() {
        String user = NativeApi.uniqueName("boris");
        api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        String second = api.loggedIn(user, PASSWORD).getString("accessToken");

        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        browser.click(By.id("nav-accounts"));
        browser.type(By.id("accounts:query"), user);
        browser.click(By.id("accounts:search"));
        browser.waitForAjax(); // the row may already be on the unfiltered page: wait for the search's answer
        By row = By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(text())='" + user + "']]");
        browser.waitFor(row);
        browser.type(By.id("accounts:ban-reason"), "spam <script>alert(1)</script>");
        By ban = By.xpath("//tr[.//span[contains(@class,'username') and normalize-space(text())='" + user
                + "']]//button[contains(@id,':ban')]");

        String question = browser.clickAndAnswer(ban, false);
        assertThat(question).isEqualTo("Ban " + user + "? The account's 2 live sessions end. The account cannot log in"
                + " until it is unbanned.");
        browser.waitForAjax();
        assertThat(browser.text(row)).as("Cancel sent nothing").contains("active");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ? AND NOT banned", user)).isEqualTo(1);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("the session outlives a cancelled ban").isEqualTo(200);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION' AND reason = 'BAN'"
                + " AND username = ?", user)).isZero();

        browser.clickAndAnswer(ban, true);
        browser.waitForText(By.id("messages"), "banned");
        browser.waitForText(row, "banned");
        browser.shot("account-banned");
        assertThat(browser.text(row)).contains("spam <script>alert(1)</script>");
        assertThat(browser.pageSource()).doesNotContain("<script>alert(1)</script>");

        HttpTestClient.Response login = api.login(user, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(403);
        assertThat(login.json().getString("type")).isEqualTo("urn:authgate:problem:account-banned");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("the ban ended the account's sessions").isEqualTo(401);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(second)).status()).isEqualTo(401);
    }
}
