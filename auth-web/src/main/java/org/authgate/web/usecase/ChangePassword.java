package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.authgate.core.login.OtherSessions;
import org.authgate.core.login.PasswordChangeService;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.Session;

/** The owner of a session changes its password, proving the current one. */
@ApplicationScoped
public class ChangePassword {

    @Inject
    UnitOfWork work;

    @Inject
    PasswordChangeService passwords;

    public PasswordChangeService.Result change(Session session, String former, String replacement,
                                               OtherSessions endOthers, ClientInfo client, Dialect dialect) {
        return work.run(() -> passwords.change(session, former, replacement, endOthers, client, dialect));
    }
}
