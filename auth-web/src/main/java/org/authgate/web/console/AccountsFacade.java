package org.authgate.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.authgate.connectors.local.AccountAdministration;
import org.authgate.connectors.local.TotpEnrollment;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountStore;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.lockout.Throttle;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.lockout.ThrottleStore;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.SessionEnding;
import org.authgate.web.core.CoreSettings;
import org.authgate.web.core.Gateway;

/**
 * The accounts page (local connector): every change is one Gateway transaction that also writes its
 * ADMIN_ACTION audit row, answered as rows that never carry a password hash or a TOTP secret.
 */
@ApplicationScoped
public class AccountsFacade {
    @Inject
    Gateway gateway;

    @Inject
    SessionEnding sessions;

    @Inject
    AccountStore accountStore;

    @Inject
    AccountAdministration accounts;

    @Inject
    TotpEnrollment totp;

    @Inject
    ThrottleStore throttles;

    @Inject
    AuditTrail audit;

    @Inject
    CoreSettings settings;

    @Inject
    Clock clock;

    /** Never the password hash or the TOTP secret. */
    public record AccountRow(String id, String tenant, String username, String email, Set<String> roles,
                             boolean disabled, boolean banned, String banReason, boolean totpEnabled,
                             Instant createdAt) {
        static AccountRow of(Account a) {
            return new AccountRow(a.id().toString(), a.tenant().value(), a.username(), a.email(), a.roles(),
                    a.disabled(), a.banned(), a.banReason(), a.totpEnabled(), a.createdAt());
        }

        public String rolesText() {
            return String.join(", ", roles);
        }
    }

    /**
     * One account as its page shows it: the profile, and the failed logins counted against it (typed as its
     * username or its email) in the lockout's current window.
     *
     * @param lockedUntil null when logins are not locked
     */
    public record AccountDetail(AccountRow row, boolean emailVerified, String firstName, String lastName,
                                boolean mustChangePassword, Instant updatedAt, int failedLogins,
                                Instant lockedUntil) {
        public boolean isLocked() {
            return lockedUntil != null;
        }
    }

    /** The profile form; blank texts clear a field, roles are comma-separated. */
    public record ProfileChange(String email, String firstName, String lastName, String roles) {
    }

