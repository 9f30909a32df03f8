package org.authgate.core.session;

import java.time.Duration;
import java.util.Map;

/**
 * @param lifetime null to keep the session's lifetime
 */
public record RefreshRequest(Dialect dialect, ClientInfo client, Duration lifetime, Map<String, String> extraClaims) {
    public RefreshRequest {
        extraClaims = extraClaims == null ? Map.of() : Map.copyOf(extraClaims);
        client = client == null ? ClientInfo.NONE : client;
    }

    public static RefreshRequest of(Dialect dialect, ClientInfo client) {
        return new RefreshRequest(dialect, client, null, Map.of());
    }
}
