package org.authgate.connectors.ldap;

/**
 * The directory did not answer as a directory should: down, hanging past the read timeout, TLS refused, the service
 * account refused. The core turns it into a backend failure (the dialect's normal refusal); the message names the
 * operation and the cause, never a password.
 */
public final class LdapUnavailable extends RuntimeException {
    LdapUnavailable(String message) {
        super(message);
    }
}