    /** A TOTP enrolment waiting for its first code: the secret is shown to the administrator once. */
    public record TotpSetup(String accountId, String username, String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "TotpSetup[" + username + "]";
        }
    }

    public List<AccountRow> accounts(String query, int offset, int limit) {
        return gateway.run(() -> accountStore.list(TenantId.DEFAULT, Blank.toNull(query), offset, limit)).stream()
                .map(AccountRow::of).toList();
    }

    public AccountRow createAccount(String actor, String username, String password, String email, boolean admin) {
        Set<String> roles = admin ? Set.of(settings.adminRole()) : Set.of();
        AccountAdministration.NewAccount request = new AccountAdministration.NewAccount(TenantId.DEFAULT, username,
                password, Blank.toNull(email), false, null, null, roles, Map.of(), false);
        return AccountRow.of(gateway.run(() -> accounts.create(actor, request)));
    }

    /** Bans the account and ends its sessions in the same transaction, as the admin API does. */
    public AccountRow ban(String actor, String accountId, String reason, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> {
            refuseOwnAccount(actor, subject, "ban");
            Account banned = accounts.ban(actor, subject, reason);
            sessions.endAllOf(subject, null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN, actor);
            return banned;
        }));
    }

    /** @throws SelfLockout for the administrator's own account: a ban is lifted by another administrator */
    public AccountRow unban(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> {
            refuseOwnAccount(actor, subject, "unban");
            return accounts.unban(actor, subject);
        }));
    }

    /** @return empty for an unknown id (a stale link): the page says so */
    public Optional<AccountDetail> account(String accountId) {
        Optional<SubjectId> subject = subject(accountId);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return gateway.run(() -> accountStore.findById(subject.get()).map(a -> detail(a, now)));
    }

    /**
     * @throws AccountException INVALID, DUPLICATE_EMAIL
     * @throws SelfLockout when the administrator would take the admin role from their own account
     */
    public AccountDetail updateProfile(String actor, String accountId, ProfileChange change) {
        SubjectId subject = SubjectId.parse(accountId);
        Set<String> roles = new LinkedHashSet<>();
        Arrays.stream(change.roles() == null ? new String[0] : change.roles().split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
        Instant now = clock.instant();
        return gateway.run(() -> {
            if (!roles.contains(settings.adminRole())) {
                refuseOwnAccount(actor, subject, "remove the administrator role from");
            }
            // Blank stays blank: AccountUpdate reads "" as "clear" and null as "keep".
            Account updated = accounts.update(actor, subject, new AccountAdministration.AccountUpdate(
                    orEmpty(change.email()), null, orEmpty(change.firstName()), orEmpty(change.lastName()), roles,
                    null));
            return detail(updated, now);
        });
    }

    /**
     * Disabling ends the account's sessions in the same transaction, as the admin API does. Neither is done to the
     * administrator's own account: disabling it would lock them out, and enabling it is another administrator's call.
     */
    public AccountDetail setDisabled(String actor, String accountId, boolean disabled, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        Instant now = clock.instant();
        return gateway.run(() -> {
            refuseOwnAccount(actor, subject, disabled ? "disable" : "enable");
            Account changed = accounts.setDisabled(actor, subject, disabled);
            if (disabled) {
                sessions.endAllOf(subject, null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN, actor);
            }
            return detail(changed, now);
        });
    }

    /**
     * Sets a new password; with {@code endSessions} every session of the account ends too (a password reset
     * after a suspected compromise is pointless while the intruder's tokens still work).
     *
     * @throws AccountException WEAK_PASSWORD
     */
    public AccountDetail resetPassword(String actor, String accountId, String password, boolean mustChange,
                                      boolean endSessions, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        Instant now = clock.instant();
        return gateway.run(() -> {
            Account changed = accounts.resetPassword(actor, subject, password == null ? "" : password, mustChange);
            if (endSessions) {
                sessions.endAllOf(subject, null, EndReason.ADMIN_REVOKE, client, Dialect.ADMIN, actor);
            }
            return detail(changed, now);
        });
    }

    public AccountDetail forcePasswordChange(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        Instant now = clock.instant();
        return gateway.run(() -> detail(accounts.forcePasswordChange(actor, subject), now));
    }

    public AccountDetail unlock(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        Instant now = clock.instant();
        return gateway.run(() -> detail(accounts.unlock(actor, subject), now));
    }

    /** Refused: an administrator who locks themselves out of the console needs another one to get back in. */
    public static final class SelfLockout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SelfLockout(String what) {
            super("You cannot " + what + " your own account.");
        }
    }

    /**
     * Starts an enrolment for the user and audits who started it: the administrator sees the secret, so the
     * trail must say that somebody other than the user held it.
     */
    public TotpSetup beginTotp(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return gateway.run(() -> {
            // One's own factor needs the current password (step-up): at sign-in, or through the native API.
            refuseOwnAccount(actor, subject, "start TOTP enrolment here for");
            TotpEnrollment.Pending pending = totp.begin(subject);
            Account account = accountStore.findById(subject).orElseThrow();
            audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).tenant(account.tenant())
                    .connector(ConnectorId.LOCAL).username(account.username()).actor(actor).target(accountId)
                    .reason("BEGIN_TOTP_ENROLMENT").write();
            return new TotpSetup(accountId, account.username(), pending.secret(), pending.otpauthUri());
        });
    }

    /** @return false for a wrong code */
    public boolean confirmTotp(String accountId, String code, ClientInfo client) {
        SubjectId subject = SubjectId.parse(accountId);
        return gateway.run(() -> totp.confirm(subject, code, Dialect.ADMIN, client));
    }

    public AccountRow resetTotp(String actor, String accountId) {
        SubjectId subject = SubjectId.parse(accountId);
        return AccountRow.of(gateway.run(() -> {
            // A stolen console session must not strip the administrator's own factor (then enrol the thief's).
            refuseOwnAccount(actor, subject, "reset the TOTP of");
            return totp.reset(actor, subject);
        }));
    }

    private AccountDetail detail(Account a, Instant now) {
        Optional<Throttle> byUsername = throttles.find(ThrottleKey.account(a.tenant(), ConnectorId.LOCAL, a.username()));
        Optional<Throttle> byEmail = a.email() == null ? Optional.empty()
                : throttles.find(ThrottleKey.account(a.tenant(), ConnectorId.LOCAL, a.email()));
        int failures = byUsername.map(Throttle::failures).orElse(0) + byEmail.map(Throttle::failures).orElse(0);
        Instant lockedUntil = later(lockedUntil(byUsername, now), lockedUntil(byEmail, now));
        return new AccountDetail(AccountRow.of(a), a.emailVerified(), a.firstName(), a.lastName(),
                a.mustChangePassword(), a.updatedAt(), failures, lockedUntil);
    }

    private static Instant lockedUntil(Optional<Throttle> throttle, Instant now) {
        return throttle.filter(t -> t.isLockedAt(now)).map(Throttle::lockedUntil).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : (b == null || a.isAfter(b) ? a : b);
    }

    private void refuseOwnAccount(String actor, SubjectId subject, String what) {
        boolean own = accountStore.findById(subject)
                .filter(a -> a.tenant().equals(TenantId.DEFAULT) && a.username().equalsIgnoreCase(actor)).isPresent();
        if (own) {
            throw new SelfLockout(what);
        }
    }

    private static Optional<SubjectId> subject(String accountId) {
        try {
            return accountId == null ? Optional.empty() : Optional.of(SubjectId.parse(accountId.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
