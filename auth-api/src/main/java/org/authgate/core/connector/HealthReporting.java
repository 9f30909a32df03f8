package org.authgate.core.connector;

/**
 * Capability: the connector can check that its backend answers (the admin console's Connectors page shows it).
 * Called inside a transaction; it must not throw for a backend that is down but answer
 * {@link ConnectorHealth#down}, and it should be cheap: an administrator may press the button often.
 */
public interface HealthReporting {
    ConnectorHealth health();
}
