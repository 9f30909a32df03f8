package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The sweeper purges what is past its retention and nothing else, and reports each sweep in one DATA_PURGED record
 * whose counts are exactly the rows that went, also when several sweeps run at once. The IT server keeps the defaults
 * (ended sessions 30 days, expired refresh tokens 7, throttles 1) and an audit period of 3650 days (auth-it/pom.xml);
 * rows are aged by writing old timestamps into the test PostgreSQL.
 */
class RetentionIT extends ApiTest {
    private static final Duration DAY = Duration.ofDays(1);
    private static final String[] KINDS = {"sessions", "refresh_tokens", "throttles", "audit_records"};

    @Test
    void onlyRowsPastTheirRetentionGoAndTheSweepIsSummarisedInOneRecord() {
        String user = NativeApi.uniqueName("keep");
        api.createUser(user, "correct horse battery");
        JsonObject old = api.loggedIn(user, "correct horse battery");
        JsonObject recent = api.loggedIn(user, "correct horse battery");
        JsonObject live = api.loggedIn(user, "correct horse battery");
        logout(old);
        logout(recent);
        JsonObject refreshed = refresh(live.getString("refreshToken"));
        Instant now = api.serverNow();
        execute("UPDATE sessions SET ended_at = ? WHERE id = ?::uuid", at(now.minus(DAY.multipliedBy(31))),
                old.getString("sessionId"));
        execute("UPDATE sessions SET ended_at = ? WHERE id = ?::uuid", at(now.minus(DAY.multipliedBy(29))),
                recent.getString("sessionId"));
        // The live session's spent refresh token, expired 8 days ago; its current one stays.
        execute("UPDATE refresh_tokens SET expires_at = ? WHERE session_id = ?::uuid AND state <> 'ACTIVE'",
                at(now.minus(DAY.multipliedBy(8))), live.getString("sessionId"));
        String tag = UUID.randomUUID().toString();
        throttle("addr:stale-" + tag, now.minus(DAY.multipliedBy(2)), null);
        throttle("addr:fresh-" + tag, now.minus(Duration.ofMinutes(10)), null);
        throttle("addr:locked-" + tag, now.minus(DAY.multipliedBy(2)), now.plus(Duration.ofMinutes(5)));
        auditRow(tag, now.minus(DAY.multipliedBy(3651)));
        auditRow(tag, now.minus(DAY.multipliedBy(3649)));
        Map<String, Long> expected = dueNow(api.serverNow());
        Instant before = api.serverNow();

        sweep();

        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE id = ?::uuid", old.getString("sessionId")))
                .as("ended 31 days ago").isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?::uuid",
                old.getString("sessionId"))).as("its refresh tokens went with it").isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE id IN (?::uuid, ?::uuid)",
                recent.getString("sessionId"), live.getString("sessionId"))).as("ended 29 days ago; live").isEqualTo(2);
        assertThat(NativeApi.count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?::uuid",
                live.getString("sessionId"))).as("only the spent token went").isEqualTo(1);
        assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key LIKE ?", "%" + tag))
                .as("the fresh window and the lock still running stay").isEqualTo(2);
        assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key = ?", "addr:stale-" + tag))
                .isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE client_id = ?", tag))
                .as("the audit record older than 3650 days went, the younger one stays").isEqualTo(1);
        assertThat(api.post("/api/v1/refresh", Json.createObjectBuilder()
                .add("refreshToken", refreshed.getString("refreshToken")).build().toString()).status())
                .as("the live session still refreshes").isEqualTo(200);

        List<Map<String, String>> summaries = summariesSince(before);
        assertThat(summaries).as("one record for the sweep").hasSize(1);
        assertThat(summaries.get(0)).containsEntry("outcome", "SUCCESS").containsEntry("dialect", "server")
                .containsEntry("actor", "retention");
        assertThat(counts(summaries)).as("exactly the rows that were due").isEqualTo(expected);
        assertThat(expected.get("sessions")).isPositive();
        assertThat(expected.get("refresh_tokens")).isPositive();
        assertThat(expected.get("throttles")).isPositive();
        assertThat(expected.get("audit_records")).isPositive();

        Instant again = api.serverNow();
        sweep();
        assertThat(summariesSince(again)).as("nothing left to purge: no record").isEmpty();
    }

    @Test
    void sweepsRunningAtOnceTakeDifferentRowsAndCountEachOnce() throws Exception {
        Instant now = api.serverNow();
        String tag = UUID.randomUUID().toString();
        // More than two batches (500) of each, so that the sweeps overlap batch by batch.
        insertDue(tag, 1300, 1300, now);
        Map<String, Long> expected = dueNow(api.serverNow());
        Instant before = api.serverNow();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpTestClient.Response>> sweeps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sweeps.add(pool.submit(() -> api.post("/test-support/sweep", "")));
            }
            for (Future<HttpTestClient.Response> s : sweeps) {
                HttpTestClient.Response r = s.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key LIKE ?", "%" + tag))
                .isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE client_id = ?", tag)).isZero();
        List<Map<String, String>> summaries = summariesSince(before);
        assertThat(summaries).as("at most one record per sweep").isNotEmpty().hasSizeLessThanOrEqualTo(4);
        assertThat(counts(summaries)).as("every row counted once over all the sweeps' records").isEqualTo(expected);
        assertThat(expected.get("throttles")).isGreaterThanOrEqualTo(1300);
        assertThat(expected.get("audit_records")).isGreaterThanOrEqualTo(1300);
    }

    /**
     * A due row that another transaction holds (a request using it, another node's batch) is skipped, not waited for:
     * with a plain FOR UPDATE the sweep would block on it until this test's transaction ends, which it does only after
     * the sweep answered (the request's timeout would fail the test first).
     */
    @Test
    void aRowAnotherTransactionHoldsIsSkippedNotWaitedFor() throws Exception {
        Instant now = api.serverNow();
        String tag = UUID.randomUUID().toString();
        throttle("addr:held-" + tag, now.minus(DAY.multipliedBy(2)), null);
        throttle("addr:free-" + tag, now.minus(DAY.multipliedBy(2)), null);

        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement hold = c.prepareStatement(
                    "SELECT failures FROM login_throttles WHERE throttle_key = ? FOR UPDATE")) {
                hold.setString(1, "addr:held-" + tag);
                hold.executeQuery().close();
            }
            sweep();
            assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key = ?",
                    "addr:free-" + tag)).isZero();
            assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key = ?",
                    "addr:held-" + tag)).as("held by this test's transaction: left for a later sweep").isEqualTo(1);
            c.rollback();
        }

        sweep();
        assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key = ?", "addr:held-" + tag))
                .isZero();
    }

    /** Throttles and audit records past their retention at {@code now}, named by {@code tag}, in one transaction. */
    static void insertDue(String tag, int throttles, int audits, Instant now) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO login_throttles (throttle_key, failures,"
                    + " window_start, version) VALUES (?, 1, ?, 0)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO audit_records (id, at, event, outcome, dialect,"
                         + " client_id) VALUES (?, ?, 'LOGIN_FAILED', 'FAILURE', 'native', ?)")) {
                for (int i = 0; i < throttles; i++) {
                    t.setString(1, "addr:bulk-" + i + "-" + tag);
                    t.setObject(2, at(now.minus(DAY.multipliedBy(3))));
                    t.addBatch();
                }
                for (int i = 0; i < audits; i++) {
                    a.setObject(1, UUID.randomUUID());
                    a.setObject(2, at(now.minus(DAY.multipliedBy(4000))));
                    a.setString(3, tag);
                    a.addBatch();
                }
                t.executeBatch();
                a.executeBatch();
            }
            c.commit();
        }
    }

    /** What a sweep at {@code now} must report: the rows due by the server's settings, plus any tally not reported yet. */
    static Map<String, Long> dueNow(Instant now) {
        Map<String, Long> due = new HashMap<>();
        due.put("sessions", NativeApi.count("SELECT count(*) FROM sessions WHERE ended_at < ?"
                + " AND state NOT IN ('ACTIVE', 'PENDING_SECOND_FACTOR')", at(now.minus(DAY.multipliedBy(30)))));
        due.put("refresh_tokens", NativeApi.count("SELECT count(*) FROM refresh_tokens r WHERE r.expires_at < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = r.session_id AND s.ended_at < ?"
                        + " AND s.state NOT IN ('ACTIVE', 'PENDING_SECOND_FACTOR'))",
                at(now.minus(DAY.multipliedBy(7))), at(now.minus(DAY.multipliedBy(30)))));
        OffsetDateTime day = at(now.minus(DAY));
        due.put("throttles", NativeApi.count("SELECT count(*) FROM login_throttles WHERE window_start < ?"
                + " AND (locked_until IS NULL OR locked_until < ?)", day, day));
        due.put("audit_records", NativeApi.count("SELECT count(*) FROM audit_records WHERE at < ?",
                at(now.minus(DAY.multipliedBy(3650)))));
        for (Map<String, String> row : NativeApi.audit("SELECT kind, purged FROM retention_tally")) {
            due.merge(row.get("kind"), Long.parseLong(row.get("purged")), Long::sum);
        }
        return due;
    }

    /** The summaries written from {@code since} on (the server's clock is this machine's, in microseconds). */
    static List<Map<String, String>> summariesSince(Instant since) {
        return NativeApi.audit("SELECT * FROM audit_records WHERE event = 'DATA_PURGED' AND at >= ? ORDER BY at",
                at(since.truncatedTo(ChronoUnit.MICROS)));
    }

    /** The counts of the summaries' reasons ("sessions=1 refresh_tokens=2 ..."), added up per kind. */
    static Map<String, Long> counts(List<Map<String, String>> summaries) {
        Map<String, Long> total = new HashMap<>();
        for (String kind : KINDS) {
            total.put(kind, 0L);
        }
        for (Map<String, String> summary : summaries) {
            for (String pair : summary.get("reason").split(" ")) {
                String[] kv = pair.split("=");
                total.merge(kv[0], Long.parseLong(kv[1]), Long::sum);
            }
        }
        return total;
    }

    private void sweep() {
        HttpTestClient.Response r = api.post("/test-support/sweep", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private void logout(JsonObject login) {
        HttpTestClient.Response r = api.post("/api/v1/logout", "", "Authorization",
                NativeApi.bearer(login.getString("accessToken")));
        assertThat(r.status()).as(r.toString()).isBetween(200, 204);
    }

    private JsonObject refresh(String refreshToken) {
        HttpTestClient.Response r = api.post("/api/v1/refresh",
                Json.createObjectBuilder().add("refreshToken", refreshToken).build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static void throttle(String key, Instant windowStart, Instant lockedUntil) {
        execute("INSERT INTO login_throttles (throttle_key, failures, window_start, locked_until, version)"
                + " VALUES (?, 3, ?, ?, 0)", key, at(windowStart), lockedUntil == null ? null : at(lockedUntil));
    }

    private static void auditRow(String tag, Instant at) {
        execute("INSERT INTO audit_records (id, at, event, outcome, dialect, client_id)"
                + " VALUES (?, ?, 'LOGIN_FAILED', 'FAILURE', 'native', ?)", UUID.randomUUID(), at(at), tag);
    }

    /** With its offset, so that PostgreSQL reads the instant whatever the time zones of the JVM and the session. */
    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static void execute(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
