package org.authgate.connectors.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountStore;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.ImportedAccount;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.NextLogin;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.connector.AccountImport;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;

/**
 * The local connector's {@link org.authgate.core.connector.AccountManagement} (reached through
 * {@link LocalConnector}): what administrators do to local accounts. Every action commits with exactly one
 * ADMIN_ACTION record ({@link AdminAudit}); a client mistake throws {@link AccountRefusal} before anything changes.
 * Field checks live in {@link AccountFields}, the password rules in {@link PasswordPolicy}.
 *
 * <p>Ending the sessions of an account that was disabled, banned or given a new password, and refusing an
 * administrator's own lockout, are the use cases' (they hold for every connector), not this class's.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    private final AccountStore store;
    private final ThrottleStore throttles;
    private final AdminAudit audit;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;

    @Inject
    public AccountAdministration(AccountStore store, ThrottleStore throttles, AuditTrail audit, Clock clock,
                                 LocalConnectorConfig config) {
        this(store, throttles, audit, clock, new PasswordHasher(config.argon2()), PasswordPolicy.of(config));
    }

    AccountAdministration(AccountStore store, ThrottleStore throttles, AuditTrail audit, Clock clock,
                          PasswordHasher hasher, PasswordPolicy policy) {
        this.store = Objects.requireNonNull(store);
        this.throttles = Objects.requireNonNull(throttles);
        this.audit = new AdminAudit(audit);
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

    public List<Account> list(TenantId tenant, String query, int offset, int limit) {
        return store.list(tenant, query, offset, limit);
    }

    public List<Account> listHolding(String role) {
        return store.holdersOf(role);
    }

    /** The accounts whose hash is a foreign one, which their next login replaces: an index read. */
    public List<Account> listPendingRehash(TenantId tenant, String query, int offset, int limit) {
        return store.list(tenant, query, HashFormat.foreignSchemes(), offset, limit);
    }

    public Optional<Account> find(SubjectId id) {
        return store.findById(id);
    }

    public boolean isEmpty() {
        return store.count() == 0;
    }

    /**
     * The bootstrap's account is audited as BOOTSTRAP_ADMIN, any other as CREATE_ACCOUNT.
     *
     * @throws AccountRefusal DUPLICATE_USERNAME or DUPLICATE_EMAIL (case-insensitive, per tenant), WEAK_PASSWORD,
     *                        INVALID for a malformed field
     */
    public Account create(Actor actor, NewAccount request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(request, "request");
        TenantId tenant = Objects.requireNonNull(request.tenant(), "tenant");
        String username = AccountFields.username(request.username());
        requireAcceptable(request.password());
        String email = AccountFields.optionalEmail(request.email());
        // findByLogin also matches emails: a username equal to another account's email would make logins ambiguous.
        if (store.findByLogin(tenant, username).isPresent()) {
            throw new AccountRefusal(AccountRefusal.Kind.DUPLICATE_USERNAME, "this username is taken");
        }
        requireFreeEmail(tenant, email, null);
        Instant now = clock.instant();
        Account account = new Account.Builder()
                .id(SubjectId.random())
                .tenant(tenant)
                .username(username)
                .email(email)
                .emailVerified(email != null && request.emailStatus() == NewAccount.EmailStatus.VERIFIED)
                .firstName(AccountFields.name("firstName", request.firstName()))
                .lastName(AccountFields.name("lastName", request.lastName()))
                .passwordHash(hasher.hash(request.password()))
                .roles(request.roles() == null ? Set.of() : AccountFields.roles(request.roles()))
                .mustChangePassword(request.nextLogin() == NextLogin.CHANGE_PASSWORD)
                .attributes(request.attributes() == null ? Map.of() : AccountFields.attributes(request.attributes()))
                .createdAt(now)
                .updatedAt(now)
                .build();
        store.insert(account);
        audit.record(actor, account,
                actor.kind() == Actor.Kind.BOOTSTRAP ? AdminAction.BOOTSTRAP_ADMIN : AdminAction.CREATE_ACCOUNT);
        return account;
    }

    /**
     * Takes over an account with the hash another system stored (see {@link AccountImport}): an existing username is
     * skipped and left as it is; a malformed field, an email of another account or a hash authgate cannot verify is
     * refused with a reason, without throwing, so that the other accounts of the caller's batch still commit.
     */
    public AccountImport.Outcome importAccount(Actor actor, ImportedAccount request) {
        return importAccounts(actor, List.of(request)).get(0);
    }

    /**
     * {@link #importAccount} for a batch: for each row the outcome importing the rows one after the other would have
     * had (a later row sees the earlier rows' accounts), with one read of the accounts that the batch's usernames and
     * emails name instead of two reads per row, and no read between the inserts, which therefore reach the database
     * in JDBC batches at commit. (A read between them made Hibernate flush before it, one row at a time: an import
     * of 100,000 accounts took six minutes.)
     */
    public List<AccountImport.Outcome> importAccounts(Actor actor, List<ImportedAccount> requests) {
        Objects.requireNonNull(actor, "actor");
        Map<TenantId, Set<String>> named = new HashMap<>();
        for (ImportedAccount request : requests) {
            Set<String> logins = named.computeIfAbsent(request.tenant(), t -> new HashSet<>());
            try {
                logins.add(AccountFields.username(request.username()));
                String email = AccountFields.optionalEmail(request.email());
                if (email != null) {
                    logins.add(email);
                }
            } catch (AccountRefusal malformed) {
                // refused below, row by row, with its reason
            }
        }
        Map<TenantId, TakenLogins> taken = new HashMap<>();
        named.forEach((tenant, logins) -> taken.put(tenant, new TakenLogins(store.findByLogins(tenant, logins))));
        List<AccountImport.Outcome> outcomes = new ArrayList<>(requests.size());
        for (ImportedAccount request : requests) {
            outcomes.add(importOne(actor, request, taken.get(request.tenant())));
        }
        return outcomes;
    }

    private AccountImport.Outcome importOne(Actor actor, ImportedAccount request, TakenLogins taken) {
        try {
            String username = AccountFields.username(request.username());
            Optional<Account> existing = taken.find(username);
            if (existing.isPresent()) {
                if (existing.get().username().equalsIgnoreCase(username)) {
                    return AccountImport.Outcome.skipped();
                }
                return AccountImport.Outcome.refused("the username is the email of another account");
            }
            String email = AccountFields.optionalEmail(request.email());
            if (email != null && taken.find(email).isPresent()) {
                throw new AccountRefusal(AccountRefusal.Kind.DUPLICATE_EMAIL, "this email belongs to another account");
            }
            String hash = importableHash(request.passwordHash());
            Instant now = clock.instant();
            Account account = new Account.Builder()
                    .id(SubjectId.random())
                    .tenant(request.tenant())
                    .username(username)
                    .email(email)
                    .passwordHash(hash)
                    .roles(AccountFields.roles(request.roles()))
                    .createdAt(now)
                    .updatedAt(now)
                    .build();
            store.insert(account);
            taken.add(account);
            audit.record(actor, account, AdminAction.IMPORT_ACCOUNT);
            return AccountImport.Outcome.imported();
        } catch (AccountRefusal e) {
            return AccountImport.Outcome.refused(e.getMessage());
        }
    }

    /**
     * The accounts of one tenant that a batch's logins name, answered as {@link AccountStore#findByLogin} would: by
     * username, else by email when the login has an '@'; the batch's own accounts added as they are inserted.
     */
    private static final class TakenLogins {
        private final Map<String, Account> byUsername = new HashMap<>();
        private final Map<String, Account> byEmail = new HashMap<>();

        TakenLogins(List<Account> accounts) {
            accounts.forEach(this::add);
        }

        void add(Account account) {
            byUsername.put(lower(account.username()), account);
            if (account.email() != null) {
                byEmail.put(lower(account.email()), account);
            }
        }

        Optional<Account> find(String login) {
            String folded = lower(login.strip());
            Account account = byUsername.get(folded);
            if (account == null && folded.indexOf('@') > 0) {
                account = byEmail.get(folded);
            }
            return Optional.ofNullable(account);
        }
    }

    /** @throws AccountRefusal NOT_FOUND, DUPLICATE_EMAIL, INVALID */
    public Account update(Actor actor, SubjectId id, AccountUpdate changes) {
        Objects.requireNonNull(changes, "changes");
        Account account = existing(id);
        String email = account.email();
        boolean verified = account.emailVerified();
        if (changes.email() != null) {
            String wanted = AccountFields.optionalEmail(changes.email());
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
            next.firstName(AccountFields.name("firstName", changes.firstName()));
        }
        if (changes.lastName() != null) {
            next.lastName(AccountFields.name("lastName", changes.lastName()));
        }
        if (changes.roles() != null) {
            next.roles(AccountFields.roles(changes.roles()));
        }
        if (changes.attributes() != null) {
            next.attributes(AccountFields.attributes(changes.attributes()));
        }
        return change(actor, next, AdminAction.UPDATE_ACCOUNT);
    }

    public Account disable(Actor actor, SubjectId id) {
        return change(actor, existing(id).toBuilder().disabled(true), AdminAction.DISABLE_ACCOUNT);
    }

    public Account enable(Actor actor, SubjectId id) {
        return change(actor, existing(id).toBuilder().disabled(false), AdminAction.ENABLE_ACCOUNT);
    }

    /** @param reason shown to the user by dialects that have a ban reason (Azuriom); may be null */
    public Account ban(Actor actor, SubjectId id, String reason) {
        String why = AccountFields.banReason(reason);
        return change(actor, existing(id).toBuilder().banned(true).banReason(why), AdminAction.BAN);
    }

    public Account unban(Actor actor, SubjectId id) {
        return change(actor, existing(id).toBuilder().banned(false).banReason(null), AdminAction.UNBAN);
    }

    /** @throws AccountRefusal NOT_FOUND, WEAK_PASSWORD */
    public Account resetPassword(Actor actor, SubjectId id, PasswordReset reset) {
        requireAcceptable(reset.password());
        Account account = existing(id);
        return change(actor, account.toBuilder().passwordHash(hasher.hash(reset.password()))
                .mustChangePassword(reset.nextLogin() == NextLogin.CHANGE_PASSWORD), AdminAction.RESET_PASSWORD);
    }

    public Account requirePasswordChange(Actor actor, SubjectId id) {
        return change(actor, existing(id).toBuilder().mustChangePassword(true), AdminAction.FORCE_PASSWORD_CHANGE);
    }

    /**
     * Forgets the failed logins counted against the account, whether they were typed as its username or its email.
     * Failures counted against a source address stay: they may come from an attacker trying many accounts.
     */
    public Account unlock(Actor actor, SubjectId id) {
        Objects.requireNonNull(actor, "actor");
        Account account = existing(id);
        throttles.clear(ThrottleKey.account(account.tenant(), ConnectorId.LOCAL, account.username()));
        if (account.email() != null) {
            throttles.clear(ThrottleKey.account(account.tenant(), ConnectorId.LOCAL, account.email()));
        }
        audit.record(actor, account, AdminAction.UNLOCK);
        return account;
    }

    /**
     * Removes the account with its hash and TOTP secret, and the failure counters of its username and email (their
     * keys name the login). One record, without personal fields ({@link AdminAudit#deleted}).
     *
     * @throws AccountRefusal NOT_FOUND, also for the loser of two deletions racing (its retry finds none)
     */
    public void delete(Actor actor, SubjectId id) {
        Objects.requireNonNull(actor, "actor");
        Account account = existing(id);
        store.delete(account);
        throttles.clear(ThrottleKey.account(account.tenant(), ConnectorId.LOCAL, account.username()));
        if (account.email() != null) {
            throttles.clear(ThrottleKey.account(account.tenant(), ConnectorId.LOCAL, account.email()));
        }
        audit.deleted(actor, account);
    }

    private Account change(Actor actor, Account.Builder next, AdminAction action) {
        Objects.requireNonNull(actor, "actor");
        Account after = next.updatedAt(clock.instant()).build();
        store.update(after);
        audit.record(actor, after, action);
        return after;
    }

    private Account existing(SubjectId id) {
        return store.findById(Objects.requireNonNull(id, "account id")).orElseThrow(AccountFields::notFound);
    }

    // The column holds 512 characters; every supported format with sane parameters is far shorter.
    private static final int MAX_HASH_LENGTH = 512;

    private static String importableHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new AccountRefusal(AccountRefusal.Kind.INVALID, "passwordHash is missing");
        }
        if (hash.length() > MAX_HASH_LENGTH) {
            throw new AccountRefusal(AccountRefusal.Kind.INVALID, "passwordHash is too long");
        }
        try {
            PasswordHasher.requireVerifiable(hash);
        } catch (IllegalArgumentException e) {
            throw new AccountRefusal(AccountRefusal.Kind.INVALID, "passwordHash: " + e.getMessage());
        }
        return hash;
    }

    private void requireAcceptable(String password) {
        PasswordPolicy.Verdict verdict = policy.judge(password);
        if (verdict != PasswordPolicy.Verdict.ACCEPTED) {
            throw new AccountRefusal(AccountRefusal.Kind.WEAK_PASSWORD, policy.explain(verdict));
        }
    }

    private void requireFreeEmail(TenantId tenant, String email, SubjectId owner) {
        if (email == null) {
            return;
        }
        Optional<Account> holder = store.findByLogin(tenant, email);
        if (holder.isPresent() && !holder.get().id().equals(owner)) {
            throw new AccountRefusal(AccountRefusal.Kind.DUPLICATE_EMAIL, "this email belongs to another account");
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
