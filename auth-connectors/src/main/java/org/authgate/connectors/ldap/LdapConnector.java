package org.authgate.connectors.ldap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.AuthenticationResult.Authenticated;
import org.authgate.core.connector.AuthenticationResult.Rejected;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorHealth;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.HealthReporting;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.connector.PasswordVerifier;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/**
 * The {@code ldap} connector: finds the user's entry with the service account and the user filter, then binds as
 * that entry with the password. Lockout, throttling, sessions and audit are the core's, as for {@code local}.
 *
 * <p>Not {@link org.authgate.core.connector.InProcess}: the directory is remote and may hang, so the core calls it
 * through its bounded connector calls (a timeout, a number of waiting calls), besides the JNDI connect and read
 * timeouts of {@link LdapDirectory}. A directory that fails throws {@link LdapUnavailable}, which the core turns into
 * the dialect's normal refusal.
 *
 * <p>Not an {@link org.authgate.core.connector.IdentityLookup} on purpose: that would put a directory search in
 * every token check, and a directory outage would then reach requests that need no login. A session keeps the
 * username and roles of its login.
 */
@ApplicationScoped
public class LdapConnector implements Connector, PasswordChanger, PasswordVerifier, HealthReporting {
    public static final ConnectorId ID = new ConnectorId("ldap");

    private final LdapConnectorConfigProducer settings;
    private volatile LdapDirectory directory;
    private volatile LdapName dummyDn;
    private volatile LdapConnectorConfig currentConfig;

    @Inject
    public LdapConnector(LdapConnectorConfigProducer settings) {
        this.settings = settings;
    }

    /** For the CDI client proxy only. */
    protected LdapConnector() {
        this.settings = null;
    }

    /** For unit tests: a connector on a directory of their own. */
    LdapConnector(LdapConnectorConfig config) {
        this.settings = null;
        init(config);
    }

    @Override
    public ConnectorId id() {
        return ID;
    }

    @Override
    public LoginForm loginForm() {
        return LoginForm.passwordWithOptionalCode();
    }

    @Override
    public Map<String, String> configuration() {
        try {
            return config().asMap();
        } catch (IllegalArgumentException e) {
            // Listed on the console's connectors page even when not enabled (and so not configured): say so there
            // instead of failing the page; an enabled connector with such settings never gets this far (start-up).
            return Map.of("status", "not configured: " + e.getMessage());
        }
    }

    /**
     * An unknown login and a wrong password answer alike and cost alike: an unknown login is followed by a bind with
     * the password on a DN that does not exist, which the directory refuses as it refuses a wrong password.
     */
    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        LdapDirectory dir = directory();
        String login = credentials.login().strip();
        String password = credentials.password();
        if (login.isEmpty() || password.isEmpty()) {
            // never bind with an empty password: the directory takes it as an anonymous bind and says yes
            return Rejected.because(login.isEmpty() ? RejectionReason.UNKNOWN_USER : RejectionReason.BAD_CREDENTIALS);
        }
        Optional<LdapDirectory.Entry> found = dir.findUser(login);
        if (found.isEmpty()) {
            dir.bind(dummyDn.toString(), password);
            return Rejected.because(RejectionReason.UNKNOWN_USER);
        }
        LdapDirectory.Entry entry = found.get();
        if (!dir.bind(entry.dn().toString(), password)) {
            return Rejected.because(RejectionReason.BAD_CREDENTIALS);
        }
        return new Authenticated(identityOf(entry, credentials.tenant(), login, dir));
    }

    /** Up when the service account can read the base entry; the detail names the URLs, never the password. */
    @Override
    public ConnectorHealth health() {
        try {
            directory().ping();
            return ConnectorHealth.up("service account reads " + config().baseDn() + " on " + config().providerUrl());
        } catch (LdapUnavailable e) {
            return ConnectorHealth.down(e.getMessage());
        } catch (RuntimeException e) {
            return ConnectorHealth.down("LDAP check failed: " + e.getClass().getSimpleName());
        }
    }

    /** As the user, with the former password: the directory's ACLs and password policy decide. */
    @Override
    public Result changePassword(SubjectId subject, String former, String replacement) {
        Optional<LdapDirectory.Entry> entry = directory().findById(subject.toString());
        if (entry.isEmpty()) {
            return Result.UNKNOWN_USER;
        }
        if (replacement == null || replacement.isEmpty() || replacement.equals(former)) {
            return Result.TOO_WEAK;
        }
        return switch (directory().changePassword(entry.get().dn().toString(), former, replacement)) {
            case CHANGED -> Result.CHANGED;
            case WRONG_FORMER -> Result.WRONG_FORMER_PASSWORD;
            case REFUSED -> Result.TOO_WEAK;
        };
    }

    @Override
    public boolean verifyPassword(SubjectId subject, String password) {
        LdapDirectory dir = directory();
        Optional<LdapDirectory.Entry> entry = dir.findById(subject.toString());
        if (entry.isEmpty()) {
            dir.bind(dummyDn.toString(), password); // the same cost as for a known subject
            return false;
        }
        return dir.bind(entry.get().dn().toString(), password);
    }

    /**
     * The subject is the entry's id attribute ({@code entryUUID} by default) when it is a UUID, so that it survives a
     * rename; otherwise a UUID derived from the DN (password change and step-up then find nobody by it).
     */
    private Identity identityOf(LdapDirectory.Entry entry, TenantId tenant, String login, LdapDirectory dir) {
        LdapConnectorConfig c = config();
        LdapConnectorConfig.Attributes a = c.attributes();
        SubjectId subject = entry.first(a.id()).flatMap(LdapConnector::uuid).map(SubjectId::new)
                .orElseGet(() -> new SubjectId(UUID.nameUUIDFromBytes(
                        ("ldap:" + entry.dn().toString().toLowerCase()).getBytes(StandardCharsets.UTF_8))));
        Set<String> roles = new LinkedHashSet<>();
        for (String group : dir.groups(entry)) {
            String mapped = c.roles().get(group);
            if (mapped != null) {
                roles.addAll(Arrays.asList(mapped.split(" ")));
            }
        }
        return Identity.of(subject, tenant, ID, entry.first(a.username()).orElse(login))
                .email(entry.first(a.email()).orElse(null), false)
                .name(entry.first(a.firstName()).orElse(null), entry.first(a.lastName()).orElse(null))
                .roles(roles)
                .attributes(Map.of("dn", entry.dn().toString()))
                .build();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private LdapConnectorConfig config() {
        directory();
        return currentConfig;
    }

    private LdapDirectory directory() {
        LdapDirectory d = directory;
        if (d == null) {
            synchronized (this) {
                if (directory == null) {
                    init(settings.ldapConnectorConfig());
                }
                d = directory;
            }
        }
        return d;
    }

    private void init(LdapConnectorConfig config) {
        currentConfig = config;
        try {
            // an entry name no directory has: a bind on it costs the directory what a wrong password costs
            dummyDn = new LdapName(config.baseDn().getRdns());
            dummyDn.add(new Rdn(config.attributes().username(), "authgate-no-such-user-" + UUID.randomUUID()));
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException(e);
        }
        directory = new LdapDirectory(config);
    }
}
