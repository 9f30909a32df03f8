package org.authgate.web.console;

import jakarta.security.enterprise.credential.Credential;

/**
 * An administrator whose sign-in the core has just accepted ({@link ConsoleIdentityStore#verify}). Only
 * that method makes one, inside the server, so a client cannot present it. It never shows the token.
 */
public final class ConsoleCredential implements Credential {
    private final String username;
    private final String sessionId;
    private final String accessToken;

    ConsoleCredential(String username, String sessionId, String accessToken) {
        this.username = username;
        this.sessionId = sessionId;
        this.accessToken = accessToken;
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
