package org.authgate.core.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/** Port: local accounts. Usernames and emails are unique per tenant, compared case-insensitively. */
public interface AccountStore {

    Optional<Account> findById(SubjectId id);

    /** By username, or by email when {@code login} contains '@' and no username matches. */
    Optional<Account> findByLogin(TenantId tenant, String login);

    /**
     * The accounts of a tenant whose username or email is one of {@code logins} (compared case-insensitively), in one
     * read: what {@link #findByLogin} would find for each of them, for a whole batch of an import at once.
     */
    List<Account> findByLogins(TenantId tenant, Collection<String> logins);

    void insert(Account account);

    /** Version-checked; fails with a runtime exception when another writer won. */
    void update(Account account);

    /**
     * Removes the account with everything stored with it (roles, attributes, hash, second factor). Version-checked like
     * {@link #update}: of two deletions of one account, the one that commits second fails and its retry finds none.
     */
    void delete(Account account);

    long count();

    /**
     * Every account holding {@code role}, in every tenant, ordered by tenant and username: meant for the few holders of
     * a powerful role (the administrators), read at start-up.
     */
    List<Account> holdersOf(String role);

    /** A page ordered by username, for the admin API; {@code query} filters username/email when not blank. */
    default List<Account> list(TenantId tenant, String query, int offset, int limit) {
        return list(tenant, query, Set.of(), offset, limit);
    }

    /**
     * As {@link #list(TenantId, String, int, int)}, and when {@code passwordSchemes} is not empty only the accounts
     * whose hash has one of those schemes (as {@link PasswordSchemes} named them when the hash was stored): an index
     * read, however many accounts there are.
     */
    List<Account> list(TenantId tenant, String query, Set<String> passwordSchemes, int offset, int limit);
}
