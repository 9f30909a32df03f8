package org.authgate.connectors.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditLog;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.core.session.Dialect;

/**
 * What the admin API and console do to local accounts. Every action commits with exactly one
 * {@link AuditEvent#ADMIN_ACTION} record naming the administrator (actor), the account id (target) and the
 * {@link Action} (reason). A client mistake throws {@link AccountException} before anything changes.
 *
 * <p>Ending the sessions of an account that was disabled, banned or given a new password is the caller's decision
 * (the core's session service), not this class's.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    /** The audit reason of each action. */
    public enum Action {
        CREATE_ACCOUNT,
        BOOTSTRAP_ADMIN,
        UPDATE_ACCOUNT,
        DISABLE_ACCOUNT,
        ENABLE_ACCOUNT,
        BAN,
        UNBAN,
        RESET_PASSWORD,
        FORCE_PASSWORD_CHANGE,
        RESET_TOTP,
        UNLOCK
    }

    /** The role {@link #bootstrapAdmin} gives, which the admin API and console require. */
    public static final String ADMIN_ROLE = "admin";
    /** The actor named in the audit record of {@link #bootstrapAdmin}: no administrator exists yet. */
    public static final String BOOTSTRAP_ACTOR = "bootstrap";

    /**
     * A new account. {@code roles} and {@code attributes} may be null (none).
     *
     * @param password the initial password, checked against the password policy
     */
    public record NewAccount(
            TenantId tenant,
            String username,
            String password,
            String email,
            boolean emailVerified,
            String firstName,
            String lastName,
            Set<String> roles,
            Map<String, String> attributes,
            boolean mustChangePassword) {

        @Override
        public String toString() {
            return "NewAccount[" + tenant + ", " + username + ", password=***]";
        }
    }

    /**
     * Changes to an account's profile; a null field stays as it is, a blank text clears it. Changing the email
     * without saying whether it is verified makes it unverified: nobody verified the new address yet.
     */
    public record AccountUpdate(
            String email,
            Boolean emailVerified,
            String firstName,
            String lastName,
            Set<String> roles,
            Map<String, String> attributes) {
    }

    // A colon would break HTTP Basic (Wazo's "user:password") and the otpauth label (issuer:account).
    private static final Pattern USERNAME = Pattern.compile("[^\\s:\\p{Cntrl}]{1,128}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\\p{Cntrl}]{1,64}@[^\\s@\\p{Cntrl}]{1,189}");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_NAME = 128;
    private static final int MAX_ATTRIBUTE_VALUE = 1024;
    private static final int MAX_BAN_REASON = 512;

    private final AccountStore store;
    private final ThrottleStore throttles;
    private final AuditTrail audit;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    @Inject
    public AccountAdministration(AccountStore store, ThrottleStore throttles, AuditLog auditLog, Clock clock,
                                 LocalConnectorConfig config) {
        this(store, throttles, new AuditTrail(auditLog, clock), clock, new PasswordHasher(config.argon2()),
                PasswordPolicy.of(config));
    }

    AccountAdministration(AccountStore store, ThrottleStore throttles, AuditTrail audit, Clock clock,
                          PasswordHasher hasher, PasswordPolicy policy) {
        this.store = Objects.requireNonNull(store);
        this.throttles = Objects.requireNonNull(throttles);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.hasher = Objects.requireNonNull(hasher);
        this.policy = Objects.requireNonNull(policy);
    }

    /** For the CDI client proxy only. */
    protected AccountAdministration() {
        store = null;
        throttles = null;
        audit = null;
        clock = null;
        hasher = null;
        policy = null;
    }

    /**
     * @throws AccountException DUPLICATE_USERNAME or DUPLICATE_EMAIL (case-insensitive, per tenant), WEAK_PASSWORD,
     *                          INVALID for a malformed field
     */
    public Account create(String actor, NewAccount request) {
        return create(requireActor(actor), request, Action.CREATE_ACCOUNT);
    }

    /**
     * Creates the first administrator when the store holds no account at all, and does nothing otherwise, so it is
     * safe to call at every start.
     *
     * @return the account created, empty when accounts already existed
     */
    public Optional<Account> bootstrapAdmin(String username, String password) {
        if (store.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(create(BOOTSTRAP_ACTOR, new NewAccount(TenantId.DEFAULT, username, password, null, false,
                null, null, Set.of(ADMIN_ROLE), null, false), Action.BOOTSTRAP_ADMIN));
    }

    /** @throws AccountException NOT_FOUND, DUPLICATE_EMAIL, INVALID */
    public Account update(String actor, SubjectId id, AccountUpdate changes) {
        requireActor(actor);
        Objects.requireNonNull(changes, "changes");
        Account account = existing(id);
        String email = account.email();
        boolean verified = account.emailVerified();
        if (changes.email() != null) {
            String wanted = optionalEmail(changes.email());
            if (!Objects.equals(lower(wanted), lower(email))) {
                requireFreeEmail(account.tenant(), wanted, account.id());
                email = wanted;
                verified = false;
            }
        }
        if (changes.emailVerified() != null) {
            verified = changes.emailVerified();
        }
        Account.Builder next = account.toBuilder().email(email).emailVerified(email != null && verified);
        if (changes.firstName() != null) {
            next.firstName(name("firstName", changes.firstName()));
        }
        if (changes.lastName() != null) {
            next.lastName(name("lastName", changes.lastName()));
        }
        if (changes.roles() != null) {
            next.roles(roles(changes.roles()));
        }
        if (changes.attributes() != null) {
            next.attributes(attributes(changes.attributes()));
        }
        return change(actor, next, Action.UPDATE_ACCOUNT);
    }

    public Account setDisabled(String actor, SubjectId id, boolean disabled) {
        requireActor(actor);
        Account account = existing(id);
        return change(actor, account.toBuilder().disabled(disabled),
                disabled ? Action.DISABLE_ACCOUNT : Action.ENABLE_ACCOUNT);
    }

    /** @param reason shown to the user by dialects that have a ban reason (Azuriom); may be null */
    public Account ban(String actor, SubjectId id, String reason) {
        requireActor(actor);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_BAN_REASON) {
            throw invalid("the ban reason is longer than " + MAX_BAN_REASON + " characters");
        }
        Account account = existing(id);
        return change(actor, account.toBuilder().banned(true).banReason(why), Action.BAN);
    }

    public Account unban(String actor, SubjectId id) {
        requireActor(actor);
        Account account = existing(id);
        return change(actor, account.toBuilder().banned(false).banReason(null), Action.UNBAN);
    }

    /**
     * @param mustChange true when the user must choose their own password at their next login
     * @throws AccountException NOT_FOUND, WEAK_PASSWORD
     */
    public Account resetPassword(String actor, SubjectId id, String newPassword, boolean mustChange) {
        requireActor(actor);
        requireAcceptable(newPassword);
        Account account = existing(id);
        return change(actor, account.toBuilder().passwordHash(hasher.hash(newPassword))
                .mustChangePassword(mustChange), Action.RESET_PASSWORD);
    }

    public Account forcePasswordChange(String actor, SubjectId id) {
        requireActor(actor);
        Account account = existing(id);
        return change(actor, account.toBuilder().mustChangePassword(true), Action.FORCE_PASSWORD_CHANGE);
    }

    public Account resetTotp(String actor, SubjectId id) {
        requireActor(actor);
        Account reset = TotpEnrollment.withoutTotp(existing(id), clock);
        store.update(reset);
        audit(audit, actor, reset, Action.RESET_TOTP);
        return reset;
    }

    /**
     * Forgets the failed logins counted against the account, whether they were typed as its username or its email.
     * Failures counted against a source address stay: they may come from an attacker trying many accounts.
     */
    public Account unlock(String actor, SubjectId id) {
        requireActor(actor);
        Account account = existing(id);
        throttles.clear(ThrottleKey.account(account.tenant(), ConnectorId.LOCAL, account.username()));
        if (account.email() != null) {
            throttles.clear(ThrottleKey.account(account.tenant(), ConnectorId.LOCAL, account.email()));
        }
        audit(audit, actor, account, Action.UNLOCK);
        return account;
    }

    /** The one audit record of an administrative action; shared with {@link TotpEnrollment#reset}. */
    static void audit(AuditTrail audit, String actor, Account target, Action action) {
        audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).identity(LocalConnector.identityOf(target))
                .actor(actor).target(target.id().toString()).reason(action).write();
    }

    private Account create(String actor, NewAccount request, Action action) {
        Objects.requireNonNull(request, "request");
        TenantId tenant = Objects.requireNonNull(request.tenant(), "tenant");
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw invalid("a username is 1-128 characters without spaces or ':'");
        }
        requireAcceptable(request.password());
        String email = optionalEmail(request.email());
        // findByLogin also matches emails: a username equal to another account's email would make logins ambiguous.
        if (store.findByLogin(tenant, username).isPresent()) {
            throw new AccountException(AccountException.Kind.DUPLICATE_USERNAME, "this username is taken");
        }
        requireFreeEmail(tenant, email, null);
        Instant now = clock.instant();
        Account account = new Account.Builder()
                .id(SubjectId.random())
                .tenant(tenant)
                .username(username)
                .email(email)
                .emailVerified(email != null && request.emailVerified())
                .firstName(name("firstName", request.firstName()))
                .lastName(name("lastName", request.lastName()))
                .passwordHash(hasher.hash(request.password()))
                .roles(request.roles() == null ? Set.of() : roles(request.roles()))
                .mustChangePassword(request.mustChangePassword())
                .attributes(request.attributes() == null ? Map.of() : attributes(request.attributes()))
                .createdAt(now)
                .updatedAt(now)
                .build();
        store.insert(account);
        audit(audit, actor, account, action);
        return account;
    }

    private Account change(String actor, Account.Builder next, Action action) {
        Account after = next.updatedAt(clock.instant()).build();
        store.update(after);
        audit(audit, actor, after, action);
        return after;
    }

    private Account existing(SubjectId id) {
        return store.findById(Objects.requireNonNull(id, "account id"))
                .orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND, "no such account"));
    }

    private void requireAcceptable(String password) {
        PasswordPolicy.Verdict verdict = policy.judge(password);
        if (verdict != PasswordPolicy.Verdict.ACCEPTED) {
            throw new AccountException(AccountException.Kind.WEAK_PASSWORD, policy.explain(verdict));
        }
    }

    private void requireFreeEmail(TenantId tenant, String email, SubjectId owner) {
        if (email == null) {
            return;
        }
        Optional<Account> holder = store.findByLogin(tenant, email);
        if (holder.isPresent() && !holder.get().id().equals(owner)) {
            throw new AccountException(AccountException.Kind.DUPLICATE_EMAIL, "this email belongs to another account");
        }
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an administrative action needs an actor");
        }
        return actor;
    }

    private static String optionalEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (!EMAIL.matcher(trimmed).matches()) {
            throw invalid("not an email address");
        }
        return trimmed;
    }

    private static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME) {
            throw invalid(field + " is longer than " + MAX_NAME + " characters");
        }
        return trimmed;
    }

    private static Set<String> roles(Set<String> roles) {
        Set<String> clean = new LinkedHashSet<>();
        for (String role : roles) {
            String trimmed = role == null ? "" : role.strip();
            if (!ROLE.matcher(trimmed).matches()) {
                throw invalid("a role is 1-64 letters, digits, '_', '.', ':' or '-'");
            }
            clean.add(trimmed);
        }
        return clean;
    }

    private static Map<String, String> attributes(Map<String, String> attributes) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || !ATTRIBUTE_NAME.matcher(e.getKey()).matches()) {
                throw invalid("an attribute name is 1-64 letters, digits, '_', '.' or '-'");
            }
            if (e.getValue() == null || e.getValue().length() > MAX_ATTRIBUTE_VALUE) {
                throw invalid("attribute " + e.getKey() + " needs a value of at most " + MAX_ATTRIBUTE_VALUE
                        + " characters");
            }
            clean.put(e.getKey(), e.getValue());
        }
        return clean;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static AccountException invalid(String message) {
        return new AccountException(AccountException.Kind.INVALID, message);
    }
}
