package org.authgate.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
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
    void aUuidTokenIsAVersion4UuidInCanonicalLowerCase() {
        String token = generator.uuid();

        assertThat(token).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        UUID parsed = UUID.fromString(token);
        assertThat(parsed.version()).isEqualTo(4);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(parsed.toString()).isEqualTo(token);
    }

    @Test
    void everyOneOfTheUuids122FreeBitsTakesBothValues() {
        // The six fixed bits are the version and the variant; every other bit must vary, or fewer than 122 are random.
        long highOnes = 0;
        long highZeros = 0;
        long lowOnes = 0;
        long lowZeros = 0;
        for (int i = 0; i < 2_000; i++) {
            UUID u = UUID.fromString(generator.uuid());
            highOnes |= u.getMostSignificantBits();
            highZeros |= ~u.getMostSignificantBits();
            lowOnes |= u.getLeastSignificantBits();
            lowZeros |= ~u.getLeastSignificantBits();
        }
        long versionBits = 0xf000L;
        long variantBits = 0xc000_0000_0000_0000L;
        assertThat(highOnes & highZeros).as("bits of the high half that vary").isEqualTo(~versionBits);
        assertThat(lowOnes & lowZeros).as("bits of the low half that vary").isEqualTo(~variantBits);
        assertThat(Long.bitCount(~versionBits) + Long.bitCount(~variantBits)).isEqualTo(122);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(generator.opaque())).isTrue();
            assertThat(seen.add(generator.hex128())).isTrue();
            assertThat(seen.add(generator.uuid())).isTrue();
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
