package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.audit.Actor;
import org.authgate.core.connector.SecondFactorManagement;
import org.authgate.core.connector.SecondFactorManagement.PendingTotp;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.login.PasswordConfirmation;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionEnding;

/**
 * The second factor of one's own account: beginning an enrolment and removing the factor need the current password
 * again (step-up, in one unit of work with the change: a wrong password commits its lockout count and audit record
 * and changes nothing), so that a stolen token alone can neither tie the account to the thief's authenticator app nor
 * strip its factor. Confirming ends the account's other sessions. The session's connector must have
 * {@link SecondFactorManagement}, else {@link AccountRefusal.Kind#NOT_SUPPORTED}.
 */
@ApplicationScoped
public class EnrolSecondFactor {

    @Inject
    UnitOfWork work;

    @Inject
    AccountConnectors connectors;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    SessionEnding sessions;

    /**
     * @throws StepUpRefused      for a wrong password (also when locked out) or a connector that cannot check one
     * @throws AccountRefusal     NOT_SUPPORTED, or INVALID when TOTP is already on
     */
    public PendingTotp begin(Session session, String password, ClientInfo client) {
        SecondFactorManagement factors = connectors.requireSecondFactors(session.connector());
        return stepUp(session, password, "TOTP_ENROLMENT", client, s -> factors.beginTotp(s.subject()));
    }

    /**
     * An administrator who signed in to the console without the second factor the rule requires: the sign-in has
     * just checked the password, so no step-up; the console shows the secret before it lets them in.
     */
    public PendingTotp beginAtSignIn(SubjectId subject) {
        return work.run(() -> connectors.requireSecondFactors(AccountConnectors.ADMINISTERED).beginTotp(subject));
    }

    /**
     * Enables the factor and, in the same unit of work, ends the account's other sessions: they were opened with the
     * password alone, and the administrators' rule judges the account as it is now, so a session stolen before the
     * enrolment must not come out of it as an administrator's session with a factor. The enrolling session stays: it
     * proved the code. Shared by the native API and the console's first sign-in.
     *
     * @return false for a wrong or spent code (nothing changes)
     */
    public boolean confirm(SubjectId subject, SessionId enrolling, String code, Dialect dialect, ClientInfo client) {
        return work.run(() -> {
            boolean enrolled = connectors.requireSecondFactors(AccountConnectors.ADMINISTERED)
                    .confirmTotp(subject, code, dialect, client);
            if (enrolled) {
                sessions.endAllOf(subject, enrolling, EndReason.LOGOUT_ALL, client, dialect, null);
            }
            return enrolled;
        });
    }

    /**
     * As {@link #confirm(SubjectId, SessionId, String, Dialect, ClientInfo)} for the owner of {@code session}.
     *
     * @throws AccountRefusal NOT_SUPPORTED for a session of a connector without the capability
     */
    public boolean confirm(Session session, String code, Dialect dialect, ClientInfo client) {
        connectors.requireSecondFactors(session.connector());
        return confirm(session.subject(), session.id(), code, dialect, client);
    }

    /**
     * A lost or replaced phone: the user, not only an administrator, may remove their factor, password in hand.
     *
     * @throws StepUpRefused  as {@link #begin}
     * @throws AccountRefusal NOT_SUPPORTED
     */
    public void remove(Session session, String password, ClientInfo client) {
        SecondFactorManagement factors = connectors.requireSecondFactors(session.connector());
        stepUp(session, password, "TOTP_RESET", client,
                s -> factors.removeTotp(Actor.owner(s.subject(), s.username()), s.subject()));
    }

    private record Checked<T>(PasswordConfirmation.Result result, T value) {
    }

    private <T> T stepUp(Session session, String password, String purpose, ClientInfo client,
                         Function<Session, T> change) {
        Checked<T> checked = work.run(() -> {
            PasswordConfirmation.Result result = confirmation.confirm(session, password, purpose, client,
                    Dialect.NATIVE);
            return new Checked<>(result, result == PasswordConfirmation.Result.CONFIRMED ? change.apply(session) : null);
        });
        if (checked.result() != PasswordConfirmation.Result.CONFIRMED) {
            throw new StepUpRefused(checked.result());
        }
        return checked.value();
    }
}
