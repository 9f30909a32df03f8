package org.authgate.web.usecase;

import java.util.Objects;
import java.util.Optional;
import org.authgate.core.audit.Actor;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.SessionId;

/**
 * Who asks for an administrative change and from where: the {@link Actor} (audit records, the self-lockout rule),
 * the client (the records of the sessions a change ends) and the session the administrator is using, which a change
 * of their own account (a password reset) leaves alone; empty ends it too (the console, which signs in again).
 */
public record AdminCall(Actor actor, ClientInfo client, Optional<SessionId> ownSession) {
    public AdminCall {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(ownSession, "ownSession");
    }
}
