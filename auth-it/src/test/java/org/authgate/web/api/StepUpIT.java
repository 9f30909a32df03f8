package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** A stolen token alone cannot tie an account to the thief's authenticator app: enrolment asks for the password. */
class StepUpIT extends ApiTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void totpEnrolmentWithoutTheCurrentPasswordIsRefusedAndChangesNothing() {
        String user = NativeApi.uniqueName("vera");
        api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");

        HttpTestClient.Response none = api.post("/api/v1/totp/enrollment", "{}", "Authorization", bearer(token));
        HttpTestClient.Response wrong = api.post("/api/v1/totp/enrollment", "{\"password\":\"a guess at it\"}",
                "Authorization", bearer(token));

        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(none.json().getString("type")).isEqualTo("urn:authgate:problem:missing-field");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
        assertThat(wrong.json().getString("type")).isEqualTo("urn:authgate:problem:wrong-password");
        assertThat(wrong.body()).doesNotContain("secret");
        assertThat(NativeApi.count("SELECT count(*) FROM accounts WHERE username = ? AND totp_secret IS NOT NULL",
                user)).as("no secret was stored").isZero();
        assertThat(NativeApi.auditOf(user)).anySatisfy(r -> {
            assertThat(r.get("event")).isEqualTo("STEP_UP_FAILED");
            assertThat(r.get("reason")).isEqualTo("TOTP_ENROLMENT:WRONG_PASSWORD");
        });
        assertThat(api.login(user, PASSWORD).json().getString("status")).isEqualTo("AUTHENTICATED");
    }

    @Test
    void guessingThePasswordThroughEnrolmentLocksTheAccountLikeWrongLogins() {
        String user = NativeApi.uniqueName("wim");
        api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");

        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/totp/enrollment", "{\"password\":\"guess " + i + "\"}", "Authorization", bearer(token));
        }

        HttpTestClient.Response right = api.post("/api/v1/totp/enrollment", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", bearer(token));
        assertThat(right.status()).as("locked: even the right password is refused").isEqualTo(403);
        assertThat(api.login(user, PASSWORD).status()).as("the login is locked too").isEqualTo(401);
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("reason")).contains("TOTP_ENROLMENT:LOCKED");
    }

    @Test
    void confirmingTheEnrolmentEndsTheAccountsOtherSessions() {
        String user = NativeApi.uniqueName("xena");
        api.createUser(user, PASSWORD);
        String token = api.loggedIn(user, PASSWORD).getString("accessToken");
        String other = api.loggedIn(user, PASSWORD).getString("accessToken");

        TotpEnrolment.enrol(api, token, PASSWORD);

        assertThat(api.get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(other)).status()).isEqualTo(401);
    }
}
