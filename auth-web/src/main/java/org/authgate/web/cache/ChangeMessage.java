package org.authgate.web.cache;

import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.VerifiedSessions;

/**
 * What changed, as the payload of one notification: {@code s:<session id>} or {@code a:<subject id>}. Ids only:
 * the channel is readable by anyone who may LISTEN on the database, so no token or hash travels on it.
 */
record ChangeMessage(String text) {
    private static final String SESSION = "s:";
    private static final String ACCOUNT = "a:";

    static ChangeMessage session(SessionId id) {
        return new ChangeMessage(SESSION + id.value());
    }

    static ChangeMessage account(SubjectId id) {
        return new ChangeMessage(ACCOUNT + id.value());
    }

    /** Parses a payload; empty for one this version does not know (a newer node's), which is then ignored. */
    static Optional<ChangeMessage> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        try {
            if (payload.startsWith(SESSION)) {
                return Optional.of(session(new SessionId(java.util.UUID.fromString(payload.substring(2)))));
            }
            if (payload.startsWith(ACCOUNT)) {
                return Optional.of(account(SubjectId.parse(payload.substring(2))));
            }
        } catch (IllegalArgumentException e) {
            // not ours
        }
        return Optional.empty();
    }

    void applyTo(VerifiedSessions cache) {
        java.util.UUID id = java.util.UUID.fromString(text.substring(2));
        if (text.startsWith(SESSION)) {
            cache.forgetSession(new SessionId(id));
        } else {
            cache.forgetSubject(new SubjectId(id));
        }
    }
}
