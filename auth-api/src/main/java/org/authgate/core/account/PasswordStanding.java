package org.authgate.core.account;

/**
 * What an administrator may know of an account's stored password hash, never the hash itself.
 *
 * @param scheme        the hash's scheme as {@link PasswordSchemes} names it
 * @param pendingRehash true while the hash is not the one authgate would write now (an imported one, or Argon2id at
 *                      another cost): the user's next login replaces it
 * @param weak          true when the hash is below what the connector considers safe to keep (the local connector
 *                      follows OWASP's password storage guidance)
 */
public record PasswordStanding(String scheme, boolean pendingRehash, boolean weak) {
}
