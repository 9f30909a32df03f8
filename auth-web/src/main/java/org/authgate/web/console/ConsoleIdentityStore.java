package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.TenantId;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.TokenGrant;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.http.RequestContext;
import org.authgate.web.usecase.AdministratorSignIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a console sign-in with the core's own login (dialect {@code admin}), so it is throttled, locked
 * out and audited exactly like a login through any API ({@link #verify}); Jakarta Security then receives
 * only accepted administrators ({@link #validate}), who get the console role.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    AdministratorSignIn signIns;

    @Inject
    CoreSettings settings;

    @Inject
    RequestContext request;

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    ConsoleUser user;

    @Inject
    @ConfigProperty(name = "authgate.console.connector", defaultValue = "local")
    String connector;

    @Inject
    @ConfigProperty(name = "authgate.console.idle-timeout-seconds", defaultValue = "900")
    int idleTimeoutSeconds;

    /**
     * A sign-in the core accepted.
     *
     * @param mustEnrol the administrator has no second factor yet: the console lets them in once they enrolled one
     */
    public record Accepted(ConsoleCredential credential, boolean mustEnrol) {
    }

    @Override
    public Set<ValidationType> validationTypes() {
        // Groups come with the validation result: the store both checks and authorizes.
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    /**
     * Checks a sign-in with the core. Refusals stay here, in the sign-in page: handing a failure to the
     * container's mechanism would let the server answer it (WildFly ends the response with a bare 401).
     *
     * @return the credential to authenticate with, or empty for any refusal (wrong name, password or code,
     *         locked out, banned, or not an administrator: the page shows the same message for each)
     */
    public Optional<Accepted> verify(String username, String password, String code) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        ClientInfo client = request.client("authgate-console");
        Credentials credentials = new Credentials(TenantId.DEFAULT, username.strip(), password, code, null, Map.of());
        // The console re-verifies this session at every request (ConsoleSessionCheck), so it must last as long as
        // the console may be used: the longest lifetime allowed; the console's own idle timeout ends it sooner.
        return signIns.signIn(new LoginRequest(new ConnectorId(connector), credentials, client, Dialect.ADMIN,
                settings.sessionPolicy().maxLifetime(), TokenGrant.ACCESS_ONLY, null, Map.of())).map(accepted -> {
                    LoginOutcome.LoggedIn in = accepted.loggedIn();
                    return new Accepted(new ConsoleCredential(in.identity().username(),
                            in.issued().session().id().toString(), in.issued().accessToken(), in.identity().subject(),
                            in.identity().connector()), accepted.mustEnrol());
                });
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ConsoleCredential verified)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // A new session id now that the caller is authenticated: an id planted before sign-in (session
        // fixation) is worth nothing afterwards. The session's attributes move to the new id.
        servletRequest.getSession(true);
        servletRequest.changeSessionId();
        servletRequest.getSession().setMaxInactiveInterval(idleTimeoutSeconds);
        user.signedIn(verified.username(), verified.sessionId(), verified.accessToken());
        return new CredentialValidationResult(verified.username(), Set.of(ConsoleSecurity.CONSOLE_ROLE));
    }
}
