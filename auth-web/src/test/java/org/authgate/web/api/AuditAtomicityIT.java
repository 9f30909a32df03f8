package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FailingAuditLog;
import org.junit.jupiter.api.Test;

/**
 * A state change and its audit record commit together or not at all: when the audit insert fails,
 * the session it would have recorded is not there either.
 */
class AuditAtomicityIT extends ApiTest {

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
}
