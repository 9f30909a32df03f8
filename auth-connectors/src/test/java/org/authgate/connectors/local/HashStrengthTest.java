package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** OWASP's thresholds on the real hashes of Keycloak and PHP (fixtures/migration), and the scheme names stored. */
class HashStrengthTest {
    private final Map<String, String> keycloak = MigrationFixtures.keycloakHashes();
    private final String bcrypt10 = MigrationFixtures.azuriomHashes().get("eve");

    @Test
    void hashesAtOwaspsAdviceAreNotWeak() {
        assertThat(HashStrength.weak(keycloak.get("ada"))).as("argon2id").isFalse();
        assertThat(HashStrength.weak(keycloak.get("bob"))).as("pbkdf2-sha512 at 210,000").isFalse();
        assertThat(HashStrength.weak(keycloak.get("cyd"))).as("pbkdf2-sha256 at 600,000").isFalse();
        assertThat(HashStrength.weak(bcrypt10)).as("bcrypt at cost 10").isFalse();
    }

    @Test
    void sha1LowCountsLowCostsAndBrokenValuesAreWeak() {
        assertThat(HashStrength.weak(keycloak.get("dee"))).as("pbkdf2-sha1").isTrue();
        assertThat(HashStrength.weak(keycloak.get("cyd").replace("i=600000", "i=599999"))).isTrue();
        assertThat(HashStrength.weak(keycloak.get("bob").replace("i=210000", "i=27500"))).isTrue();
        assertThat(HashStrength.weak("$2y$09$" + bcrypt10.substring(7))).as("bcrypt at cost 9").isTrue();
        assertThat(HashStrength.weak("$2y$10$short")).isTrue();
        assertThat(HashStrength.weak("plain text")).isTrue();
    }

    @Test
    void eachFormatHasTheSchemeNameMigrationV7Writes() {
        assertThat(HashFormat.schemeOf(keycloak.get("ada"))).isEqualTo("argon2id");
        assertThat(HashFormat.schemeOf(keycloak.get("bob"))).isEqualTo("pbkdf2-sha512");
        assertThat(HashFormat.schemeOf(keycloak.get("cyd"))).isEqualTo("pbkdf2-sha256");
        assertThat(HashFormat.schemeOf(keycloak.get("dee"))).isEqualTo("pbkdf2-sha1");
        assertThat(HashFormat.schemeOf(bcrypt10)).isEqualTo("bcrypt");
        assertThat(HashFormat.schemeOf("plain text")).isEqualTo("unknown");
        assertThat(HashFormat.foreignSchemes())
                .containsExactlyInAnyOrder("bcrypt", "pbkdf2-sha1", "pbkdf2-sha256", "pbkdf2-sha512");
    }
}
