package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The audit page in headless Chromium: the address and connector filters, and the streamed CSV export. */
class ConsoleAuditIT extends ConsolePageTest {

    @Test
    void filteringByAddressShowsOnlyThatAddressesRecords() {
        NativeApi stranger = new NativeApi();
        String guessed = NativeApi.uniqueName("ghost");
        assertThat(stranger.login(guessed, "wrong password").status()).isEqualTo(401);

        signInAndOpen("nav-audit");
        filter("audit", "address", stranger.address(), "1-1 of 1");
        browser.shot("filtered-by-address");
        String row = browser.text(By.id("audit:table_data"));
        assertThat(row).contains("LOGIN_FAILED").contains(guessed).contains(stranger.address()).contains("local");

        filterToNothing("audit", "connector", "ldap", "No audit records match.");
        browser.shot("address-and-other-connector");
    }

    @Test
    void theDropDownsOfferTheCoresValuesAndTheDialectFilterFilters() {
        NativeApi stranger = new NativeApi();
        assertThat(stranger.login(NativeApi.uniqueName("ghost"), "wrong password").status()).isEqualTo(401);

        signInAndOpen("nav-audit");
        // From the core and the WAR, not from the page: every connector bean, every dialect with its switch.
        assertThat(browser.options(By.id("audit:connector"))).contains("", "ldap", "local");
        assertThat(browser.options(By.id("audit:dialect"))).contains("", "native", "admin", "connector", "wazo",
                "kuzzle", "azuriom", "oneentry", "365view");
        assertThat(browser.options(By.id("audit:event"))).contains("LOGIN_FAILED", "SESSION_REVOKED", "ADMIN_ACTION");
        assertThat(browser.options(By.id("audit:outcome"))).containsExactly("", "SUCCESS", "FAILURE");

        filter("audit", "address", stranger.address(), "1-1 of 1");
        filter("audit", "dialect", "native", "1-1 of 1");
        filterToNothing("audit", "dialect", "wazo", "No audit records match.");
        browser.shot("address-and-other-dialect");
    }

    /**
     * The pickers are UTC whatever the browser's time zone (here UTC+13/+12): a range that leaves out the earlier
     * and the later of three failed logins two hours apart shows only the middle one, and "before" is exclusive.
     */
    @Test
    void theDateTimePickersFilterByAUtcRange() {
        NativeApi stranger = new NativeApi();
        String early = NativeApi.uniqueName("early");
        String middle = NativeApi.uniqueName("middle");
        String late = NativeApi.uniqueName("late");
        Instant middleAt = null;
        for (String user : List.of(early, middle, late)) {
            if (user.equals(middle)) {
                middleAt = api.serverNow();
            }
            assertThat(stranger.login(user, "wrong password").status()).isEqualTo(401);
            api.advanceClock(2 * 3600);
        }

        signInAndOpen("nav-audit");
        browser.timeZone("Pacific/Auckland");
        browser.open("/admin/audit.xhtml", "audit-in-auckland");
        assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Pacific/Auckland");
        assertThat(browser.text(By.id("time-zone"))).contains("UTC, not your browser's time zone");
        filter("audit", "address", stranger.address(), "1-3 of 3");

        pick("audit:from", middleAt.minusSeconds(3600));
        pick("audit:to", middleAt.plusSeconds(3600));
        browser.click(By.id("audit:filter"));
        waitForReport("audit:table", "1-1 of 1");
        browser.shot("the-middle-hours");
        assertThat(browser.text(By.id("audit:table_data"))).contains(middle).doesNotContain(early).doesNotContain(late);
        assertThat(browser.driverElement(By.id("export")).getAttribute("href"))
                .as("the export takes the same UTC range").contains("from=" + pickerMinute(middleAt.minusSeconds(3600)));

        // "Before" is exclusive: a range ending at the minute of the middle login leaves it out. (A fresh page: a
        // picker's value cleared by WebDriver, not by a user's keys, comes back when the picker closes.)
        browser.open("/admin/audit.xhtml", "audit-again");
        browser.type(By.id("audit:address"), stranger.address());
        pick("audit:from", middleAt.minusSeconds(3600));
        pick("audit:to", middleAt.truncatedTo(ChronoUnit.MINUTES));
        browser.click(By.id("audit:filter"));
        browser.waitForText(By.id("audit:table"), "No audit records match.");
        browser.shot("before-the-middle-login");
    }

