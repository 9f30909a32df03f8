package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRateLimit;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/** A login through any dialect: the lockout, the connector's answer, the session and the audit record. */
@ApplicationScoped
public class Login {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    @Inject
    LoginRateLimit loginRate;

    @Inject
    Metrics metrics;

    /**
     * A connector with a remote backend is asked between two transactions: after a read of the lockout (a locked
     * login never reaches the backend) and before the unit of work that writes the outcome, so that a slow or
     * hanging backend holds neither a transaction nor a database connection while it is waited for.
     */
    public LoginOutcome login(LoginRequest request) {
        return metrics.timed(Operation.LOGIN, request.dialect(), () -> attempt(request), Outcomes::login);
    }

    private LoginOutcome attempt(LoginRequest request) {
        Optional<AuthenticationResult> answered = logins.asksAhead(request)
                && !work.run(() -> logins.isLockedOut(request))
                ? Optional.of(logins.askConnector(request)) : Optional.empty();
        return work.run(() -> logins.login(request, answered));
    }

    /**
     * A login under a per-client rate on top of the lockout (Kuzzle's {@code limits.loginsPerSecond}): the attempt is
     * counted in a unit of its own first, so that a refused one leaves its count committed and never reaches the
     * connector. An empty answer is the rate's refusal.
     */
    public Optional<LoginOutcome> loginWithin(LoginRateLimit.Rate rate, LoginRequest request) {
        return metrics.timed(Operation.LOGIN, request.dialect(), () -> work.run(() -> loginRate.admit(request, rate))
                ? Optional.of(attempt(request)) : Optional.<LoginOutcome>empty(),
                outcome -> outcome.map(Outcomes::login).orElse("rate_limited"));
    }
}
