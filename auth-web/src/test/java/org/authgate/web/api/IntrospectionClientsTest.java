package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntrospectionClientsTest {
    private static String hash(String secret) {
        return HexFormat.of().formatHex(IntrospectionClients.sha256(secret));
    }

    private final IntrospectionClients clients = new IntrospectionClients(
            Optional.of("api-a:" + hash("s3cret-a") + ", api-b:" + hash("s3cret-b").toUpperCase()));

    @Test
    void aConfiguredClientWithItsSecretIsAuthenticated() {
        assertThat(clients.authenticates("api-a", "s3cret-a")).isTrue();
        assertThat(clients.authenticates("api-b", "s3cret-b")).isTrue();
    }

    @Test
    void aWrongSecretAnotherClientsSecretOrAnUnknownClientIsNot() {
        assertThat(clients.authenticates("api-a", "s3cret-b")).isFalse();
        assertThat(clients.authenticates("api-a", "")).isFalse();
        assertThat(clients.authenticates("api-a", null)).isFalse();
        assertThat(clients.authenticates("api-c", "s3cret-a")).isFalse();
        assertThat(clients.authenticates(null, null)).isFalse();
        // The configured hash itself is not the secret.
        assertThat(clients.authenticates("api-a", hash("s3cret-a"))).isFalse();
    }

    @Test
    void noClientConfiguredAuthenticatesNobody() {
        assertThat(new IntrospectionClients(Optional.empty()).authenticates("api-a", "s3cret-a")).isFalse();
    }

    @Test
    void aSecretConfiguredInClearIsRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> IntrospectionClients.parse("api-a:my-clear-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("my-clear-secret");
        assertThatThrownBy(() -> IntrospectionClients.parse(":" + hash("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
