package org.authgate.web.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountUpdate;
import org.authgate.core.account.NewAccount;
import org.authgate.core.account.PasswordReset;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AccountDeletion;
import org.authgate.core.connector.AccountManagement;
import org.authgate.core.connector.SecondFactorManagement;
import org.authgate.core.connector.SecondFactorManagement.PendingTotp;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.retention.SubjectErasure;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.SessionEnding;
import org.authgate.web.core.CoreSettings;

/**
 * What an administrator does to an account, through the admin API or the console alike. Each action is one unit of
 * work with the connector's audit record, and the rules that hold whatever connector keeps the account live here,
 * once:
 * <ul>
 *   <li>a disabled, banned or reset user keeps no session: their tokens stop working in the same transaction (a reset
 *       after a suspected compromise is pointless while the intruder's tokens still work);</li>
 *   <li>an administrator cannot ban, disable, demote, unban, enable or delete their own account (locking oneself out needs
 *       another administrator to undo, and lifting a ban another administrator put is not one's own call), nor reset
 *       or enrol their own second factor here (that needs the current password: {@link EnrolSecondFactor}).</li>
 * </ul>
 * A connector without {@link AccountManagement} is refused with {@link AccountRefusal.Kind#NOT_SUPPORTED}.
 */
@ApplicationScoped
public class AdministerAccount {

    /** Whether the account's sessions end with a password reset. */
    public enum Sessions { END, KEEP }

    /**
     * A TOTP enrolment an administrator started for a user: the secret is shown to the administrator once, who hands
     * it to the user.
     */
    public record StartedEnrolment(Account account, PendingTotp pending) {
        @Override
        public String toString() {
            return "StartedEnrolment[" + account.username() + "]";
        }
    }

    @Inject
    UnitOfWork work;

    @Inject
    AccountConnectors connectors;

    @Inject
    SessionEnding sessions;

    @Inject
    AuditTrail audit;

    @Inject
    CoreSettings settings;

    @Inject
    SubjectErasure erasure;

    /** @throws AccountRefusal DUPLICATE_USERNAME, DUPLICATE_EMAIL, WEAK_PASSWORD, INVALID, NOT_SUPPORTED */
    public Account create(Actor actor, NewAccount account) {
        return work.run(() -> connectors.requireAccounts().create(actor, account));
    }

    /** @throws AccountRefusal OWN_ACCOUNT when the roles given leave out the administrator role of one's own account */
    public Account update(Actor actor, SubjectId id, AccountUpdate changes) {
        boolean demotes = changes.roles() != null && !changes.roles().contains(settings.adminRole());
        return work.run(() -> {
            AccountManagement accounts = connectors.requireAccounts();
            if (demotes) {
                refuseOwn(accounts, actor, id, "remove the administrator role from", "");
            }
            return accounts.update(actor, id, changes);
        });
    }

    public Account disable(AdminCall call, SubjectId id) {
        return changeOwnForbidden(call.actor(), id, "disable", a -> endSessions(call, a.disable(call.actor(), id)));
    }

    public Account enable(Actor actor, SubjectId id) {
        return changeOwnForbidden(actor, id, "enable", a -> a.enable(actor, id));
    }

    public Account ban(AdminCall call, SubjectId id, String reason) {
        return changeOwnForbidden(call.actor(), id, "ban", a -> endSessions(call, a.ban(call.actor(), id, reason)));
    }

    public Account unban(Actor actor, SubjectId id) {
        return changeOwnForbidden(actor, id, "unban", a -> a.unban(actor, id));
    }

    /**
     * One's own password may be reset here: the administrator knows it then, and keeps the session they are using
     * ({@link AdminCall#ownSession}).
     */
    public Account resetPassword(AdminCall call, SubjectId id, PasswordReset reset, Sessions after) {
        return work.run(() -> {
            Account changed = connectors.requireAccounts().resetPassword(call.actor(), id, reset);
            return after == Sessions.END ? endSessions(call, changed) : changed;
        });
    }

