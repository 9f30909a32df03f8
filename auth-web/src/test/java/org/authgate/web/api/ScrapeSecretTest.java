package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScrapeSecretTest {
    private static final String SECRET = "a-long-random-scrape-secret";
    private static final String HASH = HexFormat.of().formatHex(IntrospectionClients.sha256(SECRET));

    @Test
    void onlyTheSecretWhoseHashIsConfiguredMatches() {
        ScrapeSecret secret = new ScrapeSecret(Optional.of(HASH.toUpperCase()));

        assertThat(secret.configured()).isTrue();
        assertThat(secret.matches(SECRET)).isTrue();
        assertThat(secret.matches(SECRET + "x")).isFalse();
        assertThat(secret.matches(HASH)).as("the hash itself is no secret").isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void unsetNothingMatches() {
        ScrapeSecret secret = new ScrapeSecret(Optional.empty());

        assertThat(secret.configured()).isFalse();
        assertThat(secret.matches("")).isFalse();
    }

    @Test
    void aSecretTypedInClearStopsTheDeploymentWithoutBeingRepeated() {
        assertThatThrownBy(() -> new ScrapeSecret(Optional.of(SECRET)))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(SECRET);
    }
}
