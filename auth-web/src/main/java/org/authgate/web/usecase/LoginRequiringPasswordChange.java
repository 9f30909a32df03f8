package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.audit.Actor;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.core.session.Dialect;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/**
 * A login after which the user must choose a new password at their next one (365View's "reset" flag: the user asks
 * to choose a new password). Both in one unit of work: a login whose flag could not be recorded does not happen. The
 * audit record names the dialect as actor. Only for a connector with account management; the dialect refuses the flag
 * for other connectors before it calls this.
 */
@ApplicationScoped
public class LoginRequiringPasswordChange {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    @Inject
    AccountConnectors connectors;

    @Inject
    Metrics metrics;

    public LoginOutcome login(LoginRequest request, Dialect dialect) {
        return metrics.timed(Operation.LOGIN, request.dialect(), () -> work.run(() -> {
            LoginOutcome outcome = logins.login(request);
            if (outcome instanceof LoginOutcome.LoggedIn in) {
                connectors.requireAccounts().requirePasswordChange(Actor.dialect(dialect), in.identity().subject());
            }
            return outcome;
        }), Outcomes::login);
    }
}
