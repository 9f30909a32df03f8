package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.authgate.web.api.NativeApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The sessions page and a session's detail page in headless Chromium: sorting, filters, revocations, timeline. */
class ConsoleSessionsIT extends ConsolePageTest {
    private static final By FIRST_USER = By.cssSelector("[id='sessions:table_data'] tr:nth-child(1) span.username");
    private static final By SECOND_USER = By.cssSelector("[id='sessions:table_data'] tr:nth-child(2) span.username");

    @Test
    void sortingTheTableByUserOrdersItInTheDatabaseBothWays() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String client = "sort-" + tag;
        // Logged in in this order, so newest first (the default) is amy, zed, mia: unlike either sort by name.
        String mia = "mia-" + tag;
        String zed = "zed-" + tag;
        String amy = "amy-" + tag;
        for (String user : List.of(mia, zed, amy)) {
            api.createUser(user, PASSWORD);
            loginWithClient(user, client);
        }

        signInAndOpen("nav-sessions");
        filter("sessions", "client", client, "1-3 of 3");
        browser.shot("newest-first");
        assertThat(usersInTable(mia, zed, amy)).containsExactly(amy, zed, mia);

        browser.click(By.id("sessions:table:user"));
        browser.waitForExactText(SECOND_USER, mia);
        browser.shot("sorted-by-user-ascending");
        assertThat(usersInTable(mia, zed, amy)).containsExactly(amy, mia, zed);

