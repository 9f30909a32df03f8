package org.authgate.core.connector;

/**
 * Port: how the core asks a connector to authenticate. The server's implementation bounds the call (a timeout and
 * a number of calls that may wait on one connector at once), so that a backend that hangs costs each login at
 * most the timeout and cannot take every request thread. It answers the connector's result or throws: a
 * {@link ConnectorUnavailable} when the bound was hit, the connector's own exception when it failed. The core
 * treats both as a backend failure.
 */
@FunctionalInterface
public interface ConnectorCalls {

    AuthenticationResult authenticate(Connector connector, Credentials credentials);

    /** The call on the caller's thread, unbounded: for the core's unit tests and in-process connectors. */
    static ConnectorCalls direct() {
        return Connector::authenticate;
    }
}
