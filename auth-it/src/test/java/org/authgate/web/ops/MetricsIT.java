package org.authgate.web.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.ops.Scrape.delta;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Prometheus endpoint counts exactly the traffic it saw: logins, refreshes, token checks and logouts through the
 * native API and Azuriom's dialect, by dialect and outcome, lockouts, and the gauges; and it answers nobody without
 * the scrape secret. The ITs of the shared server run one class at a time, so nothing else logs in meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
    private static final String PASSWORD = "correct horse battery";

    private final NativeApi api = new NativeApi();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Scrape.deployment();
    }

    private static String login(String dialect, String outcome) {
        return "authgate_login_seconds_count{dialect=\"" + dialect + "\",outcome=\"" + outcome + "\"}";
    }

    private static String count(String metric, String dialect, String outcome) {
        return "authgate_" + metric + "_seconds_count{dialect=\"" + dialect + "\",outcome=\"" + outcome + "\"}";
    }

    private HttpTestClient.Response azauth(String route, JsonObject body) {
        return api.post("/api/auth/" + route, body.toString(), "User-Agent", "AzAuth authenticator v1");
    }

    @Test
    void knownTrafficThroughTheNativeApiAndAzuriomIsCountedExactly() {
        String alice = NativeApi.uniqueName("alice");
        String bob = NativeApi.uniqueName("bob");
        api.createUser(alice, PASSWORD);
        api.createUser(bob, PASSWORD);
        Map<String, Double> before = Scrape.samples(api);

        JsonObject first = api.loggedIn(alice, PASSWORD);
        JsonObject second = api.loggedIn(alice, PASSWORD);
        assertThat(api.login(alice, "wrong password").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/refresh", Json.createObjectBuilder()
                .add("refreshToken", first.getString("refreshToken")).build().toString()).status()).isEqualTo(200);
        String token = second.getString("accessToken");
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(token)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(token)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/logout", "", "Authorization", NativeApi.bearer(token)).status()).isEqualTo(204);

        HttpTestClient.Response azuriom = azauth("authenticate", Json.createObjectBuilder()
                .add("email", bob + "@example.test").add("password", PASSWORD).addNull("code").build());
        assertThat(azuriom.status()).as(azuriom.toString()).isEqualTo(200);
        String azToken = azuriom.json().getString("access_token");
        assertThat(azauth("authenticate", Json.createObjectBuilder().add("email", bob + "@example.test")
                .add("password", "wrong password").addNull("code").build()).status()).isNotEqualTo(200);
        assertThat(azauth("verify", Json.createObjectBuilder().add("access_token", azToken).build()).status())
                .isEqualTo(200);
        assertThat(azauth("logout", Json.createObjectBuilder().add("access_token", azToken).build()).status())
                .isEqualTo(200);

        Map<String, Double> after = Scrape.samples(api);
        assertThat(delta(before, after, login("native", "success"))).isEqualTo(2);
        assertThat(delta(before, after, login("native", "invalid_credentials"))).isEqualTo(1);
        assertThat(delta(before, after, login("azuriom", "success"))).isEqualTo(1);
        assertThat(delta(before, after, login("azuriom", "invalid_credentials"))).isEqualTo(1);
        assertThat(delta(before, after, count("refresh", "native", "success"))).isEqualTo(1);
        assertThat(delta(before, after, count("token_check", "native", "valid"))).isEqualTo(2);
        assertThat(delta(before, after, count("token_check", "azuriom", "valid"))).isEqualTo(1);
        assertThat(delta(before, after, count("logout", "native", "ended"))).isEqualTo(1);
        assertThat(delta(before, after, count("logout", "azuriom", "ended"))).isEqualTo(1);
        assertThat(delta(before, after, "authgate_lockouts_total{dialect=\"native\"}")).isZero();
        assertThat(delta(before, after, "authgate_session_memory_hits_total")
                + delta(before, after, "authgate_session_memory_misses_total"))
                .as("every plain token check asks the memory once").isEqualTo(3);
        assertThat(delta(before, after, "authgate_sessions_live"))
                .as("alice's first session (refreshed) is live, her second and bob's ended").isEqualTo(1);
        assertThat(after.get("authgate_login_seconds_bucket{dialect=\"native\",outcome=\"success\",le=\"+Inf\"}"))
                .isEqualTo(after.get(login("native", "success")));
        assertThat(after.get("authgate_login_seconds_sum{dialect=\"native\",outcome=\"success\"}")).isPositive();
        assertThat(after).containsKeys("authgate_session_memory_hit_ratio", "authgate_password_hashing_capacity",
                "authgate_password_hashing_busy", "authgate_password_hashing_waiting");
        assertThat(after.get("authgate_password_hashing_capacity")).isPositive();
        assertThat(after.get("authgate_password_hashing_waiting")).isZero();
    }

    /**
     * A call that verifies its token and acts in one unit of work ({@code CallerSession.act}: here the native password
     * change) counts its token check like a plain check: once per call, by dialect and outcome.
     */
    @Test
    void theTokenCheckInsideACallThatActsOnTheSessionIsCounted() {
        String dave = NativeApi.uniqueName("dave");
        api.createUser(dave, PASSWORD);
        String token = api.loggedIn(dave, PASSWORD).getString("accessToken");
        String change = Json.createObjectBuilder().add("formerPassword", "not the password")
                .add("newPassword", "another long passphrase").build().toString();
        Map<String, Double> before = Scrape.samples(api);

        HttpTestClient.Response wrongFormer = api.post("/api/v1/password", change, "Authorization",
                NativeApi.bearer(token));
        HttpTestClient.Response neverIssued = api.post("/api/v1/password", change, "Authorization",
                NativeApi.bearer("never-issued-" + "x".repeat(40)));

        Map<String, Double> after = Scrape.samples(api);
        assertThat(wrongFormer.status()).as(wrongFormer.toString()).isEqualTo(403);
        assertThat(neverIssued.status()).as(neverIssued.toString()).isEqualTo(401);
        assertThat(delta(before, after, count("token_check", "native", "valid"))).isEqualTo(1);
        assertThat(delta(before, after, count("token_check", "native", "unknown"))).isEqualTo(1);
        assertThat(delta(before, after, "authgate_session_memory_hits_total")
                + delta(before, after, "authgate_session_memory_misses_total"))
                .as("a check inside a unit of work does not ask the memory").isZero();
    }

    @Test
    void theFailureThatLocksAnAccountAndTheAttemptsRefusedWhileLockedAreLockouts() {
        String carol = NativeApi.uniqueName("carol");
        api.createUser(carol, PASSWORD);
        Map<String, Double> before = Scrape.samples(api);

        for (int i = 0; i < 5; i++) {
            assertThat(api.login(carol, "wrong password " + i).status()).isEqualTo(401);
        }
        assertThat(api.login(carol, PASSWORD).status()).as("locked: the right password is refused too").isEqualTo(401);

        Map<String, Double> after = Scrape.samples(api);
        assertThat(delta(before, after, "authgate_lockouts_total{dialect=\"native\"}")).isEqualTo(2);
        assertThat(delta(before, after, login("native", "invalid_credentials"))).isEqualTo(6);
        assertThat(delta(before, after, login("native", "success"))).isZero();
    }

    @Test
    void withoutTheScrapeSecretNothingIsServed() {
        HttpTestClient.Response none = api.get(Scrape.PATH);
        HttpTestClient.Response wrong = api.get(Scrape.PATH, "Authorization", "Bearer " + Scrape.SECRET + "x");
        HttpTestClient.Response hash = api.get(Scrape.PATH, "Authorization", "Bearer " + Scrape.secretHash());
        HttpTestClient.Response basic = api.get(Scrape.PATH, "Authorization", "Basic " + Scrape.SECRET);

        for (HttpTestClient.Response refused : new HttpTestClient.Response[] {none, wrong, hash, basic}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(refused.body()).doesNotContain("authgate_");
        }
        assertThat(api.get(Scrape.PATH, "Authorization", "Bearer " + Scrape.SECRET).status()).isEqualTo(200);
    }
}
