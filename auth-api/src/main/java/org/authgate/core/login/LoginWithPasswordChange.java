package org.authgate.core.login;

import java.util.Objects;
import org.authgate.core.connector.Credentials;
import org.authgate.core.session.IssuedSession;
import org.authgate.core.session.SessionEnding;

/**
 * Logs in with the former password and replaces it in the same unit of work (365View's login object
 * with {@code former} and a new {@code value}). The session is only handed out when the change
 * succeeded: a refused change ends it again, so the client is left with nothing half done. An account
 * that must change its password anyway (the connector answers password-expired to the plain login)
 * changes it through the connector's own expired-password path.
 */
public final class LoginWithPasswordChange {

    /**
     * @param login  the login's outcome; {@link LoginOutcome.LoggedIn} only when {@code change} is CHANGED
     * @param change null when the login itself was refused
     */
    public record Result(LoginOutcome login, PasswordChangeService.Result change) {
        public boolean succeeded() {
            return login instanceof LoginOutcome.LoggedIn && change == PasswordChangeService.Result.CHANGED;
        }
    }

    private final LoginService logins;
    private final PasswordChangeService passwords;
    private final SessionEnding sessions;

    public LoginWithPasswordChange(LoginService logins, PasswordChangeService passwords, SessionEnding sessions) {
        this.logins = Objects.requireNonNull(logins);
        this.passwords = Objects.requireNonNull(passwords);
        this.sessions = Objects.requireNonNull(sessions);
    }

    /** @param request a login whose credentials carry the former password */
    public Result login(LoginRequest request, String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        LoginOutcome outcome = logins.login(request);
        if (outcome instanceof LoginOutcome.Refused refused
                && refused.refusal() == LoginOutcome.Refusal.PASSWORD_EXPIRED) {
            Credentials c = request.credentials();
            LoginRequest renewing = request.withCredentials(new Credentials(c.tenant(), c.login(), c.password(),
                    c.secondFactorCode(), replacement, c.fields()));
            LoginOutcome renewed = logins.login(renewing);
            return new Result(renewed, renewed instanceof LoginOutcome.LoggedIn
                    ? PasswordChangeService.Result.CHANGED : PasswordChangeService.Result.TOO_WEAK);
        }
        if (!(outcome instanceof LoginOutcome.LoggedIn in)) {
            return new Result(outcome, null);
        }
        IssuedSession issued = in.issued();
        PasswordChangeService.Result change = passwords.change(issued.session(), request.credentials().password(),
                replacement, OtherSessions.END, request.client(), request.dialect());
        if (change != PasswordChangeService.Result.CHANGED) {
            sessions.logout(issued.accessToken(), request.client(), request.dialect());
        }
        return new Result(outcome, change);
    }
}
