package org.authgate.connectors.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.account.PasswordStanding;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.connector.AccountImport;
import org.authgate.core.connector.AccountDeletion;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.AuthenticationResult.Authenticated;
import org.authgate.core.connector.AuthenticationResult.Rejected;
import org.authgate.core.connector.AuthenticationResult.SecondFactorRequired;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorHealth;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.HashingPool;
import org.authgate.core.connector.HealthReporting;
import org.authgate.core.connector.InProcess;
import org.authgate.core.connector.IdentityLookup;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.connector.PasswordChanger;
import org.authgate.core.connector.PasswordVerifier;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.connector.SecondFactorManagement;
import org.authgate.core.connector.SecondFactorVerifier;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;

/**
 * The {@code local} connector: accounts kept by authgate through the {@link AccountStore} port, Argon2id passwords,
 * optional TOTP. Its accounts are administered here too: the capabilities {@link AccountManagement},
 * {@link AccountDeletion}, {@link AccountImport} and {@link SecondFactorManagement} forward to {@link AccountAdministration} and {@link TotpEnrollment}, which the
 * connector owns, so that the use cases find them by asking the connector, as they would ask any other.
 *
 * <p>Not {@code @Transactional} on purpose: the core calls it inside its own unit of work and turns a thrown
 * exception into a refused, audited login; an interceptor here would mark that unit rollback-only and lose the
 * audit record.
 */
