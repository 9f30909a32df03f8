package org.authgate.core.session;

import java.util.Optional;

/** A session with the secrets handed to the client once; only their hashes are stored. */
public record IssuedSession(Session session, String accessToken, String refreshToken) {

    public Optional<String> refreshTokenIfAny() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public String toString() {
        return "IssuedSession[" + session.id() + "]";
    }
}
