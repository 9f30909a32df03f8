package org.authgate.core.connector;

import java.util.Map;

/**
 * An identity backend: checks credentials and says who the user is. Implementations are
 * application-scoped CDI beans and must be thread-safe. Optional abilities are separate interfaces
 * ({@link PasswordChanger}, {@link SecondFactorVerifier}, {@link IdentityLookup}).
 *
 * <p>Contract: {@link #authenticate} never throws for a credential problem; it answers with a
 * {@link AuthenticationResult}. An exception means the backend itself is broken, and the core
 * turns it into a refused login without telling the client more.
 */
public interface Connector {

    ConnectorId id();

    /** The fields a client must send; what OneEntry's provider list and 365View's prepare show. */
    LoginForm loginForm();

    /**
     * Checks the credentials. Unknown user and wrong password stay distinct here
     * ({@link RejectionReason#UNKNOWN_USER} vs {@link RejectionReason#BAD_CREDENTIALS}); the core makes
     * them identical outside. An implementation must spend the same time on both (a dummy hash).
     */
    AuthenticationResult authenticate(Credentials credentials);

    /**
     * The settings in effect, defaults included, by configuration key, for the admin console. Values of keys
     * that name a secret (password, key, secret, credentials…) may be included: the console masks them by
     * their key, so a connector must name its secrets that way.
     */
    default Map<String, String> configuration() {
        return Map.of();
    }
}
