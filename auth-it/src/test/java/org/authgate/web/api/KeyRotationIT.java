package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Signing key rotation on the IT server (authgate.jwt.key-rotation-days 30, the schedule run on request
 * through /test-support/secrets/check-keys, the clock moved): the successor is published before it signs,
 * the retired key keeps verifying and being published until the tokens it signed are over, then it is gone;
 * many checks at once add one key, not one each.
 */
class KeyRotationIT extends ApiTest {
    private static final long DAY = 86_400;
    /** Published this long before signing: two check intervals (0 on the IT server) plus the JWKS max-age. */
    private static final long LEAD = 300;

    private String jwtOf(String user) {
        return api.login(Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("tokenFormat", "jwt")).json().getString("accessToken");
    }

    private static String kidOf(String jwt) throws Exception {
        return JWSObject.parse(jwt).getHeader().getKeyID();
    }

    private List<String> published() {
        JsonObject jwks = api.get("/.well-known/jwks.json").json();
        return jwks.getJsonArray("keys").getValuesAs(JsonObject.class).stream().map(k -> k.getString("kid")).toList();
    }

    private static long storedKeys() {
        return NativeApi.count("SELECT count(*) FROM signing_keys");
    }

    @Test
    void aNewKeyIsPublishedThenSignsAndTheRetiredOneLastsAsLongAsItsTokens() throws Exception {
        String user = NativeApi.uniqueName("rot");
        api.createUser(user, "correct horse battery");
        String retiring = kidOf(jwtOf(user));

        api.advanceClock(30 * DAY);
        long before = storedKeys();
        // Several checks at once, as several nodes would run them: the database lets one add the key.
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checks.add(pool.submit(() -> api.http().post("/test-support/secrets/check-keys", "").status()));
            }
            for (Future<Integer> check : checks) {
                assertThat(check.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(storedKeys()).isEqualTo(before + 1);
        List<String> afterCheck = published();
        assertThat(afterCheck).contains(retiring).hasSize((int) before + 1);
        String successor = afterCheck.stream().filter(k -> !k.equals(retiring)).filter(k -> NativeApi.count(
                "SELECT count(*) FROM signing_keys WHERE kid = ? AND generation = (SELECT max(generation) FROM signing_keys)",
                k) == 1).findFirst().orElseThrow();

        String signedBeforeSwitch = jwtOf(user);
        assertThat(kidOf(signedBeforeSwitch)).as("published, not signing yet").isEqualTo(retiring);

        api.advanceClock(LEAD);
        String signedAfterSwitch = jwtOf(user);
        assertThat(kidOf(signedAfterSwitch)).isEqualTo(successor);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(signedBeforeSwitch)).status())
                .as("a token of the retired key still verifies").isEqualTo(200);
        api.http().post("/test-support/secrets/check-keys", "");
        assertThat(published()).contains(retiring, successor);

        // The longest session (authgate.session.max-session-lifetime-seconds, 30 days) after the switch, plus the lead.
        api.advanceClock(30 * DAY);
        api.http().post("/test-support/secrets/check-keys", "");
        assertThat(published()).as("not yet: a token of the retired key may still be valid").contains(retiring);
        api.advanceClock(LEAD);
        assertThat(api.http().post("/test-support/secrets/check-keys", "").status()).isEqualTo(204);

        assertThat(published()).doesNotContain(retiring).contains(successor);
        assertThat(NativeApi.count("SELECT count(*) FROM signing_keys WHERE kid = ?", retiring)).isZero();
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(signedBeforeSwitch)).status())
                .isEqualTo(401);
    }
}
