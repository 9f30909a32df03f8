package org.authgate.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"a.b.c", "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "header.payload."})
    void threeDotSeparatedPartsLookLikeAJwt(String token) {
        assertThat(JwtCodec.looksLikeJwt(token)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b", "a.b.c.d", ".b.c", "a..c", "..", "...",
            "Xy9_-Ab3kLmNoPqRsTuVwXyZ0123456789abcdefgh"})
    void anythingElseDoesNot(String token) {
        assertThat(JwtCodec.looksLikeJwt(token)).isFalse();
    }
}
