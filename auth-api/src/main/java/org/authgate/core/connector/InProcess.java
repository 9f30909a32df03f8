package org.authgate.core.connector;

/**
 * Capability marker: the connector's backend is this server's own database, read and written in the caller's
 * transaction (the {@code local} connector). It has no remote backend that could hang, and it needs the caller's
 * transaction, so {@link ConnectorCalls} runs it on the caller's thread, without the connector timeout; the
 * database's own limits bound it.
 */
public interface InProcess {
}
