package org.authgate.web.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.SecretsUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyRingProducerTest {
    private static String newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void withoutAnyKeyTheServerDoesNotStart() {
        assertThatThrownBy(() -> SecretKeyRingProducer.ring(Optional.empty(), Optional.of(" "), Optional.empty()))
                .isInstanceOf(SecretsUnavailable.class).hasMessageContaining("AUTHGATE_SECRETS_KEY");
    }

    @Test
    void theKeyFileThenTheListThenTheSingleKeyAndTheLastSeals(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# authgate secrets keys\nfile-1:" + newKey() + "\n\n");

        SecretKeyRing ring = SecretKeyRingProducer.ring(Optional.of(file.toString()),
                Optional.of("list-1:" + newKey() + ",list-2:" + newKey()), Optional.of(newKey()));

        assertThat(ring.keyIds()).contains("file-1", "list-1", "list-2").hasSize(4);
        assertThat(ring.currentKeyId()).startsWith("k-");
        assertThat(SecretKeyRingProducer.ring(Optional.of(file.toString()), Optional.empty(), Optional.empty())
                .currentKeyId()).isEqualTo("file-1");
    }

    @Test
    void anUnreadableKeyFileFailsNamingTheSetting(@TempDir Path dir) {
        assertThatThrownBy(() -> SecretKeyRingProducer.ring(Optional.of(dir.resolve("missing").toString()),
                Optional.empty(), Optional.empty())).isInstanceOf(SecretsUnavailable.class)
                .hasMessageContaining("authgate.secrets.key-file");
    }
}
