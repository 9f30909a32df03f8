package org.authgate.core.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes unguessable tokens from one shared {@link SecureRandom} (thread-safe, non-blocking on Linux). */
public final class TokenGenerator {
    private final SecureRandom random;

    public TokenGenerator(SecureRandom random) {
        this.random = random;
    }

    public TokenGenerator() {
        this(new SecureRandom());
    }

    /** 256 bits, base64url without padding (43 characters). */
    public String opaque() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    /** 512 bits as 128 lower-case hex characters. */
    public String hex128() {
        return HexFormat.of().formatHex(bytes(64));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
