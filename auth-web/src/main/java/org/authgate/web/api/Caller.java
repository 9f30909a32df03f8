package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.Session;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.web.core.AdminSecondFactor;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.core.Gateway;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;

/** The session behind the request's bearer token, verified once per request. */
@RequestScoped
public class Caller {

    @Inject
    RequestContext request;

    @Inject
    Gateway gateway;

    @Inject
    CoreSettings settings;

    @Inject
    AdminSecondFactor secondFactor;

    private Session session;
    /** The session owner's identity as {@link #admin} read it, once per request. */
    private Identity owner;

    public Session session() {
        if (session == null) {
            VerifyOutcome outcome = gateway.verify(bearer(), Dialect.NATIVE);
            if (!(outcome instanceof VerifyOutcome.Valid valid)) {
                throw invalid();
            }
            session = valid.session();
        }
        return session;
    }

    /** The session with its owner's current identity, verified in one transaction (the session read needs both). */
    public IdentifiedVerification.Valid sessionWithIdentity() {
        IdentifiedVerification.Valid verified = gateway.verifyWithIdentity(bearer(), Dialect.NATIVE)
                .orElseThrow(Caller::invalid);
        session = verified.session();
        return verified;
    }

    private String bearer() {
        return request.bearerToken()
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, "send Authorization: Bearer <token>"));
    }

    private static ProblemException invalid() {
        return new ProblemException(ProblemType.INVALID_TOKEN, "the token is invalid or expired");
    }

    /**
     * The caller's session, whose owner must hold the admin role now: the roles come from the owner's current
     * identity, not from the session's copy of the login's, so a demotion or ban bites at the next request. It
     * costs nothing more on a node that remembers the session ({@link Gateway#verifyWithIdentity}): the memory is
     * forgotten on every node when the account changes.
     */
    public Session admin() {
        if (owner == null) {
            owner = sessionWithIdentity().identity();
        }
        if (owner.banned() || !owner.hasRole(settings.adminRole())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "this needs the " + settings.adminRole() + " role");
        }
        requireSecondFactor(session);
        return session;
    }

    /** Checked after the role, so that only an administrator learns that a factor is missing. */
    private void requireSecondFactor(Session s) {
        if (!secondFactor.satisfiedBy(s.connector(), s.subject())) {
            throw new ProblemException(ProblemType.SECOND_FACTOR_REQUIRED, "administrators need a second factor: "
                    + "enrol TOTP with POST /api/v1/totp/enrollment {password}, then /api/v1/totp/enrollment/confirm "
                    + "{code}");
        }
    }

    public String token() {
        return request.bearerToken().orElse(null);
    }
}
