package org.authgate.core.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

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

    /**
     * A version-4 UUID as wazo-auth issues its tokens: 122 random bits (the other six are the version and variant
     * RFC 9562 fixes), lower-case with dashes. Below the 128 bits the design asks of an opaque token: only the Wazo
     * dialect mints it, by default, for the SDK's sake (see docs/dialects/wazo.md). Built from this generator's
     * {@link SecureRandom} rather than {@link UUID#randomUUID()}, so that one source makes every token.
     */
    public String uuid() {
        byte[] b = bytes(16);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // variant 10 (RFC 9562)
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (b[i] & 0xff);
            low = (low << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
