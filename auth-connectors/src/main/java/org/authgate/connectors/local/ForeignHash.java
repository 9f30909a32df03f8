package org.authgate.connectors.local;

/**
 * A password hash made by another system (see {@link HashFormat}), verified as that system would and never written
 * by authgate: the first login that proves the password rehashes it to Argon2id. Parsing bounds the costs a stored
 * value may ask for, so that an imported or tampered hash cannot make one login run for minutes; messages never quote
 * the value (it is half of what an attacker needs offline).
 */
sealed interface ForeignHash permits BcryptHash, Pbkdf2Hash {

    /** Constant-time in the comparison; the derivation costs what the stored parameters say. */
    boolean matches(String password);

    /**
     * @throws IllegalArgumentException when {@code stored} is no foreign hash authgate can verify, or is malformed
     */
    static ForeignHash parse(String stored) {
        HashFormat format = HashFormat.of(stored)
                .orElseThrow(() -> new IllegalArgumentException("not a known password hash format"));
        return switch (format) {
            case BCRYPT -> BcryptHash.parse(stored);
            case PBKDF2_SHA1, PBKDF2_SHA256, PBKDF2_SHA512 -> Pbkdf2Hash.parse(format, stored);
            case ARGON2ID -> throw new IllegalArgumentException("argon2id is authgate's own format");
        };
    }
}
