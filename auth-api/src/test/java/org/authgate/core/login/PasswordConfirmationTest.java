package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.session.Session;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

class PasswordConfirmationTest {

    private static final ThrottleKey ALICE = ThrottleKey.account(CoreFixture.TENANT, CoreFixture.LOCAL, "alice");

    private final CoreFixture f = CoreFixture.create();
    private final PasswordConfirmation confirmation = new PasswordConfirmation(f.connectors(), f.throttleStore(),
            f.accountLockout(), new AuditTrail(f.audit(), f.clock()), f.clock());

    private Session aliceSession() {
        f.user("alice", "correct horse");
        return f.verified(f.loggedIn("alice", "correct horse").issued().accessToken());
    }

    private PasswordConfirmation.Result confirm(Session session, String password) {
        return confirmation.confirm(session, password, "TOTP_ENROLMENT", CoreFixture.CLIENT, CoreFixture.DIALECT);
    }

    @Test
    void theRightPasswordConfirmsAndWritesNothing() {
        Session session = aliceSession();
        f.audit().clear();

        assertThat(confirm(session, "correct horse")).isEqualTo(PasswordConfirmation.Result.CONFIRMED);

        assertThat(f.audit().events()).isEmpty();
        assertThat(f.throttleStore().failuresOf(ALICE)).isZero();
    }

    @Test
    void aWrongPasswordIsAuditedAndCountsTowardTheAccountsLockout() {
        Session session = aliceSession();

        assertThat(confirm(session, "a guess")).isEqualTo(PasswordConfirmation.Result.WRONG_PASSWORD);
        assertThat(confirm(session, null)).isEqualTo(PasswordConfirmation.Result.WRONG_PASSWORD);

        AuditRecord failed = f.audit().last();
        assertThat(failed.event()).isEqualTo(AuditEvent.STEP_UP_FAILED);
        assertThat(failed.reason()).isEqualTo("TOTP_ENROLMENT:WRONG_PASSWORD");
        assertThat(failed.session()).isEqualTo(session.id());
        assertThat(f.throttleStore().failuresOf(ALICE)).isEqualTo(2);
    }

    @Test
    void guessingLocksTheAccountSoEvenTheRightPasswordIsRefused() {
        Session session = aliceSession();
        for (int i = 0; i < 3; i++) {
            confirm(session, "guess " + i);
        }

        assertThat(confirm(session, "correct horse")).isEqualTo(PasswordConfirmation.Result.LOCKED);
        assertThat(f.audit().last().reason()).isEqualTo("TOTP_ENROLMENT:LOCKED");
    }

    @Test
    void aConnectorThatCannotCheckPasswordsAnswersNotSupported() {
        f.directory().addUser(CoreFixture.TENANT, "dave", "dave's password");
        Session dave = f.verified(f.loggedIn(f.attempt("dave", "dave's password").via(CoreFixture.DIRECTORY))
                .issued().accessToken());

        assertThat(confirm(dave, "dave's password")).isEqualTo(PasswordConfirmation.Result.NOT_SUPPORTED);
    }
}
