package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which client address the lockouts and the audit trail count: the IT server runs as if behind one proxy
 * ({@code AUTHGATE_HTTP_TRUSTED_PROXIES=1}), so only the rightmost X-Forwarded-For entry is believed; and
 * with the production default (no trusted proxy) the header is ignored altogether.
 */
class ForwardedForIT extends ApiTest {

    @AfterEach
    void backToOneProxy() {
        assertThat(api.http().delete("/test-support/trusted-proxies").status()).isEqualTo(204);
    }

    private HttpTestClient.Response failedLogin(String username, String forwardedFor) {
        return api.http().post("/api/v1/login", Json.createObjectBuilder().add("login", username)
                .add("password", "not the password").build().toString(), "X-Forwarded-For", forwardedFor);
    }

    @Test
    void behindOneProxyAnAddressTheClientWroteItselfIsIgnored() {
        String ghost = NativeApi.uniqueName("ghost");

        assertThat(failedLogin(ghost, "6.6.6.6, " + api.address()).status()).isEqualTo(401);

        assertThat(NativeApi.auditOf(ghost)).singleElement()
                .satisfies(r -> assertThat(r.get("remote_address")).isEqualTo(api.address()));
    }

    @Test
    void withTheProductionDefaultTheHeaderIsIgnored() {
        assertThat(api.http().send("PUT", "/test-support/trusted-proxies?count=0", null, null).status()).isEqualTo(204);
        String ghost = NativeApi.uniqueName("ghost");

        assertThat(failedLogin(ghost, api.address()).status()).isEqualTo(401);

        String recorded = NativeApi.auditOf(ghost).get(0).get("remote_address");
        assertThat(recorded).isNotEqualTo(api.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    }
}
