package org.authgate.web.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.audit.Actor;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Connectors;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;

/**
 * A connector that keeps accounts in a map and records every administrative call ("disable alice by root"), so a test
 * of a use case sees what reached the connector and what was refused before it.
 */
class FakeAccountConnector implements Connector, AccountManagement {
    final Map<SubjectId, Account> accounts = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    /** A unit of work that runs the work at once, as one committed transaction would. */
    static UnitOfWork directWork() {
        UnitOfWork work = new UnitOfWork();
        work.tx = new Transactions() {
            @Override
            public <T> T inNewTransaction(Supplier<T> w) {
                return w.get();
            }
        };
        return work;
    }

    /** The use cases' view of {@code connector} as the only enabled one. */
    static AccountConnectors enabled(Connector connector) {
        AccountConnectors found = new AccountConnectors();
        found.connectors = new Connectors() {
            @Override
            public Optional<Connector> find(ConnectorId id) {
                return connector.id().equals(id) ? Optional.of(connector) : Optional.empty();
            }

            @Override
            public List<Connector> all() {
                return List.of(connector);
            }
        };
        return found;
    }

    /** A connector that logs users in and nothing else (a directory authgate only reads). */
    static Connector loginOnly() {
        return new Connector() {
            @Override
            public ConnectorId id() {
                return ConnectorId.LOCAL;
            }

            @Override
            public LoginForm loginForm() {
                return LoginForm.passwordWithOptionalCode();
            }

            @Override
            public AuthenticationResult authenticate(Credentials credentials) {
                throw new UnsupportedOperationException();
            }
        };
    }

    Account add(String username, String... roles) {
        Account account = new Account.Builder().id(SubjectId.random()).tenant(TenantId.DEFAULT).username(username)
                .passwordHash("x").roles(Set.of(roles)).createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();
        accounts.put(account.id(), account);
        return account;
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
    public AuthenticationResult authenticate(Credentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Account> list(TenantId tenant, String query, int offset, int limit) {
        return List.copyOf(accounts.values());
    }

    @Override
    public List<Account> listHolding(String role) {
        return accounts.values().stream().filter(a -> a.roles().contains(role)).toList();
    }

    @Override
    public Optional<Account> find(SubjectId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    @Override
    public Account create(Actor actor, NewAccount account) {
        Account created = add(account.username(), account.roles().toArray(String[]::new));
        calls.add("create " + account.username() + " by " + actor.name());
        return created;
    }

    @Override
    public Account update(Actor actor, SubjectId id, AccountUpdate changes) {
        return record("update", actor, id);
    }

    @Override
    public Account disable(Actor actor, SubjectId id) {
        return record("disable", actor, id);
    }

    @Override
    public Account enable(Actor actor, SubjectId id) {
        return record("enable", actor, id);
    }

    @Override
    public Account ban(Actor actor, SubjectId id, String reason) {
        return record("ban", actor, id);
    }

    @Override
    public Account unban(Actor actor, SubjectId id) {
        return record("unban", actor, id);
    }

    @Override
    public Account resetPassword(Actor actor, SubjectId id, PasswordReset reset) {
        return record("resetPassword", actor, id);
    }

    @Override
    public Account requirePasswordChange(Actor actor, SubjectId id) {
        return record("requirePasswordChange", actor, id);
    }

    @Override
    public Account unlock(Actor actor, SubjectId id) {
        return record("unlock", actor, id);
    }

    private Account record(String action, Actor actor, SubjectId id) {
        Account account = accounts.get(id);
        calls.add(action + " " + account.username() + " by " + actor.name());
        return account;
    }
}
