package org.authgate.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TokenHashTest {

    @Test
    void itIsTheHexSha256OfTheToken() {
        assertThat(TokenHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHash.of("").hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void itHashesTheUtf8Bytes() throws Exception {
        byte[] utf8 = {(byte) 0xc3, (byte) 0xa9};
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));

        assertThat(TokenHash.of("\u00e9").hex()).isEqualTo(expected);
    }

    @Test
    void matchesComparesByValue() {
        TokenHash a = TokenHash.of("token-a");

        assertThat(a.matches(TokenHash.of("token-a"))).isTrue();
        assertThat(a.matches(TokenHash.of("token-b"))).isFalse();
        assertThat(a.matches(null)).isFalse();
        assertThat(a).isEqualTo(TokenHash.of("token-a")).hasSameHashCodeAs(TokenHash.of("token-a"));
    }

    @Test
    void toStringShowsOnlyAPrefix() {
        TokenHash hash = TokenHash.of("secret token");

        assertThat(hash.toString()).doesNotContain(hash.hex()).contains(hash.hex().substring(0, 8));
    }

    @Test
    void aHashHasSixtyFourCharacters() {
        assertThatThrownBy(() -> new TokenHash("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenHash(null)).isInstanceOf(NullPointerException.class);
    }
}
