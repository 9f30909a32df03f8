package org.authgate.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.QueryPlans;
import org.authgate.web.testing.ScaleData;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console at the scale: 100,000 sessions and 1,000,000 audit rows (src/test/scale/fill.sql) in the
 * test PostgreSQL, every page and filter used in the browser, and the plan PostgreSQL ran for each of the
 * console's queries read back from its log (QueryPlans). No scan may read more than a third of its table as it
 * is when the pages are opened: a capped count or a page of a common value may stop early in a sequential scan
 * (LOGIN_FAILED is one row in fourteen: 10,001 of them are found in ~140,000 rows of the fill), but a rare
 * value without an index, or a plan made for another value, reads the whole table, and that is what this test
 * catches. The table's size is measured, not assumed: the test command runs this class after others that leave
 * their own rows (an import leaves ~100,000 audit rows) in front of the fill, and a sequential scan for a common
 * value reads those first. The times go to target/scale/console.json for the README, never into an assertion.
 */
class ConsoleScaleIT extends ConsolePageTest {
    static final long SESSIONS = 100_000;
    static final long AUDIT_ROWS = 1_000_000;
    private static final Set<String> BIG_TABLES = Set.of("sessions", "audit_records");
    /** The sessions table's sortable columns (sessions.xhtml). */
    private static final List<String> SORTABLE_COLUMNS = List.of("created", "user", "tenant", "connector", "dialect",
            "client", "state");

    @Test
    void everyPageAnswersFromIndexesWithoutReadingAWholeTable() throws Exception {
        double fillSeconds = ScaleData.fill(SESSIONS, AUDIT_ROWS);
        String sessionId = scaleSessionId();
        Map<String, Long> mostRowsOneScanMayRead = mostRowsOneScanMayRead();
        browser.signIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        Map<String, Long> millis = new LinkedHashMap<>();
        List<QueryPlans.Plan> plans;
        try (QueryPlans recording = QueryPlans.record()) {
            millis.put("dashboard", browser.timed(() -> {
                browser.open("/admin/dashboard.xhtml", "dashboard");
                browser.waitFor(By.id("active-sessions"));
            }));

            millis.put("sessions: first page, newest first", browser.timed(() -> {
                browser.open("/admin/sessions.xhtml", "sessions");
                browser.waitFor(By.id("sessions:table"));
            }));
            for (String column : SORTABLE_COLUMNS) {
                // The first click sorts ascending, the second descending: both must come from an index.
                By header = By.id("sessions:table:" + column);
                millis.put("sessions: sorted by " + column, browser.timed(() -> browser.click(header)));
                millis.put("sessions: sorted by " + column + ", descending",
                        browser.timed(() -> browser.click(header)));
            }
            browser.shot("sessions-sorted");
            millis.put("sessions: one user", filter("sessions", Map.of("username", "scale-user-00042")));
            millis.put("sessions: connector ldap", filter("sessions", Map.of("username", "", "connector", "ldap")));
            millis.put("sessions: dialect kuzzle, ACTIVE", filterWithState(Map.of("connector", "", "dialect", "kuzzle")));
            millis.put("sessions: one client", filter("sessions", Map.of("dialect", "", "client", "scale-client-7")));
            browser.shot("sessions-filtered");

            millis.put("session detail with its audit timeline", browser.timed(() -> {
                browser.open("/admin/session.xhtml?id=" + sessionId, "session-detail");
                browser.waitForExactText(By.id("session-id"), sessionId);
            }));

            millis.put("audit: first page", browser.timed(() -> {
                browser.open("/admin/audit.xhtml", "audit");
                browser.waitFor(By.id("audit:table"));
            }));
            millis.put("audit: one user", filter("audit", Map.of("username", "scale-user-00042")));
            millis.put("audit: one address", filter("audit", Map.of("username", "", "address", "10.7.3.8")));
            millis.put("audit: connector ldap", filter("audit", Map.of("address", "", "connector", "ldap")));
            millis.put("audit: actor", filter("audit", Map.of("connector", "", "actor", "scale-admin")));
            millis.put("audit: event LOGIN_FAILED", browser.timed(() -> {
                browser.type(By.id("audit:actor"), "");
                new Select(browser.driverElement(By.id("audit:event"))).selectByValue("LOGIN_FAILED");
                browser.click(By.id("audit:filter"));
                browser.waitForAjax();
            }));
            browser.shot("audit-filtered");
            plans = recording.stop();
        }

        List<String> wholeTableReads = new ArrayList<>();
        for (QueryPlans.Plan plan : plans) {
            for (String table : BIG_TABLES) {
                if (plan.mostRowsRead(table) > mostRowsOneScanMayRead.get(table)) {
                    wholeTableReads.add(plan.mostRowsRead(table) + " rows of " + table + ": " + plan.query()
                            + " " + plan.scans());
                }
            }
        }
        report(fillSeconds, millis, plans);
        assertThat(plans).as("the console's queries were recorded").anyMatch(p -> p.touches(Set.of("audit_records")))
                .anyMatch(p -> p.touches(Set.of("sessions")));
        assertThat(wholeTableReads).as("queries that read (nearly) a whole table").isEmpty();
    }

