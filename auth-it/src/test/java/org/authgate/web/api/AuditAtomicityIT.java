package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.authgate.web.testing.AuditRejection;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FailingAuditLog;
import org.junit.jupiter.api.Test;

/**
 * A state change and its audit record commit together or not at all. Twice: when the audit store throws before
 * the insert ({@link FailingAuditLog}), and for every state change of the native API when the database itself
 * refuses the audit row at flush or commit ({@link AuditRejection}, a PostgreSQL trigger): the change is not
 * there afterwards, the client got a 500 problem with an incident id and nothing of the database's message, and
 * the same request succeeds once the trigger is gone. There is no import path to test (accounts are made one by
 * one through the admin API or the console).
 */
class AuditAtomicityIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void whenTheAuditWriteFailsTheLoginLeavesNoSessionBehind() {
        String user = NativeApi.uniqueName("tess");
        String subject = api.createUser(user, "correct horse battery");

        HttpTestClient.Response failed = api.login(Json.createObjectBuilder().add("login", user)
                .add("password", "correct horse battery").add("clientId", FailingAuditLog.TRIGGER));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().getString("type")).isEqualTo("urn:authgate:problem:internal");
        assertThat(failed.json().getString("detail")).startsWith("incident ").doesNotContain("simulated");
        assertThat(NativeApi.count("SELECT COUNT(*) FROM sessions WHERE subject = ?::uuid", subject)).isZero();
        assertThat(NativeApi.count("SELECT COUNT(*) FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id"
                + " WHERE s.subject = ?::uuid", subject)).isZero();
        assertThat(NativeApi.auditOf(user)).isEmpty();

        assertThat(api.login(user, "correct horse battery").status()).as("the same login with a working audit")
                .isEqualTo(200);
        assertThat(NativeApi.count("SELECT COUNT(*) FROM sessions WHERE subject = ?::uuid", subject)).isEqualTo(1);
    }

    @Test
    void whenTheAuditWriteFailsALogoutDoesNotHappen() {
        String user = NativeApi.uniqueName("uma");
        api.createUser(user, "correct horse battery");
        String token = api.loggedIn(user, "correct horse battery").getString("accessToken");

        HttpTestClient.Response failed = api.post("/api/v1/logout", "", "Authorization", NativeApi.bearer(token),
                "User-Agent", FailingAuditLog.TRIGGER);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(token)).status())
                .as("the session is still active").isEqualTo(200);
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event")).doesNotContain("LOGGED_OUT");
    }

    @Test
    void aLoginWhoseAuditRowTheDatabaseRefusesOpensNoSession() {
        String user = NativeApi.uniqueName("lisa");
        String id = api.createUser(user, PASSWORD);

        refusedByTheDatabase(user, id, () -> api.login(user, PASSWORD));

        assertThat(NativeApi.count("SELECT COUNT(*) FROM sessions WHERE subject = ?::uuid", id)).isZero();
        assertThat(NativeApi.auditOf(user)).isEmpty();
        assertThat(api.login(user, PASSWORD).status()).as("the retry").isEqualTo(200);
        assertThat(NativeApi.count("SELECT COUNT(*) FROM sessions WHERE subject = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void aSecondFactorWhoseAuditRowTheDatabaseRefusesNeitherOpensTheSessionNorSpendsTheCode() {
        String user = NativeApi.uniqueName("sofia");
        String id = api.createUser(user, PASSWORD);
        String secret = api.enrolledInTotp(user, PASSWORD);
        String challenge = api.login(user, PASSWORD).json().getString("challenge");
        String body = Json.createObjectBuilder().add("challenge", challenge)
                .add("code", TotpCodes.at(secret, api.serverNow())).build().toString();
        long active = activeSessionsOf(id);

        refusedByTheDatabase(user, id, () -> api.post("/api/v1/login/second-factor", body));

        assertThat(activeSessionsOf(id)).as("the pending session was not activated").isEqualTo(active);
        HttpTestClient.Response retry = api.post("/api/v1/login/second-factor", body);
        assertThat(retry.status()).as("the same challenge and code: %s", retry).isEqualTo(200);
        assertThat(activeSessionsOf(id)).isEqualTo(active + 1);
    }

    /**
     * The rule at its sharpest, on every server the WAR runs on: PostgreSQL stamps each row version with the
     * transaction that wrote it (xmin), so a login's session, refresh token and audit record carry one transaction
     * id, and a logout's session update, revoked refresh token and audit record another one. On Payara, Hibernate's
     * flush at commit once went to a fresh auto-commit connection: every row was there, each in a transaction of
     * its own, and only this test could tell.
     */
    @Test
    void aLoginAndALogoutEachWriteTheirRowsAndTheirAuditRecordInOneTransaction() {
        String user = NativeApi.uniqueName("xena");
        api.createUser(user, PASSWORD);
        JsonObject login = api.loggedIn(user, PASSWORD);
        String session = login.getString("sessionId");

        Set<String> loginWriters = writers(session, "LOGIN_SUCCEEDED");
        assertThat(loginWriters).as("transactions that wrote the login's session, refresh token and audit record")
                .hasSize(1);

        assertThat(api.post("/api/v1/logout", "", "Authorization", bearer(login.getString("accessToken"))).status())
                .isEqualTo(204);
        Set<String> logoutWriters = writers(session, "LOGGED_OUT");
        assertThat(logoutWriters).as("transactions that wrote the logout's session, refresh token and audit record")
                .hasSize(1).doesNotContainAnyElementsOf(loginWriters);
    }

    /** The transaction ids (xmin) of a session's row, its refresh token's row and its audit record of one event. */
    private static Set<String> writers(String session, String event) {
        Set<String> writers = new HashSet<>();
        for (String sql : List.of("SELECT xmin::text AS tx FROM sessions WHERE id = ?::uuid",
                "SELECT xmin::text AS tx FROM refresh_tokens WHERE session_id = ?::uuid",
                "SELECT xmin::text AS tx FROM audit_records WHERE session_id = ?::uuid AND event = '" + event + "'")) {
            List<Map<String, String>> rows = NativeApi.audit(sql, session);
            assertThat(rows).as(sql).hasSize(1);
            writers.add(rows.get(0).get("tx"));
        }
        return writers;
    }

    @Test
    void aRefreshWhoseAuditRowTheDatabaseRefusesDoesNotSpendTheRefreshToken() {
        String user = NativeApi.uniqueName("rita");
        String id = api.createUser(user, PASSWORD);
        String refreshBody = Json.createObjectBuilder()
                .add("refreshToken", api.loggedIn(user, PASSWORD).getString("refreshToken")).build().toString();

        refusedByTheDatabase(user, id, () -> api.post("/api/v1/refresh", refreshBody));

        HttpTestClient.Response retry = api.post("/api/v1/refresh", refreshBody);
        assertThat(retry.status()).as("the same refresh token: %s", retry).isEqualTo(200);
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event")).doesNotContain("REFRESH_REUSE_DETECTED", "REFRESH_FAILED");
    }

    @Test
    void aLogoutWhoseAuditRowTheDatabaseRefusesLeavesTheSessionActive() {
        String user = NativeApi.uniqueName("lou");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");

        refusedByTheDatabase(user, id, () -> api.post("/api/v1/logout", "", "Authorization", bearer(token)));

        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/logout", "", "Authorization", bearer(token)).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void aRevocationWhoseAuditRowTheDatabaseRefusesLeavesTheSessionActive() {
        String user = NativeApi.uniqueName("ravi");
        String id = api.createUser(user, PASSWORD);
        JsonObject login = api.loggedIn(user, PASSWORD);
        String path = "/api/v1/admin/sessions/" + login.getString("sessionId");
        String admin = bearer(api.adminToken());

        refusedByTheDatabase(user, id, () -> api.delete(path, "Authorization", admin));

        String token = login.getString("accessToken");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(api.delete(path, "Authorization", admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeWhoseAuditRowTheDatabaseRefusesKeepsTheFormerPassword() {
        String user = NativeApi.uniqueName("pia");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        String change = Json.createObjectBuilder().add("formerPassword", PASSWORD)
                .add("newPassword", "a much newer battery").build().toString();

        refusedByTheDatabase(user, id, () -> api.post("/api/v1/password", change, "Authorization", bearer(token)));

        assertThat(api.login(user, PASSWORD).status()).as("the former password still logs in").isEqualTo(200);
        assertThat(api.post("/api/v1/password", change, "Authorization", bearer(token)).status()).isEqualTo(204);
        assertThat(api.login(user, "a much newer battery").status()).isEqualTo(200);
    }

    @Test
    void aBanWhoseAuditRowTheDatabaseRefusesNeitherBansNorEndsTheSessions() {
        String user = NativeApi.uniqueName("bob");
        String id = api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        String path = "/api/v1/admin/accounts/" + id + "/ban";
        String reason = Json.createObjectBuilder().add("reason", "spam").build().toString();
        String admin = bearer(api.adminToken());

        refusedByTheDatabase(user, id, () -> api.post(path, reason, "Authorization", admin));

        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(api.login(user, PASSWORD).status()).isEqualTo(200);
        assertThat(api.post(path, reason, "Authorization", admin).status()).isEqualTo(200);
        assertThat(api.login(user, PASSWORD).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void aDisablingWhoseAuditRowTheDatabaseRefusesLeavesTheAccountEnabled() {
        String user = NativeApi.uniqueName("dina");
        String id = api.createUser(user, PASSWORD);
        String path = "/api/v1/admin/accounts/" + id + "/disable";
        String admin = bearer(api.adminToken());

        refusedByTheDatabase(user, id, () -> api.post(path, "", "Authorization", admin));

        assertThat(api.login(user, PASSWORD).status()).isEqualTo(200);
        assertThat(api.post(path, "", "Authorization", admin).status()).isEqualTo(200);
        assertThat(api.login(user, PASSWORD).status()).isNotEqualTo(200);
    }

    /**
     * Sends {@code request} while the database refuses the user's audit rows, checks that the row reached the
     * database and that the answer is a 500 problem with an incident id and nothing more, and drops the trigger.
     */
    private static HttpTestClient.Response refusedByTheDatabase(String user, String id,
                                                                Supplier<HttpTestClient.Response> request) {
        long before = AuditRejection.rejections();
        HttpTestClient.Response failed;
        try (AuditRejection rejection = AuditRejection.about(user, id)) {
            failed = request.get();
        }
        assertThat(AuditRejection.rejections()).as("the audit insert reached the database").isGreaterThan(before);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
        assertThat(failed.json().getString("type")).isEqualTo("urn:authgate:problem:internal");
        assertThat(failed.json().getString("detail")).startsWith("incident ");
        assertThat(failed.body()).doesNotContain("trigger").doesNotContain("Exception").doesNotContain("audit_records")
                .doesNotContain("P0001");
        return failed;
    }

    private static long activeSessionsOf(String id) {
        return NativeApi.count("SELECT COUNT(*) FROM sessions WHERE subject = ?::uuid AND state = 'ACTIVE'", id);
    }
}
