package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * DELETE /api/v1/admin/accounts/{id} as a hostile or careless administrator would use it: the account's tokens stop at
 * once, its login answers like a wrong password, its audit records keep the id but lose the personal fields, and
 * deleting twice, deleting oneself or deleting in parallel never answers a 500.
 */
class AccountDeletionIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void aDeletedAccountsSessionsEndAtOnceItsLoginFailsLikeAWrongPasswordAndItsAuditIsAnonymised() {
        String user = NativeApi.uniqueName("gone");
        String id = api.createUser(user, PASSWORD);
        JsonObject first = api.loggedIn(user, PASSWORD);
        JsonObject second = api.loggedIn(user + "@example.test", PASSWORD);
        assertThat(api.login(user, "not the password").status()).isEqualTo(401);
        assertThat(api.login(user.toUpperCase() + "@example.test", "not the password").status()).isEqualTo(401);
        // Remembered by the node: the deletion must make it forget.
        assertThat(api.get("/api/v1/session", "Authorization", bearer(first.getString("accessToken"))).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(first.getString("accessToken"))).status())
                .isEqualTo(200);
        HttpTestClient.Response wrongPassword = api.login(user, "still not the password");

        HttpTestClient.Response deleted = delete(id);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        Instant deletedBy = api.serverNow();
        assertThat(NativeApi.count("SELECT count(*) FROM login_throttles WHERE throttle_key LIKE ?",
                "acct:%:" + user.toLowerCase() + "%")).as("the counters of its username and email").isZero();
        for (JsonObject session : List.of(first, second)) {
            assertThat(api.get("/api/v1/session", "Authorization", bearer(session.getString("accessToken"))).status())
                    .as("the session ended with the account").isEqualTo(401);
        }
        HttpTestClient.Response login = api.login(user, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(wrongPassword.status());
        assertThat(login.json().getString("type")).isEqualTo(wrongPassword.json().getString("type"));
        assertThat(login.json().getString("title")).isEqualTo(wrongPassword.json().getString("title"));
        assertThat(login.json().getString("detail", "")).isEqualTo(wrongPassword.json().getString("detail", ""));

        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", id)).isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE subject = ?::uuid", id)).isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE subject = ?::uuid", id))
                .as("the trail stays").isGreaterThanOrEqualTo(5);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE subject = ?::uuid AND (username"
                + " IS NOT NULL OR remote_address IS NOT NULL OR user_agent IS NOT NULL)", id)).isZero();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE at <= ? AND (lower(username) = ?"
                        + " OR lower(username) = ?)", deletedBy.atOffset(java.time.ZoneOffset.UTC),
                user.toLowerCase(), user.toLowerCase() + "@example.test"))
                .as("failed logins that named it before the deletion lose the name too").isZero();
        assertThat(NativeApi.audit("SELECT actor, target, username FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'DELETE_ACCOUNT' AND subject = ?::uuid", id)).singleElement().satisfies(r -> {
                    assertThat(r.get("actor")).isEqualTo(NativeApi.ADMIN);
                    assertThat(r.get("target")).isEqualTo(id);
                    assertThat(r.get("username")).isNull();
                });

        HttpTestClient.Response again = delete(id);
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
        assertThat(again.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(again.json().getString("type")).isEqualTo("urn:authgate:problem:not-found");
        assertThat(delete("not-a-uuid").status()).as("a malformed id is the client's mistake").isEqualTo(400);
    }

    @Test
    void anAdministratorCannotDeleteTheirOwnAccount() {
        String admin = NativeApi.uniqueName("selfadmin");
        String adminId = api.createUser(admin, PASSWORD, "admin");
        String token = api.loggedIn(admin, PASSWORD).getString("accessToken");

        HttpTestClient.Response refused = api.delete("/api/v1/admin/accounts/" + adminId, "Authorization",
                bearer(token));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:authgate:problem:forbidden");
        assertThat(refused.json().getString("detail")).contains("delete your own account");
        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", adminId)).isEqualTo(1);

        String user = NativeApi.uniqueName("notadmin");
        String userId = api.createUser(user, PASSWORD);
        String userToken = api.loggedIn(user, PASSWORD).getString("accessToken");
        assertThat(api.delete("/api/v1/admin/accounts/" + userId, "Authorization", bearer(userToken)).status())
                .as("not an administrator").isEqualTo(403);
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE id = ?::uuid", userId)).isEqualTo(1);
    }

    @Test
    void manyParallelDeletionsOfOneAccountAnswerOne204AndOtherwise404AndEndEachSessionOnce() throws Exception {
        String user = NativeApi.uniqueName("race");
        String id = api.createUser(user, PASSWORD);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(api.loggedIn(user, PASSWORD).getString("accessToken"));
        }
        String admin = api.adminToken();
        int parallel = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<HttpTestClient.Response> responses = new ArrayList<>();
        try {
            List<Future<HttpTestClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return api.delete("/api/v1/admin/accounts/" + id, "Authorization", bearer(admin));
                }));
            }
            start.countDown();
            for (Future<HttpTestClient.Response> f : sent) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(204, 404));
        assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 404).as("the documented answer: not found, as a problem")
                .allSatisfy(r -> assertThat(r.json().getString("type")).isEqualTo("urn:authgate:problem:not-found"));
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'DELETE_ACCOUNT' AND subject = ?::uuid", id)).as("one deletion, one record")
                .isEqualTo(1);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'SESSION_REVOKED'"
                + " AND subject = ?::uuid", id)).as("each session ended once").isEqualTo(3);
        assertThat(NativeApi.count("SELECT count(*) FROM sessions WHERE subject = ?::uuid", id)).isZero();
        for (String token : tokens) {
            assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(401);
        }
    }

    private HttpTestClient.Response delete(String id) {
        return api.delete("/api/v1/admin/accounts/" + id, "Authorization", bearer(api.adminToken()));
    }
}
