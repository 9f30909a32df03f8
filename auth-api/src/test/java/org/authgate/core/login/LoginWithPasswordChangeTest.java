package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.core.audit.AuditEvent;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

class LoginWithPasswordChangeTest {

    private final CoreFixture f = CoreFixture.create();
    private final LoginWithPasswordChange useCase = new LoginWithPasswordChange(f.logins(), f.passwords(),
            f.sessionEnding());

    @Test
    void theFormerPasswordLogsInAndIsReplaced() {
        f.user("alice", "correct horse");

        LoginWithPasswordChange.Result result = useCase.login(f.attempt("alice", "correct horse").toRequest(),
                "a brand new one");

        assertThat(result.succeeded()).isTrue();
        String token = ((LoginOutcome.LoggedIn) result.login()).issued().accessToken();
        assertThat(f.verify(token)).isInstanceOf(VerifyOutcome.Valid.class);
        assertThat(f.login("alice", "a brand new one")).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(f.audit().events()).containsSubsequence(AuditEvent.LOGIN_SUCCEEDED, AuditEvent.PASSWORD_CHANGED);
    }

    @Test
    void theChangeEndsTheAccountsOtherSessionsAndKeepsTheNewOne() {
        f.user("erin", "correct horse");
        String other = f.loggedIn("erin", "correct horse").issued().accessToken();

        LoginWithPasswordChange.Result result = useCase.login(f.attempt("erin", "correct horse").toRequest(),
                "a brand new one");

        String token = ((LoginOutcome.LoggedIn) result.login()).issued().accessToken();
        assertThat(f.verify(token)).isInstanceOf(VerifyOutcome.Valid.class);
        assertThat(f.verify(other)).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
    }

    @Test
    void aWrongFormerPasswordIsARefusedLoginAndChangesNothing() {
        f.user("bob", "correct horse");

        LoginWithPasswordChange.Result result = useCase.login(f.attempt("bob", "wrong horse").toRequest(),
                "a brand new one");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.change()).isNull();
        assertThat(result.login()).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(f.audit().events()).doesNotContain(AuditEvent.PASSWORD_CHANGED, AuditEvent.PASSWORD_CHANGE_FAILED);
    }

    @Test
    void aRefusedChangeEndsTheSessionItOpened() {
        f.user("carol", "correct horse");

        LoginWithPasswordChange.Result result = useCase.login(f.attempt("carol", "correct horse").toRequest(), "short");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.change()).isEqualTo(PasswordChangeService.Result.TOO_WEAK);
        String token = ((LoginOutcome.LoggedIn) result.login()).issued().accessToken();
        assertThat(f.verify(token)).isInstanceOf(VerifyOutcome.Invalid.class);
        assertThat(f.audit().events()).contains(AuditEvent.PASSWORD_CHANGE_FAILED, AuditEvent.LOGGED_OUT);
    }

    @Test
    void anExpiredPasswordIsRenewedThroughTheConnectorsOwnPath() {
        f.user("dave", "correct horse");
        f.local().refuseAfterPassword(CoreFixture.TENANT, "dave", RejectionReason.PASSWORD_EXPIRED);

        LoginWithPasswordChange.Result result = useCase.login(f.attempt("dave", "correct horse").toRequest(),
                "a brand new one");

        assertThat(f.local().authentications()).isEqualTo(2);
        assertThat(result.succeeded()).isFalse();
        assertThat(f.audit().events()).doesNotContain(AuditEvent.PASSWORD_CHANGED);
    }
}
