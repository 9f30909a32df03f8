package org.authgate.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenGeneratorTest {

    private final TokenGenerator generator = new TokenGenerator();

    @Test
    void anOpaqueTokenIs256BitsOfBase64UrlWithoutPadding() {
        String token = generator.opaque();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void aHexTokenIs512BitsOfLowerCaseHex() {
        String token = generator.hex128();

        assertThat(token).hasSize(128).matches("[0-9a-f]+");
        assertThat(HexFormat.of().parseHex(token)).hasSize(64);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(generator.opaque())).isTrue();
            assertThat(seen.add(generator.hex128())).isTrue();
        }
    }

    @Test
    void everyBase64UrlCharacterShowsUp() {
        Set<Character> alphabet = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            for (char c : generator.opaque().toCharArray()) {
                alphabet.add(c);
            }
        }

        assertThat(alphabet).hasSize(64).contains('-', '_');
    }
}
