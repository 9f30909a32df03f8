package org.authgate.core.account;

/**
 * Port: names the scheme of a stored password hash ({@code argon2id}, {@code bcrypt}, {@code pbkdf2-sha1}, ...). The
 * connector that verifies the hashes knows their formats and implements it; the account store keeps the name beside
 * the hash, so that the console can list the accounts whose imported hash still awaits its rehash with an index
 * rather than by reading every hash.
 */
public interface PasswordSchemes {

    /** Never null: {@code unknown} for a value no connector can verify. */
    String schemeOf(String passwordHash);
}
