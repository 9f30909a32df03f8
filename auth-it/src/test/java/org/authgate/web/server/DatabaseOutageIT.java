package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.ServerLog;
import org.authgate.web.testing.TestCluster;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under load (issue 13): clients log in, check and refresh without pause
 * through the native API, Wazo and Kuzzle while the test stops the test cluster (a fast shutdown, like an
 * operator's restart or a failover) and starts it again.
 *
 * <ul>
 * <li>While it is down, every answer is a 503 with Retry-After in the route's own format (a problem document,
 *     wazo-auth's body, Kuzzle's envelope, Azuriom's JSON), with no stack trace; only a token check the node
 *     remembers may still answer 200, within the 3 s its memory is trusted after the last proof that it hears
 *     changes (ChangeListener). Readiness is DOWN.</li>
 * <li>10,000 failing requests on top of the clients' grow the server log by less than 5 MB (one line per
 *     incident, one stack trace per cause per minute).</li>
 * <li>Once it is back, each client succeeds again (the time is measured and printed; the test only waits with a
 *     generous deadline), readiness is UP, the node listens for changes again, and a session ended in the
 *     database while the node was not listening is not answered valid from its memory.</li>
 * <li>Every login answered 2xx, before, during or after, has its session row and its LOGIN_SUCCEEDED record.</li>
 * </ul>
 * Its own failsafe run (classes named *OutageIT, auth-it/pom.xml), so that it never takes the database away
 * from another test; the cluster is started again whatever happens.
 */
class DatabaseOutageIT extends ApiTest {
    private static final String PASSWORD = "outage-Passw0rd-long";
    private static final String JSON = "application/json";
    /** ChangeListener.TRUST_MILLIS: how long the node's memory answers after its last proof of listening. */
    private static final long MEMORY_TRUST_MILLIS = 3000;
    private static final int BURST = 10_000;
    private static final long LOG_BUDGET_BYTES = 5L * 1024 * 1024;

    enum Phase { BEFORE, STOPPING, OUTAGE, STARTING, AFTER }

    enum Kind { LOGIN, CHECK, REFRESH }

