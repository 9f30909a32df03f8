package org.authgate.core.session;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.token.AccessTokenFormat;

/**
 * How to open a session.
 *
 * @param lifetime            requested access-token lifetime, null for the default
 * @param format              null for the configured default
 * @param pendingSecondFactor open it as a second-factor challenge instead of an active session
 */
public record OpenRequest(Dialect dialect, ClientInfo client, Duration lifetime, boolean refreshable,
                          AccessTokenFormat format, Map<String, String> extraClaims, boolean pendingSecondFactor) {
    public OpenRequest {
        extraClaims = extraClaims == null ? Map.of() : Map.copyOf(extraClaims);
        client = client == null ? ClientInfo.NONE : client;
    }
}
