package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Token checks answered from the node's memory of verified sessions (core VerifiedSessions, web.cache): a
 * repeated check is a hit, every change is forgotten when it commits (even one made in SQL behind authgate's
 * back), a last-seen time that is due is still written, and when the listening connection is cut the node reads
 * the database until it listens again.
 */
class VerifiedSessionsIT extends ApiTest {

    @Test
    void aRepeatedCheckIsAnsweredFromMemoryAndALogoutIsRefusedAtOnce() {
        String user = NativeApi.uniqueName("vera");
        String token = accessTokenOfNew(user);
        assertThat(check(token)).isEqualTo(200);
        long hits = api.sessionMemoryHits();

        for (int i = 0; i < 3; i++) {
            assertThat(check(token)).isEqualTo(200);
        }
        assertThat(api.sessionMemoryHits()).as("answered from memory").isGreaterThanOrEqualTo(hits + 3);

        assertThat(api.post("/api/v1/logout", "", "Authorization", bearer(token)).status()).isEqualTo(204);
        assertThat(check(token)).as("the logout was forgotten as it committed").isEqualTo(401);
    }

    @Test
    void aSessionEndedBehindAuthgatesBackIsForgottenAtOnce() throws Exception {
        String user = NativeApi.uniqueName("veit");
        String token = accessTokenOfNew(user);
        assertThat(check(token)).isEqualTo(200);
        long hits = api.sessionMemoryHits();
        assertThat(check(token)).isEqualTo(200);
        assertThat(api.sessionMemoryHits()).as("remembered").isGreaterThan(hits);

        // An operator ends the session in an SQL console: the row's trigger (V5) tells every node.
        try (Connection c = TestDatabase.connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE sessions SET state = 'REVOKED', end_reason = 'ADMIN_REVOKE', ended_at = now(),"
                        + " version = version + 1 WHERE username = ?")) {
            update.setString(1, user);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        // The notification reaches the node's listener asynchronously; memory would answer for 30 s without it.
        long deadline = System.nanoTime() + 5_000_000_000L;
        int status = check(token);
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = check(token);
        }
        assertThat(status).as("refused within 5 s, not after the 30 s maximum age").isEqualTo(401);
    }

    @Test
    void anAccountChangeIsAnsweredAtOnce() {
        String user = NativeApi.uniqueName("vicky");
        String id = api.createUser(user, "correct horse battery");
        String token = api.loggedIn(user, "correct horse battery").getString("accessToken");
        for (int i = 0; i < 2; i++) {
            HttpTestClient.Response current = api.get("/api/v1/session", "Authorization", bearer(token));
            assertThat(current.json().getJsonObject("identity").containsKey("firstName")).as(current.toString())
                    .isFalse();
        }

        HttpTestClient.Response renamed = api.send("PATCH", "/api/v1/admin/accounts/" + id,
                Json.createObjectBuilder().add("firstName", "Vicky").build().toString(), "application/json",
                "Authorization", bearer(api.adminToken()));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        HttpTestClient.Response current = api.get("/api/v1/session", "Authorization", bearer(token));
        assertThat(current.json().getJsonObject("identity").getString("firstName", null)).as(current.toString())
                .isEqualTo("Vicky");
    }

    @Test
    void aLastSeenTimeThatIsDueIsStillWritten() {
        String user = NativeApi.uniqueName("vito");
        api.createUser(user, "correct horse battery");
        JsonObject login = api.loggedIn(user, "correct horse battery");
        String token = login.getString("accessToken");
        assertThat(check(token)).isEqualTo(200);
        assertThat(check(token)).isEqualTo(200);
        String lastSeen = "SELECT count(*) FROM sessions WHERE username = ? AND last_seen_at > created_at";
        assertThat(NativeApi.count(lastSeen, user)).isZero();

        api.advanceClock(61);
        assertThat(check(token)).isEqualTo(200);

        assertThat(NativeApi.count(lastSeen, user)).as("the touch interval (60 s) was due").isOne();
        long hits = api.sessionMemoryHits();
        assertThat(check(token)).isEqualTo(200);
        assertThat(api.sessionMemoryHits())
                .as("a touch is not announced: the node keeps the touched session and answers the next check from it")
                .isGreaterThan(hits);
    }

    @Test
    void whenTheListeningConnectionIsCutChecksReadTheDatabaseUntilItListensAgain() throws Exception {
        String user = NativeApi.uniqueName("vlad");
        String token = accessTokenOfNew(user);
        assertThat(check(token)).isEqualTo(200);
        assertThat(check(token)).isEqualTo(200);
        JsonObject before = api.sessionMemory();
        assertThat(before.getBoolean("listening")).isTrue();
        long connections = before.getJsonNumber("connections").longValue();

        assertThat(cutListener()).as("the listener's backend was found and ended").isOne();
        assertThat(api.post("/api/v1/logout", "", "Authorization", bearer(token)).status()).isEqualTo(204);
        assertThat(check(token)).isEqualTo(401);

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (api.sessionMemory().getJsonNumber("connections").longValue() == connections && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        JsonObject after = api.sessionMemory();
        assertThat(after.getJsonNumber("connections").longValue()).as("listening again").isGreaterThan(connections);
        assertThat(check(token)).isEqualTo(401);

        String next = api.loggedIn(user, "correct horse battery").getString("accessToken");
        assertThat(check(next)).isEqualTo(200);
        long hits = api.sessionMemoryHits();
        assertThat(check(next)).isEqualTo(200);
        assertThat(api.sessionMemoryHits()).as("answering from memory again").isGreaterThan(hits);
    }

    /** Creates the account and answers the access token of its first login. */
    private String accessTokenOfNew(String user) {
        api.createUser(user, "correct horse battery");
        return api.loggedIn(user, "correct horse battery").getString("accessToken");
    }

    private int check(String token) {
        return api.get("/api/v1/session", "Authorization", bearer(token)).status();
    }

    /** Ends the server's listening backend, as a restarted PostgreSQL or a dropped connection would. */
    private static int cutListener() throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE application_name = 'authgate-change-listener' AND datname = current_database()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
