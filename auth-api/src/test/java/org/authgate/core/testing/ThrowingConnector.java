package org.authgate.core.testing;

import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.LoginForm;

/** A backend that is down: every check throws, with a message that must never reach a client. */
public final class ThrowingConnector implements Connector {
    public static final String SECRET_MESSAGE = "ldap://10.0.0.5 bind as cn=admin failed: secret=hunter2";

    private final ConnectorId id;
    private final RuntimeException failure;

    public ThrowingConnector(ConnectorId id) {
        this(id, null);
    }

    /** One that throws {@code failure} (null: an exception carrying {@link #SECRET_MESSAGE}). */
    public ThrowingConnector(ConnectorId id, RuntimeException failure) {
        this.id = id;
        this.failure = failure;
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
        throw failure != null ? failure : new IllegalStateException(SECRET_MESSAGE);
    }
}
