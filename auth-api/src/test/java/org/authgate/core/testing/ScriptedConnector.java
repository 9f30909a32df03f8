package org.authgate.core.testing;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.IdentityLookup;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.connector.SecondFactorVerifier;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/**
 * A connector over a username/password map. Users may need a second factor: the connector accepts its
 * current code once per user and refuses it when it comes back (no replay), as TOTP does within a step.
 * It can say who a subject is now, as the local connector does. It does not change passwords;
 * {@link PasswordChangingConnector} does.
 */
public class ScriptedConnector implements Connector, SecondFactorVerifier, IdentityLookup {

    /** One user of the map. */
    protected static final class User {
        Identity identity;
        String password;
        boolean secondFactor;
        RejectionReason refusal;

        User(Identity identity, String password) {
            this.identity = identity;
            this.password = password;
        }
    }

    private final ConnectorId id;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<SubjectId, Set<String>> usedCodes = new LinkedHashMap<>();
    private String currentCode = "123456";
    private int authentications;

    public ScriptedConnector(ConnectorId id) {
        this.id = id;
    }

    @Override
    public ConnectorId id() {
        return id;
    }

    @Override
    public LoginForm loginForm() {
        return LoginForm.passwordWithOptionalCode();
    }

    /** Adds a user of {@code tenant} and returns the identity the connector will report. */
    public Identity addUser(TenantId tenant, String username, String password) {
        Identity identity = Identity.of(SubjectId.random(), tenant, id, username)
                .email(username + "@example.test", true).name("First " + username, "Last").roles(Set.of("user"))
                .createdAt(Instant.parse("2024-01-01T00:00:00Z")).build();
        users.put(key(tenant, username), new User(identity, password));
        return identity;
    }

    /** An administrator gave or took roles: the connector reports {@code roles} from now on. */
    public Identity changeRoles(TenantId tenant, String username, Set<String> roles) {
        User user = user(tenant, username);
        Identity i = user.identity;
        user.identity = i.toBuilder().roles(roles).build();
        return user.identity;
    }

    /** The user is gone from the backend (deleted): it no longer logs in nor is found. */
    public void remove(TenantId tenant, String username) {
        users.remove(key(tenant, username));
    }

    public void requireSecondFactor(TenantId tenant, String username) {
        user(tenant, username).secondFactor = true;
    }

    /** After the right password the user is refused with {@code reason} (banned, disabled...). */
    public void refuseAfterPassword(TenantId tenant, String username, RejectionReason reason) {
        user(tenant, username).refusal = reason;
    }

    /** The authenticator app moved to its next code. */
    public void nextCode(String code) {
        currentCode = code;
    }

    public String currentCode() {
        return currentCode;
    }

    /** How many times {@link #authenticate} ran: a locked account must not reach the backend. */
    public int authentications() {
        return authentications;
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        authentications++;
        User user = users.get(key(credentials.tenant(), credentials.login()));
        if (user == null) {
            return AuthenticationResult.Rejected.because(RejectionReason.UNKNOWN_USER);
        }
        if (!user.password.equals(credentials.password())) {
            return AuthenticationResult.Rejected.because(RejectionReason.BAD_CREDENTIALS);
        }
        if (user.refusal != null) {
            return new AuthenticationResult.Rejected(user.refusal, Optional.of(user.identity));
        }
        return user.secondFactor ? new AuthenticationResult.SecondFactorRequired(user.identity)
                : new AuthenticationResult.Authenticated(user.identity);
    }

    @Override
    public boolean verifySecondFactor(SubjectId subject, String code) {
        if (!currentCode.equals(code)) {
            return false;
        }
        return usedCodes.computeIfAbsent(subject, s -> new HashSet<>()).add(code);
    }

    @Override
    public Optional<Identity> findIdentity(SubjectId subject) {
        return userBySubject(subject).map(u -> u.identity);
    }

    protected Optional<User> userBySubject(SubjectId subject) {
        return users.values().stream().filter(u -> u.identity.subject().equals(subject)).findFirst();
    }

    private User user(TenantId tenant, String username) {
        User user = users.get(key(tenant, username));
        if (user == null) {
            throw new IllegalArgumentException("no user " + username + " in " + tenant);
        }
        return user;
    }

    private static String key(TenantId tenant, String username) {
        return tenant.value() + '/' + username.toLowerCase(Locale.ROOT);
    }
}
