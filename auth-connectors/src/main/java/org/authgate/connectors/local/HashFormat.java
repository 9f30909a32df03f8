package org.authgate.connectors.local;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats a local account's stored password hash may have, told apart by their prefix. Every format is a
 * modular-crypt or PHC string ({@code $id$...}), so a value is never ambiguous: authgate's own Argon2id hashes
 * ({@code $argon2id$}), and the hashes of other systems kept as imported until the user's first login rehashes them:
 * bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}: OpenBSD's, PHP's and Laravel's) and PBKDF2 in the PHC form
 * ({@code $pbkdf2$} for HMAC-SHA1 as passlib names it, {@code $pbkdf2-sha256$}, {@code $pbkdf2-sha512$}), to which
 * Keycloak's {@code pbkdf2*} credentials are converted on import.
 */
enum HashFormat {
    // The scheme names are stored beside each hash (accounts.password_scheme): migration V7 derives the same names
    // from the same prefixes for the rows it found, so a change here needs a migration.
    ARGON2ID("argon2id", "$argon2id$"),
    BCRYPT("bcrypt", "$2a$", "$2b$", "$2y$"),
    PBKDF2_SHA1("pbkdf2-sha1", "$pbkdf2$"),
    PBKDF2_SHA256("pbkdf2-sha256", "$pbkdf2-sha256$"),
    PBKDF2_SHA512("pbkdf2-sha512", "$pbkdf2-sha512$");

    /** The scheme of a value that is none of the formats (a broken one: no login can succeed with it). */
    static final String UNKNOWN = "unknown";

    private final String scheme;
    private final String[] prefixes;

    HashFormat(String scheme, String... prefixes) {
        this.scheme = scheme;
        this.prefixes = prefixes;
    }

    /** The name {@link org.authgate.core.account.PasswordSchemes} gives the format. */
    String scheme() {
        return scheme;
    }

    static String schemeOf(String stored) {
        return of(stored).map(HashFormat::scheme).orElse(UNKNOWN);
    }

    /** The schemes every login replaces: the console's "pending rehash" filter asks the store for these. */
    static Set<String> foreignSchemes() {
        return Arrays.stream(values()).filter(HashFormat::foreign).map(HashFormat::scheme)
                .collect(Collectors.toUnmodifiableSet());
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
