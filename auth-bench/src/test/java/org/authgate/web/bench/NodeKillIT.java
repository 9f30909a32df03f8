package org.authgate.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.authgate.core.token.TokenHash;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of one of two nodes on one database, in the middle of a login and refresh load, loses nothing a
 * client was told: every 2xx login and refresh either node answered has its session, its refresh token and its audit
 * record in the database, and the surviving node goes on answering 2xx. The nodes are WildFly copies started with
 * bin/standalone.sh ({@link BenchServer}) on a database of their own beside the test database, since the test
 * needs a JVM it can kill; the Arquillian-managed servers are not involved. Its own failsafe execution
 * (auth-bench/pom.xml), after the other runs, on their port offsets.
 */
class NodeKillIT {
    private static final String PASSWORD = "correct horse battery";
    private static final int USERS = 8;
    private static final int CLIENTS = 4;
    /** Logins and refreshes each node must have answered before the kill (A) and after it (B). */
    private static final int ANSWERS_OF_EACH_KIND = 5;
    /** How long the load may take to get them: a bound against a stuck run, not a speed requirement. */
    private static final Duration AT_MOST = Duration.ofSeconds(120);
    /** The kill-a / kill-b JVMs: C1 only, which starts and warms up much faster than the production options. */
    private static final String SERVER_JVM = "-Xms128m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
            + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true";

    private enum Kind { LOGIN, REFRESH }

    /** One 2xx answer: who answered, when (nanoTime), the session and the refresh token it handed out. */
    private record Answer(Kind kind, String node, long at, String sessionId, String refreshToken) {
    }

    @Test
    void aNodeKilledUnderLoadLosesNothingItAnsweredAndTheOtherNodeServesOn() throws Exception {
        Path dir = Path.of(System.getProperty("authgate.it.kill.dir", "target/kill"));
        Files.createDirectories(dir);
        BenchDatabase db = BenchDatabase.recreate(TestDatabase.url(), System.getProperty(TestDatabase.USER),
                System.getProperty(TestDatabase.PASSWORD), "authgate_kill");
        Map<String, String> envB = new HashMap<>(db.serverEnvironment());
        envB.put("AUTHGATE_SESSION_SWEEP_INTERVAL_SECONDS", "0");
        // The cheapest Argon2id the local connector accepts: the test is about what survives a kill, not hashing.
        envB.put("AUTHGATE_LOCAL_ARGON2_MEMORY_KIB", "8192");
        envB.put("AUTHGATE_LOCAL_ARGON2_ITERATIONS", "1");
        // Its administrator only creates the load's accounts; the second-factor rule is proven elsewhere
        // (AdminSecondFactorIT), and enrolling would cost a TOTP step per admin login here.
        envB.put("AUTHGATE_ADMIN_REQUIRE_SECOND_FACTOR", "false");
        Map<String, String> envA = new HashMap<>(envB);
        String admin = System.getProperty("authgate.it.admin.username", "admin");
        String adminPassword = System.getProperty("authgate.it.admin.password", "it-admin-Passw0rd");
        envA.put("AUTHGATE_BOOTSTRAP_ADMIN_USERNAME", admin);
        envA.put("AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        Path wildfly = Path.of(System.getProperty("jboss.home"));
        Path war = Path.of(System.getProperty("authgate.war", "target/authgate.war"));
        Path script = Path.of(System.getProperty("authgate.it.kill.node-script", "src/test/cluster/node-b.sh"));
        String jvm = System.getProperty("authgate.it.kill.server-jvm", SERVER_JVM);
        int offsetA = Integer.getInteger("authgate.it.port-offset", 0);
        int offsetB = Integer.getInteger("authgate.it.node-b.port-offset", 100);

        try (BenchServer a = BenchServer.prepare("kill-a", wildfly, war, dir, script, offsetA);
             BenchServer b = BenchServer.prepare("kill-b", wildfly, war, dir, script, offsetB)) {
            // Both at once: Flyway serialises the migration with a database lock, and only A creates the administrator.
            a.start(jvm, envA);
            b.start(jvm, envB);
            a.awaitReady();
            b.awaitReady();
            Map<String, HttpTestClient> nodes = Map.of("a", HttpTestClient.at(a.httpUri()),
                    "b", HttpTestClient.at(b.httpUri()));
            List<String> users = users(nodes.get("a"), admin, adminPassword);

            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> load(client, nodes, users, answers, stop)));
            }
            awaitAnswers(answers, "a", 0);
            a.kill();
            long killedAt = System.nanoTime();
            awaitAnswers(answers, "b", killedAt);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();