    /** One answer a client got: when it was sent and received (System.nanoTime), in which phase. */
    record Answer(String dialect, Kind kind, Phase sent, Phase received, long sentAt, long receivedAt, int status,
                  String sessionId) {
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private volatile boolean clusterDown;
    private ExecutorService pool;

    @AfterEach
    void databaseBack() throws InterruptedException {
        running = false;
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        if (clusterDown) {
            TestCluster.start();
        }
    }

    @Test
    void aDatabaseOutageIsA503InEveryFormatAndTheServerComesBackWhenTheDatabaseDoes() throws Exception {
        assumeTrue(TestCluster.isPrivate(), "the test database is external (AUTHGATE_TEST_DB_URL): not ours to stop");
        List<Flow> flows = List.of(new NativeFlow(), new WazoFlow(), new KuzzleFlow());
        // The probe of the node's memory: a native session checked (and so remembered) before the outage.
        NativeFlow probe = new NativeFlow();
        JsonObject probeLogin = probe.api.loggedIn(probe.user, PASSWORD);
        String probeToken = probeLogin.getString("accessToken");
        assertThat(probe.check(probeToken).status()).isEqualTo(200);
        long connectionsBefore = api.sessionMemory().getJsonNumber("connections").longValue();

        pool = Executors.newFixedThreadPool(flows.size() + 4);
        List<Future<?>> clients = new ArrayList<>();
        for (Flow flow : flows) {
            clients.add(pool.submit(() -> drive(flow)));
        }
        awaitUntil("three logins of each client before the outage", Duration.ofSeconds(120),
                () -> flows.stream().allMatch(f -> successes(f, Phase.BEFORE) >= 3));

        // --- down -------------------------------------------------------------------------------------------
        phase.set(Phase.STOPPING);
        clusterDown = true;
        TestCluster.stop();
        long stoppedAt = System.nanoTime();
        phase.set(Phase.OUTAGE);

        HttpTestClient.Response notReady = api.http().get("/health/ready");
        assertThat(notReady.status()).as(notReady.toString()).isEqualTo(503);
        assertThat(notReady.body()).contains("\"status\":\"DOWN\"");

        long logBefore = ServerLog.bytes();
        int outageAnswersBefore = (int) answers.stream().filter(a -> a.sent() == Phase.OUTAGE).count();
        AtomicInteger burstUnavailable = new AtomicInteger();
        List<Future<?>> burst = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            burst.add(pool.submit(() -> {
                NativeApi client = new NativeApi();
                for (int i = thread; i < BURST; i += 4) {
                    failing(client, i, burstUnavailable);
                }
            }));
        }
        for (Future<?> f : burst) {
            f.get(10, TimeUnit.MINUTES);
        }
        long logGrowth = ServerLog.bytes() - logBefore;
        int clientFailures = (int) answers.stream().filter(a -> a.sent() == Phase.OUTAGE).count() - outageAnswersBefore;

        // --- back -------------------------------------------------------------------------------------------
        phase.set(Phase.STARTING);
        TestCluster.start();
        clusterDown = false;
        long startedAt = System.nanoTime();
        phase.set(Phase.AFTER);
        // The session of the probe ends behind the node's back, before it can listen again: the node must
        // not answer it valid from what it remembered before the outage.
        deleteSession(probeLogin.getString("sessionId"));

        awaitUntil("a login of each client after the database came back", Duration.ofSeconds(60),
                () -> flows.stream().allMatch(f -> successes(f, Phase.AFTER) >= 1));
        Map<String, Long> recoveryMillis = new ConcurrentHashMap<>();
        for (Flow f : flows) {
            answers.stream().filter(a -> a.dialect().equals(f.name()) && a.sent() == Phase.AFTER && ok(a.status()))
                    .mapToLong(Answer::receivedAt).min()
                    .ifPresent(at -> recoveryMillis.put(f.name(), TimeUnit.NANOSECONDS.toMillis(at - startedAt)));
        }
        HttpTestClient.Response probeAfter = awaitAnswer(() -> probe.check(probeToken));
        awaitUntil("three more logins of each client", Duration.ofSeconds(120),
                () -> flows.stream().allMatch(f -> successes(f, Phase.AFTER) >= 3));
        awaitUntil("readiness UP again", Duration.ofSeconds(30), () -> api.http().get("/health/ready").status() == 200);
        awaitUntil("the node listening again", Duration.ofSeconds(30), () -> {
            JsonObject memory = api.sessionMemory();
            return memory.getBoolean("listening")
                    && memory.getJsonNumber("connections").longValue() > connectionsBefore;
        });
        running = false;
        for (Future<?> c : clients) {
            c.get(2, TimeUnit.MINUTES);
        }

        // --- what every client saw --------------------------------------------------------------------------
        List<Answer> all = List.copyOf(answers);
        long unavailable = all.stream().filter(a -> a.status() == 503).count();
        List<Answer> duringOutage = all.stream().filter(a -> a.sent() == Phase.OUTAGE && a.received() == Phase.OUTAGE)
                .toList();
        List<Answer> rememberedDuringOutage = duringOutage.stream().filter(a -> ok(a.status())).toList();
        System.out.printf("[outage] answers %d: 503 %d (clients during the outage %d, burst %d of %d); "
                        + "checks answered from memory during the outage %d; log growth %d bytes for %d failing "
                        + "requests (%.0f bytes each); first success after the restart (ms) %s; the probe's check "
                        + "after it: %d%n",
                all.size(), unavailable, clientFailures, burstUnavailable.get(), BURST, rememberedDuringOutage.size(),
                logGrowth, BURST + clientFailures, (double) logGrowth / (BURST + clientFailures), recoveryMillis,
                probeAfter.status());

        assertThat(violations).as("answers that were neither 2xx nor a well-formed 503").isEmpty();
        assertThat(duringOutage).as("the clients kept asking during the outage").isNotEmpty();
        assertThat(duringOutage).filteredOn(a -> !ok(a.status())).allMatch(a -> a.status() == 503);
        assertThat(rememberedDuringOutage).as("only remembered token checks, within the memory's trust")
                .allMatch(a -> a.kind() == Kind.CHECK
                        && TimeUnit.NANOSECONDS.toMillis(a.receivedAt() - stoppedAt) <= MEMORY_TRUST_MILLIS + 1000);
        assertThat(burstUnavailable.get()).isEqualTo(BURST);
        assertThat(logGrowth).as("server.log growth for %d failing requests", BURST + clientFailures)
                .isLessThan(LOG_BUDGET_BYTES);
        assertThat(recoveryMillis).containsOnlyKeys(flows.stream().map(Flow::name).toList());
        assertThat(probeAfter.status()).as("a session ended while the node was not listening: " + probeAfter)
                .isEqualTo(401);

        // --- every committed login has its rows -------------------------------------------------------------
        Set<String> loggedIn = ConcurrentHashMap.newKeySet();
        all.stream().filter(a -> a.kind() == Kind.LOGIN && ok(a.status())).forEach(a -> loggedIn.add(a.sessionId()));
        assertThat(loggedIn).doesNotContainNull().hasSizeGreaterThanOrEqualTo(18);
        assertThat(count("SELECT count(*) FROM sessions WHERE id = ANY(?)", loggedIn)).isEqualTo(loggedIn.size());
        assertThat(count("SELECT count(DISTINCT session_id) FROM audit_records WHERE event = 'LOGIN_SUCCEEDED' "
                + "AND session_id = ANY(?)", loggedIn)).isEqualTo(loggedIn.size());
    }

