package org.authgate.connectors.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;
import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.account.AccountStore;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.SecondFactorManagement.PendingTotp;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.Dialect;

/**
 * Turning TOTP on for a local account in two steps: {@link #begin} stores a new secret and shows it; {@link #confirm}
 * switches TOTP on only once the user proved their app has it, so nobody is locked out by a secret they never saved.
 * Each call commits with its audit record. The local connector's
 * {@link org.authgate.core.connector.SecondFactorManagement}, reached through {@link LocalConnector}.
 */
@ApplicationScoped
@Transactional
public class TotpEnrollment {

    private final AccountStore store;
    private final AuditTrail audit;
    private final AdminAudit adminAudit;
    private final Clock clock;
    private final Totp totp;
    private final String issuer;

    @Inject
    public TotpEnrollment(AccountStore store, AuditTrail audit, Clock clock, LocalConnectorConfig config) {
        this(store, audit, clock, new Totp(), config.totpIssuer());
    }

    TotpEnrollment(AccountStore store, AuditTrail audit, Clock clock, Totp totp, String issuer) {
        this.store = Objects.requireNonNull(store);
        this.audit = Objects.requireNonNull(audit);
        this.adminAudit = new AdminAudit(audit);
        this.clock = Objects.requireNonNull(clock);
        this.totp = Objects.requireNonNull(totp);
        this.issuer = Objects.requireNonNull(issuer);
    }

    /** For the CDI client proxy only. */
    protected TotpEnrollment() {
        store = null;
        audit = null;
        adminAudit = null;
        clock = null;
        totp = null;
        issuer = null;
    }

    /**
     * Stores a new secret, not yet enabled; calling it again replaces a secret that was never confirmed.
     *
     * @throws AccountRefusal NOT_FOUND, or INVALID when TOTP is already on (an administrator resets it first, so
     *                          that a stolen session cannot move the second factor to another phone)
     */
    public PendingTotp begin(SubjectId subject) {
        Account account = existing(subject);
        if (account.totpEnabled()) {
            throw new AccountRefusal(AccountRefusal.Kind.INVALID, "TOTP is already enabled for this account");
        }
        String secret = totp.newSecret();
        store.update(account.toBuilder().totpSecret(secret).updatedAt(clock.instant()).build());
        return new PendingTotp(secret, totp.uri(issuer, account.username(), secret));
    }

    /** As {@link #confirm(SubjectId, String, Dialect, ClientInfo)} through the native API. */
    public boolean confirm(SubjectId subject, String code) {
        return confirm(subject, code, Dialect.NATIVE, ClientInfo.NONE);
    }

    /**
     * Enables TOTP when {@code code} is valid for the pending secret; the code is then spent, as after a login.
     *
     * @return false for a wrong code (nothing changes)
     * @throws AccountRefusal NOT_FOUND, or INVALID when no enrolment was begun or TOTP is already on
     */
    public boolean confirm(SubjectId subject, String code, Dialect dialect, ClientInfo client) {
        Account account = existing(subject);
        if (account.totpEnabled() || account.totpSecret() == null) {
            throw new AccountRefusal(AccountRefusal.Kind.INVALID, "no TOTP enrolment is pending for this account");
        }
        OptionalLong step = totp.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isEmpty() || step.getAsLong() <= account.totpLastStep()) {
            return false;
        }
        store.update(account.toBuilder().totpEnabled(true).totpLastStep(step.getAsLong()).updatedAt(clock.instant())
                .build());
        audit.of(AuditEvent.SECOND_FACTOR_ENROLLED, Outcome.SUCCESS, dialect).identity(LocalConnector.identityOf(account))
                .client(client).write();
        return true;
    }

    /** True when the account's logins need a code now; false for an unknown account. */
    public boolean isEnabled(SubjectId subject) {
        return store.findById(subject).map(Account::totpEnabled).orElse(false);
    }

    /**
     * Removes the account's TOTP (a lost phone): an administrator, or the user with their password; the user may
     * enrol again. The last accepted step is kept so that the step counter never goes back.
     */
    public Account reset(Actor actor, SubjectId subject) {
        Objects.requireNonNull(actor, "actor");
        Account account = existing(subject);
        Account reset = account.toBuilder().totpSecret(null).totpEnabled(false).updatedAt(clock.instant()).build();
        store.update(reset);
        adminAudit.record(actor, reset, AdminAction.RESET_TOTP);
        return reset;
    }

    private Account existing(SubjectId subject) {
        return store.findById(Objects.requireNonNull(subject, "subject"))
                .orElseThrow(AccountFields::notFound);
    }
}
