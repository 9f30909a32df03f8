package org.authgate.web.console;

import jakarta.security.enterprise.credential.Credential;
import java.io.Serializable;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;

/**
 * An administrator whose sign-in the core has just accepted ({@link ConsoleIdentityStore#verify}). Only
 * that method makes one, inside the server, so a client cannot present it. It never shows the token.
 * Serializable because an administrator who must still enrol a second factor waits in the HTTP session
 * ({@link ConsoleEnrolment}).
 */
public final class ConsoleCredential implements Credential, Serializable {
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String sessionId;
    private final String accessToken;
    // As text: the domain's value types are not Serializable.
    private final String subject;
    private final String connector;

    ConsoleCredential(String username, String sessionId, String accessToken, SubjectId subject,
                      ConnectorId connector) {
        this.username = username;
        this.sessionId = sessionId;
        this.accessToken = accessToken;
        this.subject = subject.toString();
        this.connector = connector.value();
    }

    SubjectId subject() {
        return SubjectId.parse(subject);
    }

    ConnectorId connector() {
        return new ConnectorId(connector);
    }

    String username() {
        return username;
    }

    String sessionId() {
        return sessionId;
    }

    String accessToken() {
        return accessToken;
    }

    @Override
    public String toString() {
        return "ConsoleCredential[" + username + ", ***]";
    }
}