        browser.click(By.id("sessions:table:user"));
        browser.waitForExactText(FIRST_USER, zed);
        browser.shot("sorted-by-user-descending");
        assertThat(usersInTable(mia, zed, amy)).containsExactly(zed, mia, amy);
    }

    @Test
    void filteringByConnectorAndCreationTimeLeavesTheSessionsOfThatWindow() {
        String user = NativeApi.uniqueName("tess");
        api.createUser(user, PASSWORD);
        String early = api.loggedIn(user, PASSWORD).getString("sessionId");
        api.advanceClock(2 * 3600);
        String late = api.loggedIn(user, PASSWORD).getString("sessionId");

        signInAndOpen("nav-sessions");
        browser.type(By.id("sessions:username"), user);
        filter("sessions", "connector", "local", "1-2 of 2");
        assertThat(browser.pageSource()).contains(early).contains(late);

        pick("sessions:from", api.serverNow().minusSeconds(3600));
        browser.click(By.id("sessions:filter"));
        waitForReport("sessions:table", "1-1 of 1");
        browser.shot("created-in-the-last-hour");
        assertThat(browser.pageSource()).contains(late).doesNotContain(early);

        filterToNothing("sessions", "connector", "ldap", "No sessions match.");
        browser.shot("other-connector");

        // The drop-downs filter: the dialect the API logins came through keeps the late one, another has none.
        browser.fill(By.id("sessions:connector"), "");
        filter("sessions", "dialect", "native", "1-1 of 1");
        filter("sessions", "state", "ACTIVE", "1-1 of 1");
        filterToNothing("sessions", "dialect", "kuzzle", "No sessions match.");
        browser.shot("other-dialect");
    }

    @Test
    void badFilterInputIsAMessageOnThePageNotAnErrorPage() {
        signInAndOpen("nav-sessions");
        // A hostile client posts a connector the drop-down does not offer: Faces refuses what is not an option.
        browser.script("var o = document.getElementById('sessions:connector').options[1];"
                + " o.value = 'Not A Connector'; o.selected = true;");
        browser.type(By.id("sessions:tenant"), "no spaces allowed");
        browser.click(By.id("sessions:filter"));
        browser.waitForText(By.id("sessions:filter-messages"), "Tenant: 1-64 letters");
        browser.shot("bad-input");
        assertThat(browser.text(By.id("sessions:filter-messages"))).contains("Connector: Validation Error: Value is not valid");
        assertThat(browser.currentUrl()).contains("/admin/sessions.xhtml");
    }

    @Test
    void revokingAllOfAUserEndsEveryOneOfTheirSessions() {
        String user = NativeApi.uniqueName("ursula");
        api.createUser(user, PASSWORD);
        String first = api.loggedIn(user, PASSWORD).getString("accessToken");
        String second = api.loggedIn(user, PASSWORD).getString("accessToken");

        signInAndOpen("nav-sessions");
        filter("sessions", "username", user, "1-2 of 2");
        browser.shot("two-live-sessions");
        assertThat(browser.clickAndAnswer(By.cssSelector("[id='sessions:table_data'] tr:first-child button[id$=':end-all']"),
                true)).isEqualTo("Revoke every live session of " + user + "? The account's 2 live sessions end. Each client of "
                + user + " must log in again.");
        browser.waitForText(By.id("messages"), "2 live session(s) of " + user + " revoked");
        browser.waitForText(By.cssSelector("[id='sessions:table_data'] tr:first-child .state"), "REVOKED");
        browser.shot("all-revoked");

        assertThat(api.get("/api/v1/session", "Authorization", bearer(first)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(second)).status()).isEqualTo(401);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'SESSION_REVOKED' AND username = ?"
                + " AND actor = ? AND reason = 'ADMIN_REVOKE'", user, NativeApi.ADMIN)).isEqualTo(2);
    }

    @Test
    void aSessionsDetailPageShowsItsLoginAndItsRevokeInTheTimeline() {
        String user = NativeApi.uniqueName("dora");
        api.createUser(user, PASSWORD);
        JsonObject tokens = api.loggedIn(user, PASSWORD);
        String sessionId = tokens.getString("sessionId");

        signInAndOpen("nav-sessions");
        filter("sessions", "username", user, "1-1 of 1");
        browser.click(By.cssSelector("[id='sessions:table_data'] a[id$=':detail']"));
        browser.waitForExactText(By.id("session-id"), sessionId);
        browser.shot("detail");
        assertThat(browser.text(By.id("session-user"))).contains(user);
        assertThat(browser.text(By.id("session-state"))).contains("ACTIVE");
        assertThat(browser.text(By.id("session:timeline"))).contains("LOGIN_SUCCEEDED");

        assertThat(browser.clickAndAnswer(By.id("session:end-all"), false)).as("Cancel: nothing is revoked")
                .isEqualTo("Revoke every live session of " + user + "? The account's 1 live session ends. Each client of "
                        + user + " must log in again.");
        browser.click(By.id("session:revoke"));
        browser.waitForText(By.id("messages"), "revoked");
        browser.waitForText(By.id("session-state"), "REVOKED");
        browser.shot("detail-after-revoke");
        // Newest first: the revoke, by the administrator, above the login.
        assertThat(browser.text(By.cssSelector("[id='session:timeline_data'] tr:first-child")))
                .contains("SESSION_REVOKED").contains(NativeApi.ADMIN);
        assertThat(browser.text(By.cssSelector("[id='session:timeline_data'] tr:last-child"))).contains("LOGIN_SUCCEEDED");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(tokens.getString("accessToken"))).status())
                .isEqualTo(401);
    }

    @Test
    void aMalformedOrUnknownSessionIdIsAMessageNotAnErrorPage() {
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);

        browser.open("/admin/session.xhtml?id=not-a-uuid", "malformed-id");
        assertThat(browser.text(By.id("messages"))).contains("Not a session id: not-a-uuid");

        String unknown = UUID.randomUUID().toString();
        browser.open("/admin/session.xhtml?id=" + unknown, "unknown-id");
        assertThat(browser.text(By.id("messages"))).contains("No session with id " + unknown);

        browser.open("/admin/session.xhtml?id=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "script-id");
        assertThat(browser.text(By.id("messages"))).contains("Not a session id: <script>alert(1)</script>");
        assertThat(browser.pageSource()).doesNotContain("<script>alert(1)</script>");
    }

    private void loginWithClient(String user, String client) {
        var response = api.login(Json.createObjectBuilder().add("login", user).add("password", PASSWORD)
                .add("clientId", client));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** The given users in the order the table shows them. */
    private List<String> usersInTable(String... users) {
        String table = browser.text(By.id("sessions:table_data"));
        return Arrays.stream(users).filter(table::contains).sorted(Comparator.comparingInt(table::indexOf)).toList();
    }
}
