package org.authgate.core.connector;

import java.util.Objects;

/**
 * What a connector says of its backend right now.
 *
 * @param detail for an administrator's eyes: what was checked, never a secret, a host's password or a
 *               stack trace
 */
public record ConnectorHealth(boolean up, String detail) {
    public ConnectorHealth {
        Objects.requireNonNull(detail, "detail");
    }

    public static ConnectorHealth up(String detail) {
        return new ConnectorHealth(true, detail);
    }

    public static ConnectorHealth down(String detail) {
        return new ConnectorHealth(false, detail);
    }
}
