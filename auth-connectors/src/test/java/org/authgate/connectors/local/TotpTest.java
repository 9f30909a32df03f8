package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final Totp totp = new Totp();

    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long epochSeconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));

        assertThat(LocalFixture.rfcTotp().codeAt(RFC_SEED, step)).isEqualTo(expected);
        assertThat(totp.codeAt(RFC_SEED, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWayAndReturnsTheMatchedStep() {
        String secret = Totp.base32(RFC_SEED);
        Instant now = Instant.ofEpochSecond(1111111111);
        long current = Totp.stepAt(now);

        for (long drift = -1; drift <= 1; drift++) {
            String code = totp.codeAt(RFC_SEED, current + drift);
            assertThat(totp.matchingStep(secret, code, now)).isEqualTo(OptionalLong.of(current + drift));
        }
        assertThat(totp.matchingStep(secret, totp.codeAt(RFC_SEED, current - 2), now)).isEmpty();
        assertThat(totp.matchingStep(secret, totp.codeAt(RFC_SEED, current + 2), now)).isEmpty();
    }

    @Test
    void refusesCodesThatAreNotSixDigits() {
        String secret = Totp.base32(RFC_SEED);
        Instant now = Instant.ofEpochSecond(59);
        String right = totp.codeAt(RFC_SEED, Totp.stepAt(now));

        assertThat(totp.matchingStep(secret, " " + right + " ", now)).isPresent();
        for (String wrong : new String[] {null, "", right.substring(1), right + "0", "abcdef", "94287082"}) {
            assertThat(totp.matchingStep(secret, wrong, now)).as("code %s", wrong).isEmpty();
        }
    }

    @Test
    void encodesBase32AsRfc4648WithoutPadding() {
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32Decode("mzxw 6ytb oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.base32Decode(Totp.base32(RFC_SEED))).isEqualTo(RFC_SEED);
        assertThatThrownBy(() -> Totp.base32Decode("not base32!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newSecretsAre160RandomBits() {
        String secret = totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.base32Decode(secret)).hasSize(20);
        assertThat(totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void buildsAKeyUriWithEncodedIssuerAndAccount() {
        String uri = totp.uri("ACME Co", "alice@example.com", "JBSWY3DPEHPK3PXP");

        assertThat(uri).isEqualTo("otpauth://totp/ACME%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30");
        assertThat(totp.uri("a&b=c", "é", "AA")).startsWith("otpauth://totp/a%26b%3Dc:%C3%A9?secret=AA&issuer=a%26b%3Dc&");
    }
}
