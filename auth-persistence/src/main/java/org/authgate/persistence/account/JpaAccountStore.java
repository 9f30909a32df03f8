package org.authgate.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.account.PasswordSchemes;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.secret.Sealed;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.persistence.Jpa;

/** TOTP secrets are sealed with the secrets key ring on the way in and opened on the way out. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaAccountStore implements AccountStore {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    @Inject
    SecretKeyRing ring;

    @Inject
    PasswordSchemes schemes;

    @Override
    public Optional<Account> findById(SubjectId id) {
        return Optional.ofNullable(em.find(AccountEntity.class, id.value())).map(this::toDomain);
    }

    /** Two IN lists over the tenant's (username_lower) and (email_lower) unique indexes. */
    @Override
    public List<Account> findByLogins(TenantId tenant, Collection<String> logins) {
        if (logins.isEmpty()) {
            return List.of();
        }
        Set<String> folded = logins.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.tenant = :t"
                        + " AND (a.usernameLower IN :l OR a.emailLower IN :l)", AccountEntity.class)
                .setParameter("t", tenant.value()).setParameter("l", folded)
                .getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public Optional<Account> findByLogin(TenantId tenant, String login) {
        String folded = login.strip().toLowerCase(Locale.ROOT);
        Optional<AccountEntity> byName = Jpa.first(em.createQuery(
                        "SELECT a FROM AccountEntity a WHERE a.tenant = :t AND a.usernameLower = :l", AccountEntity.class)
                .setParameter("t", tenant.value()).setParameter("l", folded));
        if (byName.isEmpty() && folded.indexOf('@') > 0) {
            byName = Jpa.first(em.createQuery(
                            "SELECT a FROM AccountEntity a WHERE a.tenant = :t AND a.emailLower = :l", AccountEntity.class)
                    .setParameter("t", tenant.value()).setParameter("l", folded));
        }
        return byName.map(this::toDomain);
    }

    @Override
    public void insert(Account account) {
        AccountEntity e = new AccountEntity();
        e.id = account.id().value();
        copy(account, e);
        em.persist(e);
        em.flush(); // surface a duplicate username here, inside the caller's error handling
    }

    @Override
    public void update(Account account) {
        AccountEntity e = em.find(AccountEntity.class, account.id().value());
        if (e == null) {
            throw new IllegalStateException("no account " + account.id());
        }
        if (e.version != account.version()) {
            throw new OptimisticLockException("account " + account.id() + " changed concurrently");
        }
        copy(account, e);
    }

    /**
     * em.remove checks the version in its DELETE: a second deletion racing with the first waits for its row lock, then
     * deletes nothing and fails as stale, and its unit of work retries and finds no account. (A bulk DELETE would
     * succeed twice silently.) The roles and attributes go with it, by the entity's collections and the schema's
     * ON DELETE CASCADE.
     */
    @Override
    public void delete(Account account) {
        AccountEntity e = em.find(AccountEntity.class, account.id().value());
        if (e == null) {
            throw new OptimisticLockException("account " + account.id() + " deleted concurrently");
        }
        if (e.version != account.version()) {
            throw new OptimisticLockException("account " + account.id() + " changed concurrently");
        }
        em.remove(e);
        em.flush(); // the stale DELETE fails here, inside the unit of work's retry
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult();
    }

    /** The account_roles rows of one role (its primary key leads with the account, so a scan: a start-up read). */
    @Override
    public List<Account> holdersOf(String role) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE :r MEMBER OF a.roles"
                        + " ORDER BY a.tenant, a.usernameLower", AccountEntity.class)
                .setParameter("r", role).getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> list(TenantId tenant, String query, Set<String> passwordSchemes, int offset, int limit) {
        Jpa.Where where = new Jpa.Where()
                .and("a.tenant = :t", "t", tenant == null ? null : tenant.value())
                // (tenant, password_scheme, username_lower): the few accounts still on an imported hash, by index.
                .and("a.passwordScheme IN :s", "s", passwordSchemes.isEmpty() ? null : passwordSchemes)
                .and("(a.usernameLower LIKE :q OR a.emailLower LIKE :q)", "q",
                        query == null || query.isBlank() ? null : "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%");
        return Jpa.page(em, "SELECT a FROM AccountEntity a", where, "a.usernameLower", AccountEntity.class, offset, limit)
                .stream().map(this::toDomain).toList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void copy(Account a, AccountEntity e) {
        e.tenant = a.tenant().value();
        e.username = a.username();
        e.usernameLower = a.username().toLowerCase(Locale.ROOT);
        e.email = a.email();
        e.emailLower = a.email() == null ? null : a.email().toLowerCase(Locale.ROOT);
        e.emailVerified = a.emailVerified();
        e.firstName = a.firstName();
        e.lastName = a.lastName();
        e.passwordHash = a.passwordHash();
        e.passwordScheme = schemes.schemeOf(a.passwordHash());
        e.disabled = a.disabled();
        e.banned = a.banned();
        e.banReason = a.banReason();
        e.mustChangePassword = a.mustChangePassword();
        sealTotpSecret(a.totpSecret(), e);
        e.totpEnabled = a.totpEnabled();
        e.totpLastStep = a.totpLastStep();
        e.createdAt = a.createdAt();
        e.updatedAt = a.updatedAt();
        e.roles.clear();
        e.roles.addAll(a.roles());
        e.attributes.clear();
        e.attributes.putAll(a.attributes());
    }

    private Account toDomain(AccountEntity e) {
        return new Account(new SubjectId(e.id), new TenantId(e.tenant), e.username, e.email, e.emailVerified,
                e.firstName, e.lastName, e.passwordHash, e.roles, e.disabled, e.banned, e.banReason,
                e.mustChangePassword, totpSecret(e), e.totpEnabled, e.totpLastStep, e.attributes, e.createdAt,
                e.updatedAt, e.version);
    }

    private void sealTotpSecret(String secret, AccountEntity e) {
        if (secret == null) {
            e.totpSecret = null;
            e.totpSecretSealedBy = null;
            return;
        }
        Sealed sealed = ring.sealText(secret, AccountEntity.sealingContext(e.id));
        e.totpSecret = sealed.base64();
        e.totpSecretSealedBy = sealed.keyId();
    }

    private String totpSecret(AccountEntity e) {
        if (e.totpSecret == null || e.totpSecretSealedBy == null) {
            return e.totpSecret; // in clear until the start-up after migration V6 seals it
        }
        return ring.openText(Sealed.ofBase64(e.totpSecretSealedBy, e.totpSecret), AccountEntity.sealingContext(e.id));
    }
}
