package org.authgate.web.cache;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;

/** Every account update (roles, names, ban, disabling, password) is announced: token checks answer its identity. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AccountStoreChanges implements AccountStore {

    @Inject
    @Delegate
    @Any
    AccountStore delegate;

    @Inject
    ChangeBroadcast broadcast;

    @Override
    public void update(Account account) {
        delegate.update(account);
        broadcast.accountChanged(account.id());
    }

    /** A deleted account's identity must not be answered from any node's memory either. */
    @Override
    public void delete(Account account) {
        delegate.delete(account);
        broadcast.accountChanged(account.id());
    }
}