@ApplicationScoped
public class LocalConnector implements Connector, PasswordChanger, PasswordVerifier, SecondFactorVerifier,
        IdentityLookup, HealthReporting, InProcess, AccountManagement, SecondFactorManagement, AccountImport,
        AccountDeletion, HashingPool {
    private static final Logger LOG = Logger.getLogger(LocalConnector.class.getName());
    /**
     * The dialect of the records the connector writes on its own during a login (a rehash): the login's own record,
     * written by the core, names the dialect the user came through.
     */
    static final Dialect CONNECTOR = Dialect.CONNECTOR;

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final Totp totp;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final Map<String, String> configuration;
    private final AccountAdministration administration;
    private final TotpEnrollment enrollment;
    private final AuditTrail audit;

    @Inject
    public LocalConnector(AccountStore store, LocalConnectorConfig config, Clock clock,
                          AccountAdministration administration, TotpEnrollment enrollment, AuditTrail audit) {
        this(store, new PasswordHasher(config.argon2()), new Totp(), PasswordPolicy.of(config),
                clock, config.asMap(), administration, enrollment, audit);
    }

    LocalConnector(AccountStore store, PasswordHasher hasher, Totp totp, PasswordPolicy policy, Clock clock,
                   AccountAdministration administration, TotpEnrollment enrollment, AuditTrail audit) {
        this(store, hasher, totp, policy, clock, Map.of(), administration, enrollment, audit);
    }

    private LocalConnector(AccountStore store, PasswordHasher hasher, Totp totp, PasswordPolicy policy, Clock clock,
                           Map<String, String> configuration, AccountAdministration administration,
                           TotpEnrollment enrollment, AuditTrail audit) {
        this.audit = Objects.requireNonNull(audit);
        this.administration = Objects.requireNonNull(administration);
        this.enrollment = Objects.requireNonNull(enrollment);
        // In the order given (the console lists them so), and read-only.
        this.configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        this.store = Objects.requireNonNull(store);
        this.hasher = Objects.requireNonNull(hasher);
        this.totp = Objects.requireNonNull(totp);
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    /** For the CDI client proxy only. */
    protected LocalConnector() {
        administration = null;
        enrollment = null;
        audit = null;
        configuration = null;
        store = null;
        hasher = null;
        totp = null;
        policy = null;
        clock = null;
    }

    @Override
    public ConnectorId id() {
        return ConnectorId.LOCAL;
    }

    @Override
    public LoginForm loginForm() {
        return LoginForm.passwordWithOptionalCode();
    }

    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    /** Up when the account store answers a count; the count shows the administrator which database this is. */
    @Override
    public Load hashingLoad() {
        return PasswordHasher.load();
    }

    @Override
    public ConnectorHealth health() {
        try {
            return ConnectorHealth.up("account store answers: " + store.count() + " accounts");
        } catch (RuntimeException e) {
            // The exception's message may name hosts or users; its type is enough to start looking.
            return ConnectorHealth.down("account store failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Besides the usual answers: an account that must change its password logs in only when the credentials carry
     * an acceptable new password (which is then set); when it also has TOTP, the code must come in the same request,
     * or a stolen password alone could replace the password of a protected account.
     */
    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        String login = credentials.login().strip();
        Optional<Account> found = login.isEmpty() ? Optional.empty() : store.findByLogin(credentials.tenant(), login);
        if (found.isEmpty()) {
            hasher.dummyVerify(credentials.password());
            return Rejected.because(RejectionReason.UNKNOWN_USER);
        }
        Account account = found.get();
        if (!hasher.verify(credentials.password(), account.passwordHash())) {
            return Rejected.because(RejectionReason.BAD_CREDENTIALS);
        }
        Identity identity = identityOf(account);
        if (account.banned()) {
            return new Rejected(RejectionReason.BANNED, Optional.of(identity));
        }
        if (account.disabled()) {
            return new Rejected(RejectionReason.DISABLED, Optional.of(identity));
        }
        if (account.mustChangePassword()) {
            Optional<RejectionReason> refused = replaceExpiredPassword(account, credentials);
            if (refused.isPresent()) {
                return new Rejected(refused.get(), Optional.of(identity));
            }
        } else if (hasher.needsRehash(account.passwordHash())) {
            rehash(account, credentials.password());
        }
        return account.totpEnabled() ? new SecondFactorRequired(identity) : new Authenticated(identity);
    }

    @Override
    public boolean verifySecondFactor(SubjectId subject, String code) {
        Optional<Account> found = store.findById(subject);
        if (found.isEmpty() || !found.get().totpEnabled()) {
            return false;
        }
        Account account = found.get();
        OptionalLong step = freshStep(account, code);
        if (step.isEmpty()) {
            return false;
        }
        try {
            store.update(account.toBuilder().totpLastStep(step.getAsLong()).updatedAt(clock.instant()).build());
            return true;
        } catch (RuntimeException e) {
            // Another request recorded a step first, perhaps with this very code: refusing is the safe answer.
            LOG.log(Level.WARNING, "could not record the TOTP step of account " + subject + "; code refused", e);
            return false;
        }
    }

    @Override
    public Result changePassword(SubjectId subject, String former, String replacement) {
        Optional<Account> found = store.findById(subject);
        if (found.isEmpty()) {
            return Result.UNKNOWN_USER;
        }
        Account account = found.get();
        if (former == null || !hasher.verify(former, account.passwordHash())) {
            return Result.WRONG_FORMER_PASSWORD;
        }
        if (!policy.accepts(replacement) || replacement.equals(former)) {
            return Result.TOO_WEAK;
        }
        store.update(account.toBuilder().passwordHash(hasher.hash(replacement)).mustChangePassword(false)
                .updatedAt(clock.instant()).build());
        return Result.CHANGED;
    }

    /** Costs one hash whether or not the account exists, like a login. */
    @Override
    public boolean verifyPassword(SubjectId subject, String password) {
        Optional<Account> found = store.findById(subject);
        if (found.isEmpty()) {
            hasher.dummyVerify(password);
            return false;
        }
        return hasher.verify(password, found.get().passwordHash());
    }

    @Override
    public Optional<Identity> findIdentity(SubjectId subject) {
        return store.findById(subject).map(LocalConnector::identityOf);
    }

    // AccountManagement: one line each, the actions are AccountAdministration's.

    @Override
    public List<Account> list(TenantId tenant, String query, int offset, int limit) {
        return administration.list(tenant, query, offset, limit);
    }

    @Override
    public List<Account> listHolding(String role) {
        return administration.listHolding(role);
    }

    @Override
    public List<Account> listPendingRehash(TenantId tenant, String query, int offset, int limit) {
        return administration.listPendingRehash(tenant, query, offset, limit);
    }

    /** Pending exactly when a login would rehash it; weak as {@link HashStrength} says. */
    @Override
    public Optional<PasswordStanding> passwordStanding(Account account) {
        String stored = account.passwordHash();
        return Optional.of(new PasswordStanding(HashFormat.schemeOf(stored), hasher.needsRehash(stored),
                HashStrength.weak(stored)));
    }

    @Override
    public Optional<Account> find(SubjectId id) {
        return administration.find(id);
    }

    @Override
    public boolean isEmpty() {
        return administration.isEmpty();
    }

    @Override
    public Account create(Actor actor, NewAccount account) {
        return administration.create(actor, account);
    }

    @Override
    public Account update(Actor actor, SubjectId id, AccountUpdate changes) {
        return administration.update(actor, id, changes);
    }

    @Override
    public Account disable(Actor actor, SubjectId id) {
        return administration.disable(actor, id);
    }

    @Override
    public Account enable(Actor actor, SubjectId id) {
        return administration.enable(actor, id);
    }

    @Override
    public Account ban(Actor actor, SubjectId id, String reason) {
        return administration.ban(actor, id, reason);
    }

    @Override
    public Account unban(Actor actor, SubjectId id) {
        return administration.unban(actor, id);
    }

    @Override
    public Account resetPassword(Actor actor, SubjectId id, PasswordReset reset) {
        return administration.resetPassword(actor, id, reset);
    }

    @Override
    public Account requirePasswordChange(Actor actor, SubjectId id) {
        return administration.requirePasswordChange(actor, id);
    }

    @Override
    public Account unlock(Actor actor, SubjectId id) {
        return administration.unlock(actor, id);
    }

    // AccountDeletion and AccountImport: AccountAdministration's too.

    @Override
    public void delete(Actor actor, SubjectId id) {
        administration.delete(actor, id);
    }

    @Override
    public AccountImport.Outcome importAccount(Actor actor, ImportedAccount account) {
        return administration.importAccount(actor, account);
    }

    @Override
    public List<AccountImport.Outcome> importAccounts(Actor actor, List<ImportedAccount> accounts) {
        return administration.importAccounts(actor, accounts);
    }

    // SecondFactorManagement: TotpEnrollment's.

    @Override
    public boolean hasSecondFactor(SubjectId subject) {
        return enrollment.isEnabled(subject);
    }

    @Override
    public PendingTotp beginTotp(SubjectId subject) {
        return enrollment.begin(subject);
    }

    @Override
    public boolean confirmTotp(SubjectId subject, String code, Dialect dialect, ClientInfo client) {
        return enrollment.confirm(subject, code, dialect, client);
    }

    @Override
    public Account removeTotp(Actor actor, SubjectId subject) {
        return enrollment.reset(actor, subject);
    }

    /** How every dialect sees a local account; shared with the administration's audit records. */
    static Identity identityOf(Account a) {
        Identity.Builder identity = Identity.of(a.id(), a.tenant(), ConnectorId.LOCAL, a.username())
                .email(a.email(), a.emailVerified()).name(a.firstName(), a.lastName()).roles(a.roles())
                .createdAt(a.createdAt()).attributes(a.attributes());
        return (a.banned() ? identity.banned(a.banReason()) : identity).build();
    }

    private Optional<RejectionReason> replaceExpiredPassword(Account account, Credentials credentials) {
        String replacement = credentials.newPassword();
        if (replacement == null || !policy.accepts(replacement) || replacement.equals(credentials.password())) {
            return Optional.of(RejectionReason.PASSWORD_EXPIRED);
        }
        if (account.totpEnabled()) {
            if (credentials.code().isEmpty()) {
                return Optional.of(RejectionReason.PASSWORD_EXPIRED);
            }
            // Checked without recording the step: the core verifies the same code next, and that consumes it.
            if (freshStep(account, credentials.code().get()).isEmpty()) {
                return Optional.of(RejectionReason.INVALID_SECOND_FACTOR);
            }
        }
        store.update(account.toBuilder().passwordHash(hasher.hash(replacement)).mustChangePassword(false)
                .updatedAt(clock.instant()).build());
        return Optional.empty();
    }

    /**
     * Replaces a hash of another format or cost (an imported bcrypt or PBKDF2 hash, an Argon2id of older parameters)
     * in the login's own unit of work, with a PASSWORD_REHASHED record naming the format replaced: until then an
     * imported hash keeps working, after it the old hash is gone.
     */
    private void rehash(Account account, String password) {
        Account after = account.toBuilder().passwordHash(hasher.hash(password)).updatedAt(clock.instant()).build();
        try {
            store.update(after);
        } catch (RuntimeException e) {
            // A concurrent update won; the next login rehashes. Not worth refusing a right password for.
            LOG.log(Level.INFO, "could not rehash the password of account " + account.id(), e);
            return;
        }
        String replaced = HashFormat.of(account.passwordHash()).map(Enum::name).orElse("UNKNOWN");
        // Qualified: AccountImport's Outcome, a member type of this class, hides the audit's.
        audit.of(AuditEvent.PASSWORD_REHASHED, org.authgate.core.audit.Outcome.SUCCESS, CONNECTOR).identity(identityOf(after))
                .actor(ConnectorId.LOCAL.toString()).target(account.id().toString()).reason(replaced).write();
    }

    /** The step {@code code} belongs to when it is valid now and later than the last one accepted. */
    private OptionalLong freshStep(Account account, String code) {
        OptionalLong step;
        try {
            step = totp.matchingStep(account.totpSecret(), code, clock.instant());
        } catch (IllegalArgumentException e) {
            LOG.warning("account " + account.id() + " has an unreadable TOTP secret");
            return OptionalLong.empty();
        }
        if (step.isPresent() && step.getAsLong() <= account.totpLastStep()) {
            return OptionalLong.empty();
        }
        return step;
    }
}
