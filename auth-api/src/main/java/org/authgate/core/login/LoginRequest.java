package org.authgate.core.login;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.OpenRequest;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.TokenGrant;
import org.authgate.core.token.AccessTokenFormat;

/**
 * One login attempt as a dialect translated it.
 *
 * @param lifetime    requested access-token lifetime; null for the default
 * @param grant       whether to issue a refresh token with the access token
 * @param format      null for the configured default
 * @param extraClaims JWT claims the dialect's clients expect (Kuzzle's {@code _id})
 */
public record LoginRequest(ConnectorId connector, Credentials credentials, ClientInfo client, Dialect dialect,
                           Duration lifetime, TokenGrant grant, AccessTokenFormat format,
                           Map<String, String> extraClaims) {
    public LoginRequest {
        Objects.requireNonNull(connector);
        Objects.requireNonNull(credentials);
        Objects.requireNonNull(dialect);
        Objects.requireNonNull(grant);
        client = client == null ? ClientInfo.NONE : client;
        extraClaims = extraClaims == null ? Map.of() : Map.copyOf(extraClaims);
    }

    public boolean refreshable() {
        return grant.refreshable();
    }

    /** The same attempt with other credentials (the replacement password of an expired one). */
    public LoginRequest withCredentials(Credentials other) {
        return new LoginRequest(connector, other, client, dialect, lifetime, grant, format, extraClaims);
    }

    /** @param state {@link SessionState#ACTIVE}, or {@link SessionState#PENDING_SECOND_FACTOR} for a challenge */
    OpenRequest toOpenRequest(SessionState state) {
        return new OpenRequest(dialect, client, lifetime, grant, format, extraClaims, state);
    }
}
