package org.authgate.core.testing;

import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.LoginForm;

/** A backend that breaks the SPI contract by answering nothing. */
public final class NullResultConnector implements Connector {
    private final ConnectorId id;

    public NullResultConnector(ConnectorId id) {
        this.id = id;
    }

    @Override
    public ConnectorId id() {
        return id;
    }

    @Override
    public LoginForm loginForm() {
        return LoginForm.passwordWithOptionalCode();
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        return null;
    }
}
