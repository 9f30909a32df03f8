package org.authgate.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import com.nimbusds.jose.JWSObject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Signing key rotation on two nodes: both run the key check at the same moment, the database lets one add
 * the successor, both publish the same keys, and a token the new key signs on one node verifies on the other.
 */
class SigningKeysTwoNodesIT extends TwoNodesTest {
    private static final long THIRTY_DAYS = 30 * 86_400;
    private static final long LEAD = 300;

    private void advanceBoth(long seconds) {
        a.advanceClock(seconds);
        assertThat(b.post("/test-support/clock/advance?seconds=" + seconds, "").status()).isEqualTo(204);
    }

    private static Set<String> kids(HttpTestClient node) {
        return node.get("/.well-known/jwks.json").json().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .map(k -> k.getString("kid")).collect(Collectors.toSet());
    }

    private static String jwtOf(HttpTestClient.Response login) {
        return login.json().getString("accessToken");
    }

    @Test
    void bothNodesCheckingAtOnceAddOneKeyThatBothPublishAndVerify() throws Exception {
        String user = NativeApi.uniqueName("twin");
        a.createUser(user, "correct horse battery");
        long before = NativeApi.count("SELECT count(*) FROM signing_keys");
        // A rotation is due 30 days after the newest key signs; an earlier test run on this database (KeyRotationIT)
        // may have left it signing in the future.
        long ahead = NativeApi.count("SELECT greatest(0, ceil(extract(epoch FROM max(signs_from) - now())))::bigint"
                + " FROM signing_keys");
        advanceBoth(ahead + THIRTY_DAYS);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HttpTestClient node = i % 2 == 0 ? a.http() : b;
                checks.add(pool.submit(() -> node.post("/test-support/secrets/check-keys", "").status()));
            }
            for (Future<Integer> check : checks) {
                assertThat(check.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(NativeApi.count("SELECT count(*) FROM signing_keys")).isEqualTo(before + 1);
        assertThat(kids(a.http())).hasSize((int) before + 1).isEqualTo(kids(b));
        String successor = NativeApi.audit("SELECT kid FROM signing_keys ORDER BY generation DESC").get(0).get("kid");

        advanceBoth(LEAD);
        String body = Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("tokenFormat", "jwt").build().toString();
        String onA = jwtOf(a.post("/api/v1/login", body));
        String onB = jwtOf(onB("POST", "/api/v1/login", body));

        assertThat(JWSObject.parse(onA).getHeader().getKeyID()).isEqualTo(successor);
        assertThat(JWSObject.parse(onB).getHeader().getKeyID()).isEqualTo(successor);
        assertThat(onB("GET", "/api/v1/session", null, "Authorization", bearer(onA)).status())
                .isEqualTo(200);
        assertThat(a.get("/api/v1/session", "Authorization", bearer(onB)).status()).isEqualTo(200);
    }
}
