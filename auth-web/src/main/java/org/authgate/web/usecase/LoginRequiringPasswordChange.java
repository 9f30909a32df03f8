package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.connectors.local.AccountAdministration;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;

/**
 * A login after which the account must change its password at its next login (365View's {@code password.reset}: the
 * user asks to choose a new password). Both in one unit of work: no session without the flag.
 */
@ApplicationScoped
public class LoginRequiringPasswordChange {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    // TRANSITIONAL (issue 14): the local connector's administration, until account management is a connector
    // capability; then this asks the login's connector for it, and web.usecase imports no connector.
    @Inject
    AccountAdministration accounts;

    /** @param actor who the audit record names as having required the change (the dialect) */
    public LoginOutcome login(LoginRequest request, String actor) {
        return work.run(() -> {
            LoginOutcome outcome = logins.login(request);
            if (outcome instanceof LoginOutcome.LoggedIn in) {
                accounts.forcePasswordChange(actor, in.identity().subject());
            }
            return outcome;
        });
    }
}
