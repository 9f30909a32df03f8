package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.identity.TenantId;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.login.LoginRequest;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.core.Gateway;
import org.authgate.web.http.RequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a console sign-in with the core's own login (dialect {@code admin}), so it is throttled, locked
 * out and audited exactly like a login through any API. Only identities holding the configured admin
 * role get the console role; anyone else's freshly opened core session is ended at once.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    Gateway gateway;

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

    @Override
    public Set<ValidationType> validationTypes() {
        // Groups come with the validation result: the store both checks and authorizes.
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ConsoleCredential console)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        ClientInfo client = request.client("authgate-console");
        Credentials credentials = new Credentials(TenantId.DEFAULT, console.username(), console.password(),
                console.code(), null, Map.of());
        LoginOutcome outcome = gateway.login(new LoginRequest(new ConnectorId(connector), credentials, client,
                Dialect.ADMIN, null, false, null, Map.of()));
        if (!(outcome instanceof LoginOutcome.LoggedIn in)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!in.identity().roles().contains(settings.adminRole())) {
            gateway.logout(in.issued().accessToken(), client, Dialect.ADMIN);
            return CredentialValidationResult.INVALID_RESULT;
        }
        // A new session id now that the caller is authenticated: an id planted before sign-in (session
        // fixation) is worth nothing afterwards. The session's attributes move to the new id.
        servletRequest.getSession(true);
        servletRequest.changeSessionId();
        servletRequest.getSession().setMaxInactiveInterval(idleTimeoutSeconds);
        user.signedIn(in.identity().username(), in.issued().session().id().toString(), in.issued().accessToken());
        return new CredentialValidationResult(in.identity().username(), Set.of(ConsoleSecurity.CONSOLE_ROLE));
    }
}
