package org.authgate.connectors.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, one step of clock drift
 * accepted either way. SHA-1 and six digits because they are all that every authenticator app supports.
 * Thread-safe.
 */
final class Totp {
    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    /** Steps accepted before and after the current one, for phones whose clock is a little off. */
    static final int WINDOW = 1;
    /** RFC 4226 recommends 160-bit secrets, the size of an HMAC-SHA1 key block's natural input. */
    static final int SECRET_BYTES = 20;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};

    private final int digits;
    private final SecureRandom random;

    Totp() {
        this(DIGITS, new SecureRandom());
    }

    /** {@code digits} other than six exist for the RFC 6238 test vectors, which have eight. */
    Totp(int digits, SecureRandom random) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6 to 8");
        }
        this.digits = digits;
        this.random = random;
    }

    /** A new random base32 secret (no padding), as authenticator apps expect to be typed or scanned. */
    String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return base32(key);
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code for {@code step} (RFC 4226 HOTP with the step as counter). */
    String codeAt(byte[] key, long step) {
        byte[] hmac;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hmac = mac.doFinal(new byte[] {
                    (byte) (step >>> 56), (byte) (step >>> 48), (byte) (step >>> 40), (byte) (step >>> 32),
                    (byte) (step >>> 24), (byte) (step >>> 16), (byte) (step >>> 8), (byte) step});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
        int offset = hmac[hmac.length - 1] & 0x0f;
        int binary = ((hmac[offset] & 0x7f) << 24) | ((hmac[offset + 1] & 0xff) << 16)
                | ((hmac[offset + 2] & 0xff) << 8) | (hmac[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The time step whose code {@code code} is, within the window around {@code now}; empty when none. The caller
     * refuses a step it has already accepted, which is what makes a code single-use.
     *
     * @throws IllegalArgumentException when {@code base32Secret} is not base32
     */
    OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        byte[] key = base32Decode(base32Secret);
        String typed = code == null ? "" : code.strip();
        boolean wellFormed = typed.length() == digits && typed.chars().allMatch(c -> c >= '0' && c <= '9');
        byte[] presented = typed.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        long matched = Long.MIN_VALUE;
        // Every step of the window is computed and compared in constant time, match or not.
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            byte[] expected = codeAt(key, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, presented) && wellFormed) {
                matched = Math.max(matched, step);
            }
        }
        Arrays.fill(key, (byte) 0);
        return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /**
     * The key URI authenticator apps scan ({@code otpauth://totp/issuer:account?secret=...}). The issuer appears
     * twice on purpose: older apps read the label, newer ones the parameter.
     */
    String uri(String issuer, String account, String base32Secret) {
        return "otpauth://totp/" + encode(issuer) + ':' + encode(account)
                + "?secret=" + base32Secret
                + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + digits + "&period=" + PERIOD_SECONDS;
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >>> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return out.toString();
    }

    /** Lenient about case, spaces and padding, which people add when they type a secret by hand. */
    static byte[] base32Decode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no TOTP secret");
        }
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < clean.length(); i++) {
            int value = BASE32.indexOf(clean.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("TOTP secret is not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        if (out.length == 0) {
            throw new IllegalArgumentException("empty TOTP secret");
        }
        return out;
    }

    // Form encoding writes a space as '+', which the otpauth label would show literally.
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
