package org.authgate.core.session;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.authgate.core.token.AccessTokenFormat;

/**
 * How to open a session.
 *
 * @param lifetime requested access-token lifetime, null for the default
 * @param format   null for the configured default
 * @param state    {@link SessionState#ACTIVE}, or {@link SessionState#PENDING_SECOND_FACTOR} to open it as a
 *                 second-factor challenge
 */
public record OpenRequest(Dialect dialect, ClientInfo client, Duration lifetime, TokenGrant grant,
                          AccessTokenFormat format, Map<String, String> extraClaims, SessionState state) {
    public OpenRequest {
        Objects.requireNonNull(grant, "grant");
        if (state != SessionState.ACTIVE && state != SessionState.PENDING_SECOND_FACTOR) {
            throw new IllegalArgumentException("a session opens active or pending its second factor, not " + state);
        }
        extraClaims = extraClaims == null ? Map.of() : Map.copyOf(extraClaims);
        client = client == null ? ClientInfo.NONE : client;
    }

    public boolean refreshable() {
        return grant.refreshable();
    }

    public boolean pendingSecondFactor() {
        return state == SessionState.PENDING_SECOND_FACTOR;
    }
}