    // --- the clients ------------------------------------------------------------------------------------------

    /** Logs in, checks, refreshes and checks again, over and over, recording every answer. */
    private void drive(Flow flow) {
        while (running) {
            Login login = flow.login();
            if (login != null) {
                exchange(flow, Kind.CHECK, () -> flow.check(login.access()), null);
                Login refreshed = flow.refresh(login);
                if (refreshed != null) {
                    exchange(flow, Kind.CHECK, () -> flow.check(refreshed.access()), null);
                }
            }
            // Kuzzle allows 10 logins per second per login name: stay well under it.
            sleep(100);
        }
    }

    /** The tokens of a login or refresh that answered 2xx. */
    record Login(String access, String refresh, String sessionId) {
    }

    /** One client speaking one dialect, with its own account and client address. */
    abstract class Flow {
        final NativeApi api = new NativeApi();
        final String user = NativeApi.uniqueName("outage");

        Flow() {
            DatabaseOutageIT.this.api.createUser(user, PASSWORD);
        }

        abstract String name();

        /** Logs in, records the answer, and returns the tokens if it succeeded. */
        abstract Login login();

        abstract HttpTestClient.Response check(String access);

        abstract Login refresh(Login login);

        /** Whether a 503 is this dialect's, in its format (the Retry-After header is checked for all). */
        abstract boolean unavailableInFormat(HttpTestClient.Response r);
    }

    final class NativeFlow extends Flow {
        @Override
        String name() {
            return "native";
        }

        @Override
        Login login() {
            return call(this, Kind.LOGIN, () -> api.login(user, PASSWORD), b -> new Login(b.getString("accessToken"),
                    b.getString("refreshToken"), b.getString("sessionId")));
        }

        @Override
        HttpTestClient.Response check(String access) {
            return api.get("/api/v1/session", "Authorization", NativeApi.bearer(access));
        }

        @Override
        Login refresh(Login login) {
            return call(this, Kind.REFRESH, () -> api.post("/api/v1/refresh", Json.createObjectBuilder()
                            .add("refreshToken", login.refresh()).build().toString()),
                    b -> new Login(b.getString("accessToken"), b.getString("refreshToken"), b.getString("sessionId")));
        }

        @Override
        boolean unavailableInFormat(HttpTestClient.Response r) {
            return isNativeUnavailable(r);
        }
    }

    final class WazoFlow extends Flow {
        private static final String AUTH = "/api/auth/0.1";
        private final String clientId = "outage-" + UUID.randomUUID();

        @Override
        String name() {
            return "wazo";
        }

