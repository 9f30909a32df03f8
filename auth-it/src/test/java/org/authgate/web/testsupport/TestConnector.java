package org.authgate.web.testsupport;

import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.LoginForm;

/** What every test-only connector shares: a fixed id and the usual login form. */
public abstract class TestConnector implements Connector {
    private final ConnectorId id;

    protected TestConnector(String id) {
        this.id = new ConnectorId(id);
    }

    @Override
    public ConnectorId id() {
        return id;
    }

    @Override
    public LoginForm loginForm() {
        return LoginForm.passwordWithOptionalCode();
    }
}