            List<Answer> all;
            synchronized (answers) {
                all = List.copyOf(answers);
            }
            System.out.printf("NodeKillIT: %d answers checked; A: %d logins, %d refreshes; B after the kill: %d logins,"
                    + " %d refreshes%n", all.size(), count(all, "a", Kind.LOGIN, 0), count(all, "a", Kind.REFRESH, 0),
                    count(all, "b", Kind.LOGIN, killedAt), count(all, "b", Kind.REFRESH, killedAt));
            assertThat(count(all, "a", Kind.LOGIN, 0)).as("logins node A answered before it was killed").isPositive();
            assertThat(count(all, "a", Kind.REFRESH, 0)).as("refreshes node A answered before it was killed")
                    .isPositive();
            assertThat(count(all, "b", Kind.LOGIN, killedAt)).as("logins node B answered after A was killed")
                    .isPositive();
            assertThat(count(all, "b", Kind.REFRESH, killedAt)).as("refreshes node B answered after A was killed")
                    .isPositive();
            try (Connection sql = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password())) {
                for (Answer x : all) {
                    // Any state: a refresh that A committed but could not answer, retried on B, is a reuse that
                    // revokes the session, and rightly so.
                    assertThat(count(sql, "SELECT count(*) FROM sessions WHERE id = ?::uuid", x.sessionId()))
                            .as("the session of %s", x).isEqualTo(1);
                    assertThat(count(sql, "SELECT count(*) FROM refresh_tokens WHERE token_hash = ?"
                            + " AND session_id = ?::uuid", TokenHash.of(x.refreshToken()).hex(), x.sessionId()))
                            .as("the refresh token of %s", x).isEqualTo(1);
                    String event = x.kind() == Kind.LOGIN ? "LOGIN_SUCCEEDED" : "TOKEN_REFRESHED";
                    assertThat(count(sql, "SELECT count(*) FROM audit_records WHERE event = ? AND session_id = ?::uuid",
                            event, x.sessionId())).as("the audit record of %s", x).isPositive();
                }
            }
        }
    }

    private static long count(List<Answer> answers, String node, Kind kind, long since) {
        return answers.stream().filter(x -> x.node().equals(node) && x.kind() == kind && x.at() > since).count();
    }

    /** Waits until {@code node} answered {@link #ANSWERS_OF_EACH_KIND} logins and refreshes after {@code since}. */
    private static void awaitAnswers(List<Answer> answers, String node, long since) throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (answers) {
                if (count(answers, node, Kind.LOGIN, since) >= ANSWERS_OF_EACH_KIND
                        && count(answers, node, Kind.REFRESH, since) >= ANSWERS_OF_EACH_KIND) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        // the assertions below then say what was missing
    }

    /**
     * One client: logs a user in on one node, refreshes on the other (on the same one when the other is gone),
     * alternating, until stopped. Only 2xx answers
     * are recorded; a node that is gone (connection refused or reset) or a refusal is simply not an answer.
     */
    private static Void load(int client, Map<String, HttpTestClient> nodes, List<String> users, List<Answer> answers,
                             AtomicBoolean stop) throws InterruptedException {
        for (int i = 0; !stop.get(); i++) {
            String loginNode = (client + i) % 2 == 0 ? "a" : "b";
            String refreshNode = loginNode.equals("a") ? "b" : "a";
            String user = users.get((client + i * CLIENTS) % users.size());
            try {
                HttpTestClient.Response login = nodes.get(loginNode).post("/api/v1/login", Json.createObjectBuilder()
                        .add("login", user).add("password", PASSWORD).build().toString());
                if (login.status() != 200) {
                    continue;
                }
                JsonObject tokens = login.json();
                answers.add(new Answer(Kind.LOGIN, loginNode, System.nanoTime(), tokens.getString("sessionId"),
                        tokens.getString("refreshToken")));
                String body = Json.createObjectBuilder().add("refreshToken", tokens.getString("refreshToken")).build()
                        .toString();
                HttpTestClient.Response refresh;
                try {
                    refresh = nodes.get(refreshNode).post("/api/v1/refresh", body);
                } catch (RuntimeException otherNodeGone) {
                    refreshNode = loginNode; // the other node is dead: the refresh goes where the login went
                    refresh = nodes.get(refreshNode).post("/api/v1/refresh", body);
                }
                if (refresh.status() == 200) {
                    answers.add(new Answer(Kind.REFRESH, refreshNode, System.nanoTime(),
                            refresh.json().getString("sessionId"), refresh.json().getString("refreshToken")));
                }
            } catch (RuntimeException nodeGone) {
                Thread.sleep(20); // a killed node refuses at once: do not spin
            }
        }
        return null;
    }

    /** Creates the load's users through node A's admin API. */
    private static List<String> users(HttpTestClient node, String admin, String adminPassword) {
        HttpTestClient.Response login = node.post("/api/v1/login", Json.createObjectBuilder().add("login", admin)
                .add("password", adminPassword).build().toString());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String bearer = "Bearer " + login.json().getString("accessToken");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String user = "kill-" + i;
            HttpTestClient.Response created = node.post("/api/v1/admin/accounts", Json.createObjectBuilder()
                    .add("username", user).add("password", PASSWORD).add("email", user + "@example.test")
                    .build().toString(), "Authorization", bearer);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            users.add(user);
        }
        return users;
    }

    private static long count(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
