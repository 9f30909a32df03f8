package org.authgate.core.connector;

/**
 * A connector was not asked or did not answer in time: its calls were all taken by logins still waiting on it,
 * or it did not answer within the timeout. The core refuses the login as a backend failure; the message names the
 * connector and the bound, never the credentials.
 */
public final class ConnectorUnavailable extends RuntimeException {

    public ConnectorUnavailable(String message) {
        super(message, null, false, false); // an expected refusal: no stack trace to fill or log
    }
}
