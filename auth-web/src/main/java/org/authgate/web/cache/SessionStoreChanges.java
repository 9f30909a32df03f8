package org.authgate.web.cache;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionStore;

/**
 * Every session update is announced in its transaction (a new session needs no announcement: no node can
 * remember what did not exist). This is the one place updates pass, whichever use case makes them.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SessionStoreChanges implements SessionStore {

    @Inject
    @Delegate
    @Any
    SessionStore delegate;

    @Inject
    ChangeBroadcast broadcast;

    @Override
    public void update(Session session) {
        delegate.update(session);
        broadcast.sessionChanged(session.id());
    }
}
