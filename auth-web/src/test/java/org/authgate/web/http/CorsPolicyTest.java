package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.authgate.web.MapConfig;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static CorsPolicy read(Map<String, String> values) {
        return CorsPolicy.read(new MapConfig(values), "wazo");
    }

    @Test
    void withoutSettingsNoOriginIsAllowed() {
        CorsPolicy policy = read(Map.of());

        assertThat(policy.allowsSome()).isFalse();
        assertThat(policy.allows("https://app.example")).isFalse();
        assertThat(policy.allows(null)).isFalse();
        assertThat(policy.credentials()).isFalse();
        assertThat(policy.maxAgeSeconds()).isEqualTo(600);
    }

    @Test
    void listedOriginsAreAllowedExactlyAsBrowsersWriteThem() {
        CorsPolicy policy = read(Map.of("authgate.cors.wazo.allowed-origins",
                " https://App.Example , http://localhost:8081/ ",
                "authgate.cors.wazo.allowed-methods", "get,POST",
                "authgate.cors.wazo.allowed-headers", "X-Auth-Token, Content-Type",
                "authgate.cors.wazo.exposed-headers", "Wazo-Sessions-Revoked",
                "authgate.cors.wazo.allow-credentials", "true",
                "authgate.cors.wazo.max-age-seconds", "60"));

        assertThat(policy.allows("https://app.example")).isTrue();
        assertThat(policy.allows("http://localhost:8081")).isTrue();
        assertThat(policy.allows("http://localhost:8082")).as("another port is another origin").isFalse();
        assertThat(policy.allows("http://app.example")).as("another scheme is another origin").isFalse();
        assertThat(policy.allows("https://app.example.evil.test")).isFalse();
        assertThat(policy.allows("https://evil-app.example")).isFalse();
        assertThat(policy.allows("null")).as("sandboxed frames and file: pages").isFalse();
        assertThat(policy.methods()).containsExactly("GET", "POST");
        assertThat(policy.headers()).containsExactly("X-Auth-Token", "Content-Type");
        assertThat(policy.exposed()).containsExactly("Wazo-Sessions-Revoked");
        assertThat(policy.credentials()).isTrue();
        assertThat(policy.maxAgeSeconds()).isEqualTo(60);
    }

    @Test
    void aStarAllowsEveryOriginButNeverWithCredentials() {
        CorsPolicy any = read(Map.of("authgate.cors.wazo.allowed-origins", "*"));
        assertThat(any.allows("https://anyone.example")).isTrue();
        assertThat(any.anyOrigin()).isTrue();

        assertThatThrownBy(() -> read(Map.of("authgate.cors.wazo.allowed-origins", "https://a.example,*",
                "authgate.cors.wazo.allow-credentials", "true")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authgate.cors.wazo.allow-credentials");
    }

    @Test
    void noneAllowsNothingSoThatADefaultCanBeTakenBack() {
        CorsPolicy none = read(Map.of("authgate.cors.wazo.allowed-origins", "none"));

        assertThat(none.allowsSome()).isFalse();
        assertThat(none.allows("https://anyone.example")).isFalse();
    }

    @Test
    void anythingButAnOriginStopsTheDeploymentNamingTheKey() {
        for (String bad : new String[] {"app.example", "https://*.example", "https://app.example/path",
                "https://user@app.example", "null", "https://app.example?x", "https://app.example#x", "http://"}) {
            assertThatThrownBy(() -> read(Map.of("authgate.cors.wazo.allowed-origins", bad))).as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("authgate.cors.wazo.allowed-origins");
        }
        assertThatThrownBy(() -> read(Map.of("authgate.cors.wazo.max-age-seconds", "-1")))
                .hasMessageContaining("max-age-seconds");
    }
}
