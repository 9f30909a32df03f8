package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FailingAuditLog;

/**
 * What the JSON log tests (WildFly's and Payara's) make the server log: a login, whose password and tokens must
 * appear nowhere in the log, and a login that fails inside the server ({@link FailingAuditLog}), whose incident line
 * must carry the id its client was given.
 */
record LoggedTraffic(String password, JsonObject session, String incident) {

    /** Logs {@code user} in, then makes one of its logins fail with an incident. */
    static LoggedTraffic of(NativeApi api, String user, String password) {
        JsonObject session = api.loggedIn(user, password);
        HttpTestClient.Response failed = api.login(Json.createObjectBuilder().add("login", user)
                .add("password", password).add("clientId", FailingAuditLog.TRIGGER));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
        String incident = failed.json().getString("detail").replace("incident ", "");
        assertThat(incident).matches("[0-9a-f-]{36}");
        return new LoggedTraffic(password, session, incident);
    }

    /** Neither the password nor the session's tokens are in {@code log}. */
    void assertNoSecretIn(String log) {
        assertThat(log).doesNotContain(password).doesNotContain(session.getString("accessToken"))
                .doesNotContain(session.getString("refreshToken"));
    }
}
