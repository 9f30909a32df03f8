package org.authgate.web.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.OtherSessions;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.IdentifiedVerification;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionEnding;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionVerification;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.web.usecase.CallerSession;
import org.authgate.web.usecase.ChangePassword;
import org.authgate.web.usecase.Login;
import org.authgate.web.usecase.Logout;
import org.authgate.web.usecase.Refresh;
import org.authgate.web.usecase.SecondFactor;
import org.authgate.web.usecase.UnitOfWork;

/**
 * TRANSITIONAL (issue 14): the old door, now forwarding to the use cases of {@code web.usecase}. Callers move to the
 * use cases; this class goes when the last one has.
 */
@Deprecated(forRemoval = true)
@ApplicationScoped
public class Gateway {

    @Inject
    UnitOfWork work;

    @Inject
    Login logins;

    @Inject
    SecondFactor secondFactor;

    @Inject
    CallerSession callers;

    @Inject
    Refresh refreshes;

    @Inject
    Logout logouts;

    @Inject
    ChangePassword passwords;

    @Inject
    SessionEnding sessions;

    @Inject
    SessionVerification verification;

    public LoginOutcome login(LoginRequest request) {
        return logins.login(request);
    }

    public LoginOutcome completeSecondFactor(String challenge, String code, ClientInfo client, Dialect dialect,
                                             Map<String, String> extraClaims) {
        return secondFactor.complete(challenge, code, client, dialect, extraClaims);
    }

    public VerifyOutcome verify(String accessToken, Dialect dialect) {
        return callers.verify(accessToken, dialect);
    }

    public RefreshOutcome refresh(String refreshToken, RefreshRequest request) {
        return refreshes.refresh(refreshToken, request);
    }

    public boolean logout(String accessToken, ClientInfo client, Dialect dialect) {
        return logouts.withAccessToken(accessToken, client, dialect);
    }

    public boolean logoutByRefreshToken(String refreshToken, ClientInfo client, Dialect dialect) {
        return logouts.withRefreshToken(refreshToken, client, dialect);
    }

    public int endAllOf(SubjectId subject, SessionId keep, EndReason reason, ClientInfo client, Dialect dialect,
                        String actor) {
        return run(() -> sessions.endAllOf(subject, keep, reason, client, dialect, actor));
    }

    public boolean revoke(SessionId id, String actor, ClientInfo client, Dialect dialect) {
        return run(() -> sessions.revoke(id, actor, client, dialect));
    }

    public PasswordChangeService.Result changePassword(Session session, String former, String replacement,
                                                       OtherSessions endOthers, ClientInfo client, Dialect dialect) {
        return passwords.change(session, former, replacement, endOthers, client, dialect);
    }

    public Optional<Session> findSession(SessionId id) {
        return run(() -> verification.find(id));
    }

    public Optional<IdentifiedVerification.Valid> verifyWithIdentity(String accessToken, Dialect dialect) {
        return callers.verifyWithIdentity(accessToken, dialect);
    }

    public IdentifiedVerification.Result verifyIdentified(String accessToken, Dialect dialect) {
        return callers.verifyIdentified(accessToken, dialect);
    }

    public <T> T run(Supplier<T> unit) {
        return work.run(unit);
    }
}
