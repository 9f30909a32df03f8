package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

class PasswordChangeIT extends ApiTest {

    private HttpTestClient.Response change(String token, String former, String replacement, boolean endOthers) {
        return api.post("/api/v1/password", Json.createObjectBuilder().add("formerPassword", former)
                .add("newPassword", replacement).add("endOtherSessions", endOthers).build().toString(),
                "Authorization", bearer(token));
    }

    @Test
    void aWrongFormerPasswordIsRefusedAndAudited() {
        String user = NativeApi.uniqueName("quinn");
        api.createUser(user, "correct horse battery");
        String token = api.loggedIn(user, "correct horse battery").getString("accessToken");

        HttpTestClient.Response wrong = change(token, "not it", "a brand new passphrase", false);

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().getString("type")).isEqualTo("urn:authgate:problem:wrong-password");
        assertThat(api.login(user, "correct horse battery").status()).isEqualTo(200);
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event")).contains("PASSWORD_CHANGE_FAILED");
    }

    @Test
    void aChangeCanEndTheOtherSessionsAndKeepsTheCurrentOne() {
        String user = NativeApi.uniqueName("rosa");
        api.createUser(user, "correct horse battery");
        String current = api.loggedIn(user, "correct horse battery").getString("accessToken");
        String other = api.loggedIn(user, "correct horse battery").getString("accessToken");

        HttpTestClient.Response changed = change(current, "correct horse battery", "a brand new passphrase", true);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(current)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(other)).status()).isEqualTo(401);
        assertThat(api.login(user, "correct horse battery").status()).isEqualTo(401);
        assertThat(api.login(user, "a brand new passphrase").status()).isEqualTo(200);
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event")).contains("PASSWORD_CHANGED");
    }

    @Test
    void byDefaultAChangeEndsTheOtherSessionsAndKeepsTheCurrentOne() {
        String user = NativeApi.uniqueName("tara");
        api.createUser(user, "correct horse battery");
        String current = api.loggedIn(user, "correct horse battery").getString("accessToken");
        String other = api.loggedIn(user, "correct horse battery").getString("accessToken");

        HttpTestClient.Response changed = api.post("/api/v1/password", Json.createObjectBuilder()
                .add("formerPassword", "correct horse battery").add("newPassword", "a brand new passphrase").build()
                .toString(), "Authorization", bearer(current));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(current)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(other)).status()).isEqualTo(401);
    }

    @Test
    void aCommonPasswordIsRefusedAsWeakAndTheFormerOneStays() {
        String user = NativeApi.uniqueName("uma");
        api.createUser(user, "correct horse battery");
        String token = api.loggedIn(user, "correct horse battery").getString("accessToken");

        HttpTestClient.Response weak = change(token, "correct horse battery", "Password123", true);

        assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
        assertThat(weak.json().getString("type")).isEqualTo("urn:authgate:problem:weak-password");
        assertThat(api.login(user, "Password123").status()).isEqualTo(401);
        assertThat(api.login(user, "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    void aChangeWithoutEndingOtherSessionsKeepsThem() {
        String user = NativeApi.uniqueName("sam");
        api.createUser(user, "correct horse battery");
        String current = api.loggedIn(user, "correct horse battery").getString("accessToken");
        String other = api.loggedIn(user, "correct horse battery").getString("accessToken");

        assertThat(change(current, "correct horse battery", "a brand new passphrase", false).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/session", "Authorization", bearer(other)).status()).isEqualTo(200);
    }
}
