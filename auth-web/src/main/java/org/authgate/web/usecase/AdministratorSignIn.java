package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.web.core.AdminSecondFactor;
import org.authgate.web.core.CoreSettings;

/**
 * An administrator signs in to the console with the core's own login (dialect {@code admin}), so the sign-in is
 * throttled, locked out and audited exactly like a login through any API. Whoever the password lets in but the
 * console must not (not an administrator, or an administrator who cannot get the second factor the console needs)
 * keeps no session.
 */
@ApplicationScoped
public class AdministratorSignIn {

    @Inject
    Login logins;

    @Inject
    Logout logouts;

    @Inject
    CoreSettings settings;

    @Inject
    AdminSecondFactor secondFactor;

    /**
     * An accepted administrator and their new session.
     *
     * @param mustEnrol the administrator has no second factor yet and must enrol one before the console lets them in
     */
    public record Accepted(LoginOutcome.LoggedIn loggedIn, boolean mustEnrol) {
    }

    /** @return empty for any refusal (wrong name, password or code, locked out, banned, or not an administrator) */
    public Optional<Accepted> signIn(LoginRequest request) {
        if (!(logins.login(request) instanceof LoginOutcome.LoggedIn in)) {
            return Optional.empty();
        }
        Identity identity = in.identity();
        if (!identity.roles().contains(settings.adminRole())) {
            // The password was right, so the core opened a session: a non-administrator keeps none.
            return refuse(in, request);
        }
        if (secondFactor.satisfiedBy(identity.connector(), identity.subject())) {
            return Optional.of(new Accepted(in, false));
        }
        if (!ConnectorId.LOCAL.equals(identity.connector())) {
            // Only a local account can hold a second factor: this administrator cannot be let in.
            return refuse(in, request);
        }
        return Optional.of(new Accepted(in, true));
    }

    private Optional<Accepted> refuse(LoginOutcome.LoggedIn in, LoginRequest request) {
        logouts.withAccessToken(in.issued().accessToken(), request.client(), request.dialect());
        return Optional.empty();
    }
}
