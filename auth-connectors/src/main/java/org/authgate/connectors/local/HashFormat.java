package org.authgate.connectors.local;

import java.util.Optional;

/**
 * The formats a local account's stored password hash may have, told apart by their prefix. Every format is a
 * modular-crypt or PHC string ({@code $id$...}), so a value is never ambiguous: authgate's own Argon2id hashes
 * ({@code $argon2id$}), and the hashes of other systems kept as imported until the user's first login rehashes them:
 * bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}: OpenBSD's, PHP's and Laravel's) and PBKDF2 in the PHC form
 * ({@code $pbkdf2$} for HMAC-SHA1 as passlib names it, {@code $pbkdf2-sha256$}, {@code $pbkdf2-sha512$}), to which
 * Keycloak's {@code pbkdf2*} credentials are converted on import.
 */
enum HashFormat {
    ARGON2ID(false, "$argon2id$"),
    BCRYPT(true, "$2a$", "$2b$", "$2y$"),
    PBKDF2_SHA1(true, "$pbkdf2$"),
    PBKDF2_SHA256(false, "$pbkdf2-sha256$"),
    PBKDF2_SHA512(false, "$pbkdf2-sha512$");

    private final boolean weak;
    private final String[] prefixes;

    HashFormat(boolean weak, String... prefixes) {
        this.weak = weak;
        this.prefixes = prefixes;
    }

    /**
     * Whether the format is weak whatever its parameters: SHA-1, and bcrypt, which ignores what follows a password's
     * 72nd byte and costs little memory. The console's weak-hash filter reads it.
     */
    boolean weak() {
        return weak;
    }

    /** True for the formats authgate verifies but never writes: a login with one rehashes to Argon2id. */
    boolean foreign() {
        return this != ARGON2ID;
    }

    static Optional<HashFormat> of(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        for (HashFormat format : values()) {
            for (String prefix : format.prefixes) {
                if (stored.startsWith(prefix)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
