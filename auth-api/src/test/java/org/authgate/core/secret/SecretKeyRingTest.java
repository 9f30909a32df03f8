package org.authgate.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretKeyRingTest {
    private static final String KEY_1 = newKey();
    private static final String KEY_2 = newKey();

    private static String newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void aSealedSecretOpensAndDoesNotShowItsPlaintext() {
        SecretKeyRing ring = SecretKeyRing.of(List.of("one:" + KEY_1), "test");
        Sealed sealed = ring.sealText("JBSWY3DPEHPK3PXP", "accounts.totp_secret:42");

        assertThat(sealed.keyId()).isEqualTo("one");
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(ring.openText(sealed, "accounts.totp_secret:42")).isEqualTo("JBSWY3DPEHPK3PXP");
        // A fresh nonce each time: the same secret never gives the same bytes.
        assertThat(ring.sealText("JBSWY3DPEHPK3PXP", "accounts.totp_secret:42").bytes()).isNotEqualTo(sealed.bytes());
    }

    @Test
    void theLastKeySealsAndEveryKeyOpensWhatItSealed() {
        SecretKeyRing old = SecretKeyRing.of(List.of("one:" + KEY_1), "test");
        SecretKeyRing rotated = SecretKeyRing.of(List.of("one:" + KEY_1, "two:" + KEY_2), "test");
        Sealed byOld = old.sealText("s", "c");

        assertThat(rotated.currentKeyId()).isEqualTo("two");
        assertThat(rotated.keyIds()).containsExactly("one", "two");
        assertThat(rotated.sealText("s", "c").keyId()).isEqualTo("two");
        assertThat(rotated.openText(byOld, "c")).isEqualTo("s");
    }

    @Test
    void aCiphertextMovedToAnotherRowOrTamperedWithDoesNotOpen() {
        SecretKeyRing ring = SecretKeyRing.of(List.of("one:" + KEY_1), "test");
        Sealed sealed = ring.sealText("secret", "row:1");

        assertThatThrownBy(() -> ring.open(sealed, "row:2")).isInstanceOf(SecretsUnavailable.class);
        byte[] flipped = sealed.bytes().clone();
        flipped[flipped.length - 1] ^= 1;
        assertThatThrownBy(() -> ring.open(new Sealed("one", flipped), "row:1")).isInstanceOf(SecretsUnavailable.class);
        assertThatThrownBy(() -> ring.open(new Sealed("one", new byte[5]), "row:1")).isInstanceOf(SecretsUnavailable.class);
    }

    @Test
    void aSecretSealedWithAKeyTheRingLacksFailsNamingTheKeyIdOnly() {
        Sealed sealed = SecretKeyRing.of(List.of("gone:" + KEY_1), "test").sealText("secret", "c");
        SecretKeyRing other = SecretKeyRing.of(List.of("two:" + KEY_2), "test");

        assertThatThrownBy(() -> other.open(sealed, "c")).isInstanceOf(SecretsUnavailable.class)
                .hasMessageContaining("gone").hasMessageNotContaining(KEY_1).hasMessageNotContaining(KEY_2);
    }

    @Test
    void aKeyWithoutIdGetsAStableIdDerivedFromIt() {
        String id = SecretKeyRing.of(List.of(KEY_1), "test").currentKeyId();

        assertThat(id).startsWith("k-").isEqualTo(SecretKeyRing.of(List.of(" " + KEY_1 + " "), "test").currentKeyId())
                .isNotEqualTo(SecretKeyRing.of(List.of(KEY_2), "test").currentKeyId());
        assertThat(KEY_1).doesNotContain(id.substring(2));
    }

    @Test
    void noKeyOrABadKeyFailsClearlyWithoutRepeatingIt() {
        assertThatThrownBy(() -> SecretKeyRing.of(List.of(), "test")).isInstanceOf(SecretsUnavailable.class)
                .hasMessageContaining("AUTHGATE_SECRETS_KEY");
        assertThatThrownBy(() -> SecretKeyRing.of(List.of("# only a comment", ""), "test"))
                .isInstanceOf(SecretsUnavailable.class);
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> SecretKeyRing.of(List.of("a:" + short16), "test")).isInstanceOf(SecretsUnavailable.class)
                .hasMessageContaining("32 bytes").hasMessageNotContaining(short16);
        assertThatThrownBy(() -> SecretKeyRing.of(List.of("a:not base64!"), "test")).isInstanceOf(SecretsUnavailable.class)
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> SecretKeyRing.of(List.of("a:" + KEY_1, "a:" + KEY_2), "test"))
                .isInstanceOf(SecretsUnavailable.class);
        assertThat(SecretKeyRing.of(List.of("one:" + KEY_1), "test").toString()).doesNotContain(KEY_1);
    }
}