    @Test
    void theCsvExportHasTheFilteredRowsWithFormulasNeutralisedAndIsAudited() {
        NativeApi stranger = new NativeApi();
        String formula = "=HYPERLINK(\"http://evil.test\",\"x\")-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(stranger.login(Json.createObjectBuilder().add("login", formula).add("password", "wrong password")
                .add("clientId", "+cmd|calc")).status()).isEqualTo(401);

        signInAndOpen("nav-audit");
        filter("audit", "address", stranger.address(), "1-1 of 1");
        browser.shot("filtered-for-export");
        HttpTestClient.Response export = download();

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition").orElse("")).contains("attachment");
        List<List<String>> rows = CsvRows.parse(export.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactlyElementsOf(AuditExportServlet.HEADER);
        List<String> failed = rows.get(1);
        assertThat(failed.get(column("event"))).isEqualTo("LOGIN_FAILED");
        assertThat(failed.get(column("address"))).isEqualTo(stranger.address());
        assertThat(failed.get(column("username"))).as("neutralised, not run by a spreadsheet").isEqualTo("'" + formula);
        assertThat(failed.get(column("client_id"))).isEqualTo("'+cmd|calc");
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'AUDIT_EXPORT' AND actor = ? AND target = ?", NativeApi.ADMIN,
                "address=" + stranger.address())).as("the export is audited with its filter").isEqualTo(1);
    }

    /**
     * The export is a download, not an Ajax request: the busy indicator shows from the click (Chromium holds the
     * answer for seconds) and goes once the answer's download cookie is seen; the browser still saves the CSV.
     */
    @Test
    void theExportShowsTheBusyIndicatorUntilItsDownloadArrivesAndStillDownloads() throws IOException {
        NativeApi stranger = new NativeApi();
        String guessed = NativeApi.uniqueName("ghost");
        assertThat(stranger.login(guessed, "wrong password").status()).isEqualTo(401);
        signInAndOpen("nav-audit");
        filter("audit", "address", stranger.address(), "1-1 of 1");
        Path downloads = browser.allowDownloads();
        By busy = By.id("busy-indicator");
        assertThat(browser.isShown(busy)).as("hidden while nothing runs").isFalse();

        browser.withLatency(3_000, () -> {
            browser.click(By.id("export"));
            browser.waitUntil(d -> browser.isShown(busy));
            browser.shot("exporting");
        });
        Path csv = browser.waitForDownload(downloads, "authgate-audit.csv");
        browser.waitUntil(d -> !browser.isShown(busy));
        browser.shot("exported");

        List<List<String>> rows = CsvRows.parse(Files.readString(csv));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(column("username"))).isEqualTo(guessed);
        assertThat(rows.get(1).get(column("address"))).isEqualTo(stranger.address());
        assertThat(browser.currentUrl()).as("the page stayed").contains("/admin/audit.xhtml");
        // PrimeFaces overwrites the cookie once seen, so the next download is watched afresh.
        Cookie left = browser.cookie(AuditExportServlet.DOWNLOAD_COOKIE);
        assertThat(left == null ? null : left.getValue()).as("the monitor took the cookie in").isNotEqualTo("true");
    }

    @Test
    void theExportWalksEveryRowOnceAcrossChunksAndTiedTimes() throws SQLException {
        // More rows than one chunk, many sharing one instant: the (at, id) keyset must neither skip nor repeat.
        String address = "192.0.2." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 6);
        Set<String> inserted = insertAuditRows(address, AuditFacade.EXPORT_CHUNK * 2 + 17);

        signInAndOpen("nav-audit");
        filter("audit", "address", address, "1-25 of " + inserted.size());
        HttpTestClient.Response export = download();

        List<List<String>> rows = CsvRows.parse(export.body());
        List<String> ids = rows.subList(1, rows.size()).stream().map(r -> r.get(column("id"))).toList();
        assertThat(ids).hasSize(inserted.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(inserted);
        List<Instant> times = rows.subList(1, rows.size()).stream().map(r -> Instant.parse(r.get(column("at")))).toList();
        assertThat(times).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theExportNeedsASignedInAdministratorRefusesCrossSiteRequestsAndBadFiltersWithAMessage() {
        HttpTestClient.Response anonymous = HttpTestClient.http().get("/admin/audit.csv");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location").orElse("")).contains("/admin/login.xhtml");

        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        String cookie = "JSESSIONID=" + browser.sessionCookie().getValue();
        HttpTestClient.Response badEvent = HttpTestClient.http().get("/admin/audit.csv?event=NOT_AN_EVENT", "Cookie", cookie);
        assertThat(badEvent.status()).isEqualTo(400);
        assertThat(badEvent.body()).startsWith("Cannot export: event: not one of");
        HttpTestClient.Response badDate = HttpTestClient.http().get("/admin/audit.csv?from=yesterday", "Cookie", cookie);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).isEqualTo("Cannot export: from: not a UTC time like 2025-03-01T09:00:00Z");
        HttpTestClient.Response backwards = HttpTestClient.http().get(
                "/admin/audit.csv?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z", "Cookie", cookie);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).isEqualTo("Cannot export: from: must be before to");
        HttpTestClient.Response badConnector = HttpTestClient.http().get("/admin/audit.csv?connector=%3Cx%3E", "Cookie",
                cookie);
        assertThat(badConnector.status()).isEqualTo(400);
        assertThat(badConnector.contentType()).startsWith("text/plain");
        HttpTestClient.Response crossSite = HttpTestClient.http().get("/admin/audit.csv", "Cookie", cookie,
                "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.status()).as("another site's page cannot make the browser export").isEqualTo(403);
    }

    /** Types a time into a date picker and closes its calendar, as a user who types it would. */

    /** The export link's form of a picked time: the instant of its minute, URL-encoded. */
    private static String pickerMinute(Instant time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString().replace(":", "%3A");
    }

    /** Fetches the page's export link with the browser's session cookie, as the browser's download would. */
    private HttpTestClient.Response download() {
        URI link = URI.create(browser.driverElement(By.id("export")).getAttribute("href"));
        assertThat(link.getPath()).isEqualTo("/admin/audit.csv");
        return HttpTestClient.http().get(link.getRawPath() + "?" + link.getRawQuery(),
                "Cookie", "JSESSIONID=" + browser.sessionCookie().getValue());
    }

    private static int column(String name) {
        return AuditExportServlet.HEADER.indexOf(name);
    }

    /** Audit rows straight into PostgreSQL, seven to an instant; returns their ids. */
    private static Set<String> insertAuditRows(String address, int count) throws SQLException {
        Set<String> ids = new HashSet<>();
        Instant base = Instant.now().truncatedTo(ChronoUnit.MICROS).minusSeconds(600);
        try (Connection c = TestDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_records (id, at, event, outcome, dialect, connector, username, remote_address)"
                        + " VALUES (?, ?, 'LOGIN_FAILED', 'FAILURE', 'native', 'local', ?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setObject(2, OffsetDateTime.ofInstant(base.plusMillis(i / 7), ZoneOffset.UTC));
                insert.setString(3, "bulk-" + i);
                insert.setString(4, address);
                insert.addBatch();
                ids.add(id.toString());
            }
            insert.executeBatch();
        }
        return ids;
    }
}
