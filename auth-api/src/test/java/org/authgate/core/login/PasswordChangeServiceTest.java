package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.Identity;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshToken;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordChangeServiceTest {

    private static final ThrottleKey ALICE = ThrottleKey.account(CoreFixture.TENANT, CoreFixture.LOCAL, "alice");
    private static final LoginOutcome INVALID_CREDENTIALS =
            new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());

    private final CoreFixture f = CoreFixture.create();
    private Identity alice;
    private LoginOutcome.LoggedIn current;

    @BeforeEach
    void logIn() {
        alice = f.user("alice", "correct horse");
        current = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
    }

    @Test
    void aWrongFormerPasswordFailsIsAuditedAndCountsTowardLockout() {
        Session session = f.verified(current.issued().accessToken());

        PasswordChangeService.Result result = change(session, "not my password", "a brand new one", OtherSessions.KEEP);

        assertThat(result).isEqualTo(PasswordChangeService.Result.WRONG_FORMER_PASSWORD);
        AuditRecord failed = f.audit().single(AuditEvent.PASSWORD_CHANGE_FAILED);
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.reason()).isEqualTo("WRONG_FORMER_PASSWORD");
        assertThat(failed.session()).isEqualTo(session.id());
        assertThat(failed.subject()).isEqualTo(alice.subject());
        assertThat(failed.username()).isEqualTo("alice");
        assertThat(failed.client()).isEqualTo(CoreFixture.CLIENT);
        assertThat(f.throttleStore().failuresOf(ALICE)).isEqualTo(1);
        assertThat(f.login("alice", "a brand new one")).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void guessingTheFormerPasswordLocksTheAccountForLoginsAndChangesAlike() {
        Session session = f.verified(current.issued().accessToken());
        for (int i = 0; i < 3; i++) {
            change(session, "guess " + i, "a brand new one", OtherSessions.KEEP);
        }

        assertThat(change(session, "correct horse", "a brand new one", OtherSessions.KEEP))
                .isEqualTo(PasswordChangeService.Result.LOCKED);
        assertThat(f.audit().last().reason()).isEqualTo("LOCKED");
        assertThat(f.login("alice", "correct horse")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().last().event()).isEqualTo(AuditEvent.LOCKED_OUT);
    }

    @Test
    void aSuccessWithEndOtherSessionsEndsTheOthersButKeepsTheCurrentOne() {
        LoginOutcome.LoggedIn phone = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
        f.user("bob", "bob's password");
        LoginOutcome.LoggedIn bob = f.loggedIn("bob", "bob's password");
        Session session = f.verified(current.issued().accessToken());
        f.audit().clear();

        PasswordChangeService.Result result = change(session, "correct horse", "a brand new one", OtherSessions.END);

        assertThat(result).isEqualTo(PasswordChangeService.Result.CHANGED);
        assertThat(f.verified(current.issued().accessToken()).id()).isEqualTo(session.id());
        assertThat(f.refreshed(current.issued().refreshToken())).isNotNull();
        Session ended = f.sessionStore().get(phone.issued().session().id());
        assertThat(ended.state()).isEqualTo(SessionState.LOGGED_OUT);
        assertThat(ended.endReason()).isEqualTo(EndReason.PASSWORD_CHANGED);
        assertThat(f.verify(phone.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
        assertThat(f.refresh(phone.issued().refreshToken()))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
        assertThat(f.verified(bob.issued().accessToken()).state()).isEqualTo(SessionState.ACTIVE);

        AuditRecord changed = f.audit().single(AuditEvent.PASSWORD_CHANGED);
        assertThat(changed.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(changed.session()).isEqualTo(session.id());
        assertThat(changed.subject()).isEqualTo(alice.subject());
        AuditRecord loggedOut = f.audit().single(AuditEvent.LOGGED_OUT);
        assertThat(loggedOut.session()).isEqualTo(ended.id());
        assertThat(loggedOut.reason()).isEqualTo("PASSWORD_CHANGED");

        assertThat(f.login("alice", "correct horse")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.login("alice", "a brand new one")).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void aSuccessWithoutEndOtherSessionsKeepsThem() {
        LoginOutcome.LoggedIn phone = f.loggedIn("alice", "correct horse");
        Session session = f.verified(current.issued().accessToken());

        assertThat(change(session, "correct horse", "a brand new one", OtherSessions.KEEP))
                .isEqualTo(PasswordChangeService.Result.CHANGED);

        assertThat(f.verified(phone.issued().accessToken()).state()).isEqualTo(SessionState.ACTIVE);
        assertThat(f.audit().of(AuditEvent.LOGGED_OUT)).isEmpty();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        Session session = f.verified(current.issued().accessToken());
        change(session, "guess", "a brand new one", OtherSessions.KEEP);
        change(session, "guess", "a brand new one", OtherSessions.KEEP);

        change(session, "correct horse", "a brand new one", OtherSessions.KEEP);

        assertThat(f.throttleStore().failuresOf(ALICE)).isZero();
    }

    @Test
    void aTooWeakPasswordIsRefusedWithoutCountingAsAGuess() {
        Session session = f.verified(current.issued().accessToken());

        assertThat(change(session, "correct horse", "short", OtherSessions.END))
                .isEqualTo(PasswordChangeService.Result.TOO_WEAK);

        assertThat(f.audit().single(AuditEvent.PASSWORD_CHANGE_FAILED).reason()).isEqualTo("TOO_WEAK");
        assertThat(f.throttleStore().failuresOf(ALICE)).isZero();
        assertThat(f.login("alice", "correct horse")).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void aConnectorWithoutPasswordChangerAnswersNotSupported() {
        f.directory().addUser(CoreFixture.TENANT, "dave", "dave's password");
        LoginOutcome.LoggedIn dave = f.loggedIn(f.attempt("dave", "dave's password").via(CoreFixture.DIRECTORY));
        Session session = f.verified(dave.issued().accessToken());

        assertThat(change(session, "dave's password", "a brand new one", OtherSessions.END))
                .isEqualTo(PasswordChangeService.Result.NOT_SUPPORTED);

        AuditRecord failed = f.audit().single(AuditEvent.PASSWORD_CHANGE_FAILED);
        assertThat(failed.reason()).isEqualTo("NOT_SUPPORTED");
        assertThat(failed.connector()).isEqualTo(CoreFixture.DIRECTORY);
        assertThat(f.throttleStore().isEmpty()).isTrue();
        assertThat(f.verified(dave.issued().accessToken()).state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void theOtherSessionsRefreshTokensAreRevokedToo() {
        LoginOutcome.LoggedIn phone = f.loggedIn(f.attempt("alice", "correct horse").refreshable());

        change(f.verified(current.issued().accessToken()), "correct horse", "a brand new one", OtherSessions.END);

        assertThat(f.refreshTokenStore().familyOf(phone.issued().session().id()))
                .extracting(RefreshToken::state).containsOnly(RefreshToken.RefreshState.REVOKED);
    }

    private PasswordChangeService.Result change(Session session, String former, String replacement,
                                                OtherSessions others) {
        return f.passwords().change(session, former, replacement, others, CoreFixture.CLIENT, CoreFixture.DIALECT);
    }
}
