package org.authgate.core.login;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.OpenRequest;
import org.authgate.core.token.AccessTokenFormat;

/**
 * One login attempt as a dialect translated it.
 *
 * @param lifetime    requested access-token lifetime; null for the default
 * @param refreshable whether to issue a refresh token
 * @param format      null for the configured default
 * @param extraClaims JWT claims the dialect's clients expect (Kuzzle's {@code _id})
 */
public record LoginRequest(ConnectorId connector, Credentials credentials, ClientInfo client, Dialect dialect,
                           Duration lifetime, boolean refreshable, AccessTokenFormat format,
                           Map<String, String> extraClaims) {
    public LoginRequest {
        Objects.requireNonNull(connector);
        Objects.requireNonNull(credentials);
        Objects.requireNonNull(dialect);
        client = client == null ? ClientInfo.NONE : client;
        extraClaims = extraClaims == null ? Map.of() : Map.copyOf(extraClaims);
    }

    OpenRequest toOpenRequest(boolean pending) {
        return new OpenRequest(dialect, client, lifetime, refreshable, format, extraClaims, pending);
    }
}
