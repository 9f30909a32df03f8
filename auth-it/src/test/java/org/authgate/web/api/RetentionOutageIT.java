package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestCluster;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped in the middle of a purge. The test holds the audit tally's row, so the sweep's first audit batch
 * has deleted its rows and waits to add its count, with the batches of the kinds before it (sessions, refresh tokens,
 * throttles) committed; then PostgreSQL stops (a fast shutdown). Proves:
 * <ul>
 *   <li>nothing half-done: the cut batch's deletion went with its count (every audit row is back, its tally unchanged),
 *       the committed batches kept theirs in the tally, and no summary was written;</li>
 *   <li>the sweep, a login and readiness answer 503 while the database is down, never 500;</li>
 *   <li>once it is back, the next sweep purges the rest and writes one summary that reports every row, the committed
 *       batches' of the cut sweep too: the counts add up to the rows made (and whatever else was due).</li>
 * </ul>
 * An *OutageIT: its own failsafe run (auth-it/pom.xml), so no other test sees the database go.
 */
class RetentionOutageIT extends ApiTest {
    private static final String PASSWORD = "retention-outage-Passw0rd";
    private static final int THROTTLES = 1200;
    private static final int AUDITS = 700;

    private final String tag = UUID.randomUUID().toString();
    private boolean clusterDown;

    @AfterEach
    void databaseBack() {
        if (clusterDown) {
            TestCluster.start();
        }
    }

    @Test
    void aPurgeCutByTheDatabaseLeavesNoHalfDoneBatchAndTheNextSweepReportsEveryRow() throws Exception {
        assumeTrue(TestCluster.isPrivate(), "the test database is external (AUTHGATE_TEST_DB_URL): not ours to stop");
        String user = NativeApi.uniqueName("purge-outage");
        api.createUser(user, PASSWORD);
        RetentionIT.insertDue(tag, THROTTLES, AUDITS, api.serverNow());
        Map<String, Long> expected = RetentionIT.dueNow(api.serverNow());
        long auditTallyBefore = tally().get("audit_records");
        Instant before = api.serverNow();
        CompletableFuture<HttpTestClient.Response> cut;
        Connection holder = TestDatabase.connect();
        try {
            holder.setAutoCommit(false);
            try (PreparedStatement s = holder.prepareStatement(
                    "SELECT purged FROM retention_tally WHERE kind = 'audit_records' FOR UPDATE")) {
                s.executeQuery().close();
            }
            cut = CompletableFuture.supplyAsync(() -> api.post("/test-support/sweep", ""));
            awaitUntil("the sweep's first audit batch waiting to add its count", Duration.ofSeconds(60),
                    () -> NativeApi.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE 'UPDATE retention_tally%'") == 1);
            assertThat(tagged("login_throttles")).as("the throttles' batches ran before and committed").isZero();
            assertThat(tagged("audit_records")).as("the waiting batch's deletion is not committed").isEqualTo(AUDITS);

            // --- down, with the batch in flight -------------------------------------------------------------------
            clusterDown = true;
            TestCluster.stop();
        } finally {
            try {
                holder.close();
            } catch (SQLException e) {
                // the fast shutdown ended the holder's session already
            }
        }
        HttpTestClient.Response cutSweep = cut.get(2, TimeUnit.MINUTES);
        assertThat(cutSweep.status()).as("the sweep the outage cut: " + cutSweep).isEqualTo(503);
        HttpTestClient.Response sweepWhileDown = api.post("/test-support/sweep", "");
        assertThat(sweepWhileDown.status()).as(sweepWhileDown.toString()).isEqualTo(503);
        HttpTestClient.Response loginWhileDown = api.login(user, PASSWORD);
        assertThat(loginWhileDown.status()).as(loginWhileDown.toString()).isEqualTo(503);
        assertThat(loginWhileDown.contentType()).startsWith("application/problem+json");
        assertThat(api.http().get("/health/ready").status()).isEqualTo(503);

        // --- back ---------------------------------------------------------------------------------------------
        TestCluster.start();
        clusterDown = false;
        awaitUntil("readiness UP again", Duration.ofSeconds(60), () -> api.http().get("/health/ready").status() == 200);

        assertThat(tagged("audit_records")).as("the cut batch's rows are all back").isEqualTo(AUDITS);
        Map<String, Long> committed = new HashMap<>(expected);
        committed.put("audit_records", auditTallyBefore);
        assertThat(tally()).as("the committed batches' counts, and the cut batch's not").isEqualTo(committed);
        assertThat(RetentionIT.summariesSince(before)).as("the cut sweep wrote no summary").isEmpty();

        HttpTestClient.Response next = awaitSweep();
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(tagged("audit_records")).as("the next sweep purged the rest").isZero();
        assertThat(tagged("login_throttles")).isZero();
        List<Map<String, String>> summaries = RetentionIT.summariesSince(before);
        assertThat(summaries).as("one summary, the next sweep's").hasSize(1);
        assertThat(RetentionIT.counts(summaries)).as("every row made (and whatever else was due), once")
                .isEqualTo(expected);
        assertThat(expected.get("throttles")).isGreaterThanOrEqualTo(THROTTLES);
        assertThat(expected.get("audit_records")).isGreaterThanOrEqualTo(AUDITS);
        assertThat(tally()).as("all reported").allSatisfy((kind, purged) -> assertThat(purged).isZero());
        assertThat(api.login(user, PASSWORD).status()).as("logins work again").isEqualTo(200);
    }

    /** The first sweep answered with the database reachable again (the pool may still hold a dead connection). */
    private HttpTestClient.Response awaitSweep() {
        HttpTestClient.Response[] last = new HttpTestClient.Response[1];
        awaitUntil("a sweep other than 503", Duration.ofSeconds(60), () -> {
            last[0] = api.post("/test-support/sweep", "");
            return last[0].status() != 503;
        });
        return last[0];
    }

    /** This test's rows left in {@code table} (RetentionIT.insertDue names them by the tag). */
    private long tagged(String table) {
        return table.equals("login_throttles")
                ? NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key LIKE ?", "addr:bulk-%-" + tag)
                : NativeApi.count("SELECT count(*) FROM audit_records WHERE client_id = ?", tag);
    }

    private static Map<String, Long> tally() {
        Map<String, Long> tally = new HashMap<>();
        for (Map<String, String> row : NativeApi.audit("SELECT kind, purged FROM retention_tally")) {
            tally.put(row.get("kind"), Long.parseLong(row.get("purged")));
        }
        return tally;
    }

    private static void awaitUntil(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + deadline.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
