package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real hashes of Keycloak 26.7.3 and PHP 8.2 (fixtures/migration), verified with the right and a wrong password. */
class ForeignHashTest {
    private final PasswordHasher hasher = new PasswordHasher(LocalFixture.CHEAP);

    @Test
    void keycloakCredentialsOfEveryProviderBecomeTheExpectedFormats() {
        Map<String, String> hashes = MigrationFixtures.keycloakHashes();
        assertThat(hashes).containsOnlyKeys("ada", "bob", "cyd", "dee");
        assertThat(hashes.get("ada")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hashes.get("bob")).startsWith("$pbkdf2-sha512$i=210000$");
        assertThat(hashes.get("cyd")).startsWith("$pbkdf2-sha256$i=600000$");
        assertThat(hashes.get("dee")).startsWith("$pbkdf2$i=27500$");
        assertThat(hashes.values()).noneMatch(h -> h.endsWith("=") || h.contains("=$"));
    }

    @Test
    void everyKeycloakHashVerifiesItsPasswordAndNoOther() {
        MigrationFixtures.keycloakHashes().forEach(this::verifiesOnlyItsPassword);
    }

    @Test
    void everyLaravelBcryptHashVerifiesItsPasswordAndNoOther() {
        Map<String, String> hashes = MigrationFixtures.azuriomHashes();
        assertThat(hashes).containsOnlyKeys("eve", "finn", "gus");
        assertThat(hashes.values()).allMatch(h -> h.startsWith("$2y$10$"));
        hashes.forEach(this::verifiesOnlyItsPassword);
    }

    @Test
    void bcryptOfTheOtherPrefixesVerifiesToo() {
        String y = MigrationFixtures.azuriomHashes().get("eve");
        // $2a$, $2b$ and $2y$ differ only in how old implementations handled non-ASCII bytes: same digest here.
        for (String prefix : new String[] {"$2a$", "$2b$"}) {
            String other = prefix + y.substring(4);
            assertThat(hasher.verify("Eve-Online-2003!", other)).as(prefix).isTrue();
            assertThat(hasher.verify("Eve-Online-2003?", other)).as(prefix).isFalse();
        }
    }

    @Test
    void phcPbkdf2WithPaddingOrPasslibsAlphabetVerifies() {
        String cyd = MigrationFixtures.keycloakHashes().get("cyd");
        String[] parts = cyd.split("\\$");
        String padded = "$pbkdf2-sha256$i=600000$" + parts[3] + "==$" + parts[4] + "=";
        assertThat(hasher.verify("Cyd-Charisse-1922", padded)).isTrue();
        String passlib = "$pbkdf2-sha256$600000$" + parts[3].replace('+', '.') + '$' + parts[4].replace('+', '.');
        assertThat(hasher.verify("Cyd-Charisse-1922", passlib)).isTrue();
    }

    @Test
    void everyForeignHashNeedsRehashingAndEachFormatIsToldApart() {
        Map<String, String> all = new java.util.LinkedHashMap<>(MigrationFixtures.keycloakHashes());
        all.putAll(MigrationFixtures.azuriomHashes());
        assertThat(HashFormat.of(all.get("bob"))).contains(HashFormat.PBKDF2_SHA512);
        assertThat(HashFormat.of(all.get("cyd"))).contains(HashFormat.PBKDF2_SHA256);
        assertThat(HashFormat.of(all.get("dee"))).contains(HashFormat.PBKDF2_SHA1);
        assertThat(HashFormat.of(all.get("eve"))).contains(HashFormat.BCRYPT);
        assertThat(HashFormat.of(hasher.hash("x"))).contains(HashFormat.ARGON2ID);
        all.forEach((user, hash) -> {
            if (!user.equals("ada")) {
                assertThat(hasher.needsRehash(hash)).as(user).isTrue();
            }
        });
    }

    @Test
    void costsBeyondTheBoundsAreBrokenValuesNotSlowLogins() {
        String eve = MigrationFixtures.azuriomHashes().get("eve");
        assertThatThrownBy(() -> hasher.verify("x", "$2y$31$" + eve.substring(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(eve.substring(7));
        String dee = MigrationFixtures.keycloakHashes().get("dee");
        assertThatThrownBy(() -> hasher.verify("x", dee.replace("i=27500", "i=999999999")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.verify("x", "$pbkdf2-sha256$i=1$AAAA$AAAA"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.verify("x", "$2y$10$short")).isInstanceOf(IllegalArgumentException.class);
    }

    private void verifiesOnlyItsPassword(String user, String hash) {
        String password = MigrationFixtures.PASSWORDS.get(user);
        assertThat(hasher.verify(password, hash)).as(user + " right password").isTrue();
        assertThat(hasher.verify(password + "x", hash)).as(user + " wrong password").isFalse();
        assertThat(hasher.verify("", hash)).as(user + " empty password").isFalse();
    }
}