        @Override
        Login login() {
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            return call(this, Kind.LOGIN, () -> api.post(AUTH + "/token", Json.createObjectBuilder()
                    .add("backend", "wazo_user").add("expiration", 3600).add("access_type", "offline")
                    .add("client_id", clientId).build().toString(), "Authorization", basic), WazoFlow::tokens);
        }

        private static Login tokens(JsonObject body) {
            JsonObject data = body.getJsonObject("data");
            return new Login(data.getString("token"), data.getString("refresh_token", null),
                    data.getString("session_uuid"));
        }

        @Override
        HttpTestClient.Response check(String access) {
            return api.get(AUTH + "/token/" + access);
        }

        @Override
        Login refresh(Login login) {
            return call(this, Kind.REFRESH, () -> api.post(AUTH + "/token", Json.createObjectBuilder()
                    .add("backend", "wazo_user").add("expiration", 3600).add("refresh_token", login.refresh())
                    .add("client_id", clientId).build().toString()), WazoFlow::tokens);
        }

        @Override
        boolean unavailableInFormat(HttpTestClient.Response r) {
            return isWazoUnavailable(r);
        }
    }

    final class KuzzleFlow extends Flow {
        @Override
        String name() {
            return "kuzzle";
        }

        @Override
        Login login() {
            return call(this, Kind.LOGIN, () -> api.send("POST", "/_login/local?expiresIn=1h", Json.createObjectBuilder()
                    .add("username", user).add("password", PASSWORD).build().toString(), JSON), KuzzleFlow::tokens);
        }

        private static Login tokens(JsonObject body) {
            String jwt = body.getJsonObject("result").getString("jwt");
            String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
            String sid = Json.createReader(new java.io.StringReader(payload)).readObject().getString("sid");
            return new Login(jwt, jwt, sid);
        }

        @Override
        HttpTestClient.Response check(String access) {
            return api.send("POST", "/_checkToken", "{\"token\":\"" + access + "\"}", JSON);
        }

        @Override
        Login refresh(Login login) {
            return call(this, Kind.REFRESH, () -> api.send("POST", "/_refreshToken", "", JSON, "Authorization",
                    NativeApi.bearer(login.access())), KuzzleFlow::tokens);
        }

        @Override
        boolean unavailableInFormat(HttpTestClient.Response r) {
            return isKuzzleUnavailable(r);
        }
    }

    /** Sends one request of {@code flow}, records the answer, and returns the tokens of a 2xx. */
    private Login call(Flow flow, Kind kind, Supplier<HttpTestClient.Response> request,
                       Function<JsonObject, Login> tokens) {
        HttpTestClient.Response r = exchange(flow, kind, request, tokens);
        return r != null && ok(r.status()) ? tokens.apply(r.json()) : null;
    }

    /**
     * Sends one request of {@code flow} and records the answer; anything but a 2xx or a 503 in the flow's format
     * with Retry-After is a violation. {@code tokens} reads a login's or refresh's answer; null for a check.
     */
    private HttpTestClient.Response exchange(Flow flow, Kind kind, Supplier<HttpTestClient.Response> request,
                                             Function<JsonObject, Login> tokens) {
        Phase sent = phase.get();
        long sentAt = System.nanoTime();
        HttpTestClient.Response r;
        try {
            r = request.get();
        } catch (RuntimeException e) {
            violations.add(flow.name() + " " + kind + " in " + sent + ": " + e);
            return null;
        }
        long receivedAt = System.nanoTime();
        String sessionId = null;
        if (ok(r.status())) {
            // a Kuzzle check answers 200 {"valid":false} for a token it does not know: that is no success
            if (kind == Kind.CHECK && flow instanceof KuzzleFlow
                    && !r.json().getJsonObject("result").getBoolean("valid")) {
                violations.add("kuzzle check of a fresh token not valid in " + sent + ": " + r);
            }
            if (tokens != null) {
                sessionId = tokens.apply(r.json()).sessionId();
            }
        } else if (r.status() != 503 || !flow.unavailableInFormat(r) || !hasRetryAfter(r)) {
            violations.add(flow.name() + " " + kind + " in " + sent + ": " + r + " " + r.headers().map());
        }
        answers.add(new Answer(flow.name(), kind, sent, phase.get(), sentAt, receivedAt, r.status(),
                kind == Kind.LOGIN ? sessionId : null));
        return r;
    }

