package org.authgate.web.usecase;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.login.LoginService;
import org.authgate.core.login.LoginWithPasswordChange;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.SessionEnding;
import org.authgate.web.metrics.Metrics;
import org.authgate.web.metrics.Operation;
import org.authgate.web.metrics.Outcomes;

/**
 * A login that changes the password on the way in (365View's {@code password.former} + {@code value}): logged in
 * with the former password, the new one is set, in one unit of work; a refused new password leaves no session.
 */
@ApplicationScoped
public class LoginChangingPassword {

    @Inject
    UnitOfWork work;

    @Inject
    LoginService logins;

    @Inject
    PasswordChangeService passwords;

    @Inject
    SessionEnding sessions;

    @Inject
    Metrics metrics;

    private LoginWithPasswordChange loginWithChange;

    @PostConstruct
    void init() {
        loginWithChange = new LoginWithPasswordChange(logins, passwords, sessions);
    }

    /** @param request the login with the former password */
    public LoginWithPasswordChange.Result login(LoginRequest request, String replacement) {
        return metrics.timed(Operation.LOGIN, request.dialect(),
                () -> work.run(() -> loginWithChange.login(request, replacement)), result -> Outcomes.login(result.login()));
    }
}
