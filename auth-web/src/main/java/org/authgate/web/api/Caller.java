package org.authgate.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.Session;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.http.ProblemException;
import org.authgate.web.http.ProblemType;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.AdministratorSession;
import org.authgate.web.usecase.CallerSession;

/**
 * The session behind the request's bearer token, verified once per request: the native API's adapter over
 * {@link CallerSession} and {@link AdministratorSession}, turning their refusals into problem documents.
 */
@RequestScoped
public class Caller {

    @Inject
    RequestContext request;

    @Inject
    CallerSession callers;

    @Inject
    AdministratorSession administrators;

    @Inject
    CoreSettings settings;

    private Session session;
    /** The caller's session once {@link #admin} let it in, once per request. */
    private Session admitted;

    public Session session() {
        if (session == null) {
            VerifyOutcome outcome = callers.verify(bearer(), Dialect.NATIVE);
            if (!(outcome instanceof VerifyOutcome.Valid valid)) {
                throw invalid();
            }
            session = valid.session();
        }
        return session;
    }

    /** The session with its owner's current identity, verified in one transaction (the session read needs both). */
    public IdentifiedVerification.Valid sessionWithIdentity() {
        IdentifiedVerification.Valid verified = callers.verifyWithIdentity(bearer(), Dialect.NATIVE)
                .orElseThrow(Caller::invalid);
        session = verified.session();
        return verified;
    }

    /** The request's bearer token, for a use case that verifies it itself; none is the native API's 401 problem. */
    public String bearerToken() {
        return bearer();
    }

    private String bearer() {
        return request.bearerToken()
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, "send Authorization: Bearer <token>"));
    }

    /** The native API's answer to a token that is not (or no longer) good. */
    static ProblemException invalid() {
        return new ProblemException(ProblemType.INVALID_TOKEN, "the token is invalid or expired");
    }

    /**
     * The caller's session, whose owner must be an administrator now ({@link AdministratorSession}: the owner's
     * current roles, not the session's copy of the login's, and the second factor).
     */
    public Session admin() {
        if (admitted == null) {
            AdministratorSession.Verdict verdict = administrators.check(bearer(), Dialect.NATIVE);
            if (verdict.refusal() == AdministratorSession.Refusal.INVALID) {
                throw invalid();
            }
            session = verdict.session();
            if (verdict.refusal() == AdministratorSession.Refusal.NOT_ADMINISTRATOR) {
                throw new ProblemException(ProblemType.FORBIDDEN, "this needs the " + settings.adminRole() + " role");
            }
            if (verdict.refusal() == AdministratorSession.Refusal.NO_SECOND_FACTOR) {
                throw new ProblemException(ProblemType.SECOND_FACTOR_REQUIRED, "administrators need a second factor: "
                        + "enrol TOTP with POST /api/v1/totp/enrollment {password}, then /api/v1/totp/enrollment/confirm "
                        + "{code}");
            }
            admitted = session;
        }
        return admitted;
    }

    public String token() {
        return request.bearerToken().orElse(null);
    }
}
