package org.authgate.web.dialect.view365;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * 365View's password encryption: DES, ECB, PKCS5 padding, hex text. DES is what its clients speak, not a
 * choice of ours; TLS is what protects the password in transit.
 */
final class View365Cipher {
    private static final String TRANSFORMATION = "DES/ECB/PKCS5Padding";

    private View365Cipher() {
    }

    /** The clear text, or empty when {@code hex} is not a ciphertext of this key. */
    static Optional<String> decrypt(byte[] key, String hex) {
        if (hex == null || hex.isEmpty() || hex.length() % 16 != 0 || hex.length() > 1024) {
            return Optional.empty();
        }
        try {
            byte[] encrypted = HexFormat.of().parseHex(hex);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "DES"));
            return Optional.of(new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
