package org.authgate.connectors.local;

/**
 * Which stored hashes the console marks weak: the one place that says so. The thresholds are those of OWASP's
 * Password Storage Cheat Sheet (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html):
 * PBKDF2-HMAC-SHA256 at 600,000 iterations or more, PBKDF2-HMAC-SHA512 at 210,000, bcrypt at cost 10 ("for legacy
 * systems"). PBKDF2-HMAC-SHA1 is weak at any count here: OWASP's 1,300,000 iterations are no system's default we
 * import from (Keycloak's was 27,500), and SHA-1 is what graphics cards compute fastest. Argon2id is never weak here:
 * at another cost than the configured one it is only pending its rehash. Weak or not, every imported hash is
 * replaced by Argon2id at the user's first login; "weak" tells the administrator which accounts to chase first.
 */
final class HashStrength {
    static final int BCRYPT_MIN_COST = 10;
    static final int PBKDF2_SHA256_MIN_ITERATIONS = 600_000;
    static final int PBKDF2_SHA512_MIN_ITERATIONS = 210_000;

    private HashStrength() {
    }

    /** False for Argon2id; true for a foreign hash below OWASP's advice and for a value no login can verify. */
    static boolean weak(String stored) {
        HashFormat format = HashFormat.of(stored).orElse(null);
        if (format == null) {
            return true;
        }
        if (format == HashFormat.ARGON2ID) {
            return false;
        }
        ForeignHash hash;
        try {
            hash = ForeignHash.parse(stored);
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (hash instanceof BcryptHash bcrypt) {
            return bcrypt.cost() < BCRYPT_MIN_COST;
        }
        Pbkdf2Hash pbkdf2 = (Pbkdf2Hash) hash;
        return switch (pbkdf2.format()) {
            case PBKDF2_SHA256 -> pbkdf2.iterations() < PBKDF2_SHA256_MIN_ITERATIONS;
            case PBKDF2_SHA512 -> pbkdf2.iterations() < PBKDF2_SHA512_MIN_ITERATIONS;
            default -> true;
        };
    }
}
