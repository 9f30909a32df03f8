package org.authgate.web.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Credentials;

/**
 * Test-only connector {@value #ID}: a backend that fails on every login with a message no client may see.
 * Enabled in the ITs' server through {@code AUTHGATE_CONNECTORS_ENABLED}.
 */
@ApplicationScoped
public class FailingConnector extends TestConnector {
    public static final String ID = "test-failing";
    public static final String SECRET_MESSAGE = "ldap://10.9.8.7 refused bind for cn=svc-secret";

    public FailingConnector() {
        super(ID);
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        throw new IllegalStateException(SECRET_MESSAGE);
    }
}
