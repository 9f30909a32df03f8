package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import org.authgate.web.testing.HttpTestClient;

/** Enrols the owner of a session in TOTP through the native API, as a user would. */
public final class TotpEnrolment {
    private TotpEnrolment() {
    }

    /**
     * Begins with the current password, confirms with the code of the server's now, and moves the server's clock
     * past that code's step (a code is good once).
     *
     * @return the secret, for later codes
     */
    public static String enrol(NativeApi api, String token, String password) {
        HttpTestClient.Response begin = api.post("/api/v1/totp/enrollment",
                Json.createObjectBuilder().add("password", password).build().toString(), "Authorization",
                bearer(token));
        assertThat(begin.status()).as(begin.toString()).isEqualTo(200);
        String secret = begin.json().getString("secret");
        HttpTestClient.Response confirm = api.post("/api/v1/totp/enrollment/confirm",
                "{\"code\":\"" + TotpCodes.at(secret, api.serverNow()) + "\"}", "Authorization", bearer(token));
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(204);
        api.advanceClock(30);
        return secret;
    }
}