    /** One of the burst's failing requests, each kind through another format; all of them need the database. */
    private void failing(NativeApi client, int i, AtomicInteger unavailable) {
        String random = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        HttpTestClient.Response r;
        boolean inFormat;
        switch (i % 4) {
            case 0 -> {
                r = client.get("/api/v1/session", "Authorization", NativeApi.bearer(random));
                inFormat = isNativeUnavailable(r);
            }
            case 1 -> {
                r = client.get("/api/auth/0.1/token/" + random);
                inFormat = isWazoUnavailable(r);
            }
            case 2 -> {
                r = client.send("POST", "/_login/local", Json.createObjectBuilder().add("username", "nobody-" + i)
                        .add("password", "whatever it is").build().toString(), JSON);
                inFormat = isKuzzleUnavailable(r);
            }
            default -> {
                r = client.post("/api/auth/verify", Json.createObjectBuilder().add("access_token", random).build()
                        .toString());
                inFormat = r.status() == 503 && r.contentType().startsWith(JSON)
                        && "error".equals(r.json().getString("status"))
                        && "Service Unavailable".equals(r.json().getString("message"));
            }
        }
        if (inFormat && hasRetryAfter(r) && !r.body().contains("Exception")) {
            unavailable.incrementAndGet();
        } else {
            violations.add("burst " + i + ": " + r + " " + r.headers().map());
        }
    }

    // --- the formats of a 503 ---------------------------------------------------------------------------------

    private static boolean hasRetryAfter(HttpTestClient.Response r) {
        return r.header("Retry-After").filter(v -> v.matches("\\d+")).isPresent();
    }

    private static boolean isNativeUnavailable(HttpTestClient.Response r) {
        if (r.status() != 503 || !r.contentType().startsWith("application/problem+json")) {
            return false;
        }
        JsonObject problem = r.json();
        return "urn:authgate:problem:unavailable".equals(problem.getString("type")) && problem.getInt("status") == 503
                && !r.body().contains("Exception");
    }

    private static boolean isWazoUnavailable(HttpTestClient.Response r) {
        if (r.status() != 503 || !r.contentType().startsWith(JSON)) {
            return false;
        }
        JsonObject body = r.json();
        return body.getInt("status_code") == 503 && "Service Unavailable".equals(body.getJsonArray("reason").getString(0))
                && body.getJsonArray("timestamp").size() == 1;
    }

    private static boolean isKuzzleUnavailable(HttpTestClient.Response r) {
        if (r.status() != 503 || !r.contentType().startsWith(JSON)) {
            return false;
        }
        JsonObject body = r.json();
        JsonObject error = body.getJsonObject("error");
        return body.getInt("status") == 503 && body.isNull("result")
                && "core.fatal.service_unavailable".equals(error.getString("id")) && error.getInt("code") == 2
                && !error.containsKey("stack");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private long successes(Flow flow, Phase sent) {
        return answers.stream().filter(a -> a.dialect().equals(flow.name()) && a.kind() == Kind.LOGIN
                && a.sent() == sent && ok(a.status())).count();
    }

    private static boolean ok(int status) {
        return status >= 200 && status < 300;
    }

    /** Polls until {@code condition} holds; fails the test (naming what it waited for) at the deadline. */
    private void awaitUntil(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + deadline.toSeconds() + " s for " + what + "; violations so far: "
                        + violations);
            }
            sleep(50);
        }
    }

    /** The first answer to {@code request} that is not a 503 (the database may take a moment to be reachable). */
    private HttpTestClient.Response awaitAnswer(Supplier<HttpTestClient.Response> request) {
        AtomicReference<HttpTestClient.Response> last = new AtomicReference<>();
        awaitUntil("an answer other than 503", Duration.ofSeconds(60), () -> {
            last.set(request.get());
            return last.get().status() != 503;
        });
        return last.get();
    }

    private static void deleteSession(String id) throws SQLException {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static long count(String sql, Set<String> ids) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