    /**
     * Deletes the account, in one unit of work: its sessions end (audited, announced to every node, so their tokens
     * fail at once everywhere) and their rows go, the connector removes the account with its credentials, second factor
     * and failure counters and audits the deletion by the actor, and the audit records about it keep the account's id
     * but lose its personal fields ({@link SubjectErasure#anonymiseAudit}). Not one's own account: nobody could undo it.
     *
     * @throws AccountRefusal NOT_FOUND (also for the loser of two deletions at once), OWN_ACCOUNT, NOT_SUPPORTED
     */
    public void delete(AdminCall call, SubjectId id) {
        work.run(() -> {
            AccountDeletion deletion = connectors.requireDeletion();
            AccountManagement accounts = connectors.requireAccounts();
            Account account = accounts.find(id)
                    .orElseThrow(() -> new AccountRefusal(AccountRefusal.Kind.NOT_FOUND, "no such account"));
            refuseOwn(accounts, call.actor(), id, "delete", "");
            sessions.endAllOf(id, null, EndReason.ADMIN_REVOKE, call.client(), Dialect.ADMIN, call.actor().name());
            deletion.delete(call.actor(), id);
            erasure.forgetSessions(id);
            List<String> logins = account.email() == null ? List.of(account.username())
                    : List.of(account.username(), account.email());
            erasure.anonymiseAudit(id, account.tenant(), logins);
            return null;
        });
    }

    /** The user must choose a new password at their next login (also 365View's "reset" flag, by the dialect). */
    public Account requirePasswordChange(Actor actor, SubjectId id) {
        return work.run(() -> connectors.requireAccounts().requirePasswordChange(actor, id));
    }

    public Account unlock(Actor actor, SubjectId id) {
        return work.run(() -> connectors.requireAccounts().unlock(actor, id));
    }

    /**
     * A lost phone: the user logs in with the password alone until they enrol again. Not one's own: a stolen
     * administrator session could strip the factor and enrol the thief's.
     */
    public Account removeSecondFactor(Actor actor, SubjectId id) {
        return work.run(() -> {
            SecondFactorManagement factors = connectors.requireSecondFactors(AccountConnectors.ADMINISTERED);
            refuseOwn(connectors.requireAccounts(), actor, id, "reset the TOTP of",
                    " Use POST /api/v1/totp/reset with your current password, or ask another administrator.");
            return factors.removeTotp(actor, id);
        });
    }

    /**
     * Starts an enrolment for the user and audits who started it: the administrator sees the secret, so the trail
     * must say that somebody other than the user held it. Not for one's own account (that needs the password).
     */
    public StartedEnrolment beginSecondFactor(Actor actor, SubjectId id) {
        return work.run(() -> {
            SecondFactorManagement factors = connectors.requireSecondFactors(AccountConnectors.ADMINISTERED);
            AccountManagement accounts = connectors.requireAccounts();
            refuseOwn(accounts, actor, id, "start TOTP enrolment here for", "");
            PendingTotp pending = factors.beginTotp(id);
            Account account = accounts.find(id).orElseThrow();
            audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).tenant(account.tenant())
                    .connector(AccountConnectors.ADMINISTERED).username(account.username()).actor(actor.name())
                    .target(id.toString()).reason("BEGIN_TOTP_ENROLMENT").write();
            return new StartedEnrolment(account, pending);
        });
    }

    /**
     * Completes an enrolment an administrator started for a user, with the user's first code.
     *
     * @return false for a wrong code
     */
    public boolean confirmSecondFactor(AdminCall call, SubjectId id, String code) {
        return work.run(() -> connectors.requireSecondFactors(AccountConnectors.ADMINISTERED)
                .confirmTotp(id, code, Dialect.ADMIN, call.client()));
    }

    private Account changeOwnForbidden(Actor actor, SubjectId id, String what, Function<AccountManagement, Account> change) {
        return work.run(() -> {
            AccountManagement accounts = connectors.requireAccounts();
            refuseOwn(accounts, actor, id, what, "");
            return change.apply(accounts);
        });
    }

    /**
     * The self-lockout rule, the one place it is written. The actor's own account is found by id when the actor's id
     * is known (the admin API), else by the username they signed in with (the console).
     *
     * @param advice what to do instead, a sentence of its own (or empty)
     * @throws AccountRefusal OWN_ACCOUNT
     */
    static void refuseOwn(AccountManagement accounts, Actor actor, SubjectId id, String what, String advice) {
        boolean own = actor.subject().isPresent() ? actor.owns(id, null, null)
                : accounts.find(id).filter(a -> actor.owns(a.id(), a.tenant(), a.username())).isPresent();
        if (own) {
            throw new AccountRefusal(AccountRefusal.Kind.OWN_ACCOUNT,
                    "You cannot " + what + " your own account." + advice);
        }
    }

    /**
     * Ends every session of the account, but the one the administrator is using: that one survives a reset of their
     * own password (disabling or banning oneself is refused before).
     */
    private Account endSessions(AdminCall call, Account account) {
        sessions.endAllOf(account.id(), call.ownSession().orElse(null), EndReason.ADMIN_REVOKE, call.client(),
                Dialect.ADMIN, call.actor().name());
        return account;
    }
}
