package org.authgate.connectors.local;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/** The account-store port in memory, with the real store's rules: case-insensitive uniqueness, version checks. */
class InMemoryAccountStore implements AccountStore {
    private final Map<SubjectId, Account> accounts = new LinkedHashMap<>();
    int updates;

    @Override
    public Optional<Account> findById(SubjectId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Account> findByLogin(TenantId tenant, String login) {
        Optional<Account> byName = accounts.values().stream()
                .filter(a -> a.tenant().equals(tenant) && a.username().equalsIgnoreCase(login)).findFirst();
        if (byName.isPresent() || !login.contains("@")) {
            return byName;
        }
        return accounts.values().stream()
                .filter(a -> a.tenant().equals(tenant) && a.email() != null && a.email().equalsIgnoreCase(login))
                .findFirst();
    }

    @Override
    public List<Account> findByLogins(TenantId tenant, Collection<String> logins) {
        return accounts.values().stream().filter(a -> a.tenant().equals(tenant))
                .filter(a -> logins.stream().anyMatch(l -> l.equalsIgnoreCase(a.username())
                        || a.email() != null && l.equalsIgnoreCase(a.email())))
                .toList();
    }

    @Override
    public void insert(Account account) {
        if (accounts.containsKey(account.id()) || findByLogin(account.tenant(), account.username()).isPresent()) {
            throw new IllegalStateException("duplicate account");
        }
        accounts.put(account.id(), account.toBuilder().version(0).build());
    }

    @Override
    public void update(Account account) {
        Account current = accounts.get(account.id());
        if (current == null || current.version() != account.version()) {
            throw new IllegalStateException("stale account version");
        }
        updates++;
        accounts.put(account.id(), account.toBuilder().version(account.version() + 1).build());
    }

    @Override
    public void delete(Account account) {
        Account current = accounts.get(account.id());
        if (current == null || current.version() != account.version()) {
            throw new IllegalStateException("stale account version");
        }
        accounts.remove(account.id());
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public List<Account> holdersOf(String role) {
        return accounts.values().stream().filter(a -> a.roles().contains(role))
                .sorted(Comparator.comparing((Account a) -> a.tenant().value()).thenComparing(Account::username))
                .toList();
    }

    @Override
    public List<Account> list(TenantId tenant, String query, Set<String> passwordSchemes, int offset, int limit) {
        List<Account> all = new ArrayList<>(accounts.values());
        all.sort(Comparator.comparing(Account::username));
        return all.stream().filter(a -> a.tenant().equals(tenant))
                .filter(a -> passwordSchemes.isEmpty() || passwordSchemes.contains(HashFormat.schemeOf(a.passwordHash())))
                .skip(offset).limit(limit).toList();
    }

    Account get(SubjectId id) {
        return accounts.get(id);
    }
}
