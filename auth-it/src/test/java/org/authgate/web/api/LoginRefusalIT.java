package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** Refused logins: nobody can tell an unknown user from a wrong password or a lockout, and all are audited. */
class LoginRefusalIT extends ApiTest {

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswerAndAreBothAudited() {
        String erin = NativeApi.uniqueName("erin");
        api.createUser(erin, "correct horse battery");
        String ghost = NativeApi.uniqueName("ghost");

        HttpTestClient.Response wrong = api.login(erin, "not the password");
        HttpTestClient.Response unknown = api.login(ghost, "not the password");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(wrong.status());
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(unknown.contentType()).isEqualTo(wrong.contentType()).startsWith("application/problem+json");
        assertThat(NativeApi.auditOf(erin)).singleElement().satisfies(r -> {
            assertThat(r.get("event")).isEqualTo("LOGIN_FAILED");
            assertThat(r.get("reason")).isEqualTo("BAD_CREDENTIALS");
            assertThat(r.get("remote_address")).isEqualTo(api.address());
        });
        assertThat(NativeApi.auditOf(ghost)).singleElement().satisfies(r -> {
            assertThat(r.get("event")).isEqualTo("LOGIN_FAILED");
            assertThat(r.get("reason")).isEqualTo("UNKNOWN_USER");
            assertThat(r.get("subject")).isNull();
        });
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailuresLooksLikeAWrongPasswordAndIsReleasedAfterTheBackoff() {
        String frank = NativeApi.uniqueName("frank");
        api.createUser(frank, "correct horse battery");
        HttpTestClient.Response wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = api.login(frank, "guess " + i);
        }

        HttpTestClient.Response locked = api.login(frank, "correct horse battery");

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(wrong.body());
        List<Map<String, String>> audit = NativeApi.auditOf(frank);
        assertThat(audit).extracting(r -> r.get("event")).contains("LOCKED_OUT").doesNotContain("LOGIN_SUCCEEDED");

        api.advanceClock(2);
        assertThat(api.login(frank, "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    void theBackoffDoublesWithEachFurtherFailure() {
        String gina = NativeApi.uniqueName("gina");
        api.createUser(gina, "correct horse battery");
        for (int i = 0; i < 5; i++) {
            api.login(gina, "guess " + i);
        }
        api.advanceClock(2);
        api.login(gina, "guess 6");

        api.advanceClock(1);
        assertThat(api.login(gina, "correct horse battery").status()).as("still locked after 1 s of 2 s").isEqualTo(401);
        api.advanceClock(2);
        assertThat(api.login(gina, "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    void aBannedAccountIsRefusedWithTheBanAndItsSessionsEnd() {
        String hank = NativeApi.uniqueName("hank");
        String id = api.createUser(hank, "correct horse battery");
        String token = api.loggedIn(hank, "correct horse battery").getString("accessToken");

        HttpTestClient.Response ban = api.post("/api/v1/admin/accounts/" + id + "/ban",
                Json.createObjectBuilder().add("reason", "spam").build().toString(),
                "Authorization", NativeApi.bearer(api.adminToken()));
        assertThat(ban.status()).as(ban.toString()).isEqualTo(200);

        HttpTestClient.Response refused = api.login(hank, "correct horse battery");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:authgate:problem:account-banned");
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(token)).status()).isEqualTo(401);
    }
}
