package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FailingConnector;
import org.authgate.web.testsupport.HangingConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backend that hangs or fails costs a login at most the connector timeout and cannot take the server with it.
 * The ITs' server enables the test connectors {@value HangingConnector#ID} and {@value FailingConnector#ID} with a
 * 20 s timeout and 4 calls per connector (auth-it/pom.xml).
 */
class ConnectorTimeoutIT extends ApiTest {
    private static final int MAX_CONCURRENT_CALLS = 4;
    private static final int PARALLEL_LOGINS = 12;
    /** How long a test waits for any answer: well beyond the 20 s timeout, below the 90 s hang. */
    private static final long ANSWER_WITHIN_SECONDS = 50;

    private final ExecutorService clients = Executors.newFixedThreadPool(PARALLEL_LOGINS);

    @AfterEach
    void letTheHangingBackendGo() throws InterruptedException {
        api.post("/test-support/connectors/hanging/release", "");
        awaitHanging(s -> s.getInt("inside") == 0);
        clients.shutdownNow();
    }

    @Test
    void loginsToAHangingBackendAreRefusedWithinTheTimeoutWhileOtherLoginsAreAnswered() throws Exception {
        api.post("/test-support/connectors/hanging/reset", "");
        String prefix = NativeApi.uniqueName("hang");
        List<CompletableFuture<HttpTestClient.Response>> hanging = new ArrayList<>();
        for (int i = 0; i < PARALLEL_LOGINS; i++) {
            String login = prefix + "-" + i;
            hanging.add(CompletableFuture.supplyAsync(() -> api.login(Json.createObjectBuilder()
                    .add("connector", HangingConnector.ID).add("login", login).add("password", "whatever it is")),
                    clients));
        }
        awaitHanging(s -> s.getInt("entered") == MAX_CONCURRENT_CALLS);
        awaitAnswered(hanging, PARALLEL_LOGINS - MAX_CONCURRENT_CALLS); // those refused at once, their writes done
        assertThat(NativeApi.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state LIKE 'idle in transaction%' AND application_name <> 'authgate-change-listener'"))
                .as("the logins waiting for the backend hold no transaction open in the database").isZero();

        String user = NativeApi.uniqueName("local");
        api.createUser(user, "correct horse battery");
        assertThat(api.login(user, "correct horse battery").status())
                .as("a local login while every call to the hanging connector is taken").isEqualTo(200);

        HttpTestClient.Response wrongPassword = api.login(user, "not the password");
        for (CompletableFuture<HttpTestClient.Response> login : hanging) {
            HttpTestClient.Response refused = login.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.json()).as("refused exactly like a wrong password").isEqualTo(wrongPassword.json());
        }
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND reason = 'BACKEND_FAILURE' AND connector = ? AND username LIKE ?", HangingConnector.ID,
                prefix + "-%")).as("every refused login audited as a backend failure").isEqualTo(PARALLEL_LOGINS);
        assertThat(hangingState().getInt("entered"))
                .as("no more calls reached the backend than the bound, the others were refused at once")
                .isEqualTo(MAX_CONCURRENT_CALLS);

        api.post("/test-support/connectors/hanging/release", "");
        JsonObject after = awaitHanging(s -> s.getInt("inside") == 0
                && s.getInt("lateWritesRefused") + s.getInt("lateWritesDone") == MAX_CONCURRENT_CALLS);
        assertThat(after.getInt("lateWritesDone")).as("a call answering after its login gave up cannot write")
                .isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE username LIKE ?",
                HangingConnector.LATE_PREFIX + prefix + "-%")).isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key LIKE ?", "%" + prefix + "%"))
                .as("a backend failure is not a guess: nothing counted towards a lockout").isZero();
    }

    @Test
    void aBackendThatFailsIsRefusedLikeAWrongPasswordAndAuditedAsABackendFailure() {
        String login = NativeApi.uniqueName("fail");
        String user = NativeApi.uniqueName("local");
        api.createUser(user, "correct horse battery");

        HttpTestClient.Response failed = api.login(Json.createObjectBuilder().add("connector", FailingConnector.ID)
                .add("login", login).add("password", "whatever it is"));

        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.json()).isEqualTo(api.login(user, "not the password").json());
        assertThat(failed.body()).doesNotContain(FailingConnector.SECRET_MESSAGE).doesNotContain("Exception");
        assertThat(NativeApi.auditOf(login)).singleElement().satisfies(row -> {
            assertThat(row.get("event")).isEqualTo("LOGIN_FAILED");
            assertThat(row.get("reason")).isEqualTo("BACKEND_FAILURE");
            assertThat(row.get("connector")).isEqualTo(FailingConnector.ID);
        });
    }

    /** Waits until {@code count} of the logins are answered (fails after the answer deadline). */
    private static void awaitAnswered(List<CompletableFuture<HttpTestClient.Response>> logins, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_SECONDS);
        while (logins.stream().filter(CompletableFuture::isDone).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " logins answered");
            }
            Thread.sleep(50);
        }
    }

    private JsonObject hangingState() {
        return api.get("/test-support/connectors/hanging").json();
    }

    /** Polls the hanging connector's counters until they satisfy {@code condition} (fails after 30 s). */
    private JsonObject awaitHanging(Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_SECONDS);
        JsonObject state = hangingState();
        while (!condition.test(state)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the hanging connector never reached the expected state: " + state);
            }
            Thread.sleep(50);
            state = hangingState();
        }
        return state;
    }
}