    /** Types the filter fields of a page's form, applies them, and says how long the answer took. */
    private long filter(String form, Map<String, String> fields) {
        return browser.timed(() -> {
            fields.forEach((field, value) -> browser.fill(By.id(form + ":" + field), value));
            browser.click(By.id(form + ":filter"));
            browser.waitForAjax();
        });
    }

    private long filterWithState(Map<String, String> fields) {
        return browser.timed(() -> {
            fields.forEach((field, value) -> browser.fill(By.id("sessions:" + field), value));
            new Select(browser.driverElement(By.id("sessions:state"))).selectByValue("ACTIVE");
            browser.click(By.id("sessions:filter"));
            browser.waitForAjax();
        });
    }

    /** A third of each big table's rows, counted now (see the class comment). */
    private static Map<String, Long> mostRowsOneScanMayRead() throws Exception {
        Map<String, Long> most = new LinkedHashMap<>();
        try (Connection c = TestDatabase.connect()) {
            for (String table : BIG_TABLES) {
                try (var s = c.prepareStatement("SELECT count(*) FROM " + table); var rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    most.put(table, rs.getLong(1) / 3);
                }
            }
        }
        assertThat(most.get("audit_records")).as("the fill is in the table").isGreaterThanOrEqualTo(AUDIT_ROWS / 3);
        return most;
    }

    private static String scaleSessionId() throws Exception {
        try (Connection c = TestDatabase.connect();
             var s = c.prepareStatement("SELECT id FROM sessions WHERE tenant = 'scale' ORDER BY created_at DESC"
                     + " LIMIT 1");
             var rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void report(double fillSeconds, Map<String, Long> millis, List<QueryPlans.Plan> plans)
            throws IOException {
        JsonObjectBuilder pages = Json.createObjectBuilder();
        millis.forEach(pages::add);
        JsonArrayBuilder queries = Json.createArrayBuilder();
        for (QueryPlans.Plan p : plans) {
            if (p.touches(BIG_TABLES)) {
                queries.add(Json.createObjectBuilder().add("millis", p.millis())
                        .add("mostRowsReadFromSessions", p.mostRowsRead("sessions"))
                        .add("mostRowsReadFromAudit", p.mostRowsRead("audit_records"))
                        .add("scans", p.scans().toString()).add("query", p.query()));
            }
        }
        Path out = Paths.get("target", "scale", "console.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.createObjectBuilder().add("sessions", SESSIONS).add("auditRows", AUDIT_ROWS)
                .add("fillSeconds", fillSeconds).add("pageMillis", pages).add("queries", queries).build().toString());
    }
}
