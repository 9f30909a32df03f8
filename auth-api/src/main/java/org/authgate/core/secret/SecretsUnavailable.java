package org.authgate.core.secret;

/**
 * The secrets key ring cannot do what is asked: no key configured, a malformed key, a stored secret sealed
 * with a key the ring lacks, or bytes that fail authentication. The message names settings and key ids, never
 * key material or a secret.
 */
public final class SecretsUnavailable extends RuntimeException {
    public SecretsUnavailable(String message) {
        super(message);
    }
}
