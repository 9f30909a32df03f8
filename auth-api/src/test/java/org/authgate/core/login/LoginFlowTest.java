package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.Identity;
import org.authgate.core.session.ClientInfo;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.RefreshRequest;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionId;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.Test;

class LoginFlowTest {

    private final CoreFixture f = CoreFixture.create();

    @Test
    void loginVerifyRefreshLogoutThenVerifyIsRefusedWithEachStepAudited() {
        Identity alice = f.user("alice", "correct horse");

        Instant loginAt = f.clock().instant();
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
        Session opened = in.issued().session();
        assertThat(in.identity()).isEqualTo(alice);
        assertThat(in.issued().refreshTokenIfAny()).isPresent();
        assertThat(opened.state()).isEqualTo(SessionState.ACTIVE);
        assertThat(opened.expiresAt()).isEqualTo(loginAt.plus(f.sessionPolicy().defaultLifetime()));
        assertThat(f.audit().records()).hasSize(1);
        assertRecord(f.audit().last(), AuditEvent.LOGIN_SUCCEEDED, Outcome.SUCCESS, alice, opened.id(),
                CoreFixture.CLIENT, null, loginAt);

        f.clock().advanceMinutes(5);
        assertThat(f.verified(in.issued().accessToken()).id()).isEqualTo(opened.id());
        assertThat(f.audit().records()).as("a token check is not an audit event").hasSize(1);

        f.clock().advanceMinutes(5);
        ClientInfo phone = ClientInfo.of("web-app", "198.51.100.9", "JUnit/5 phone", "phone");
        RefreshOutcome refresh = f.sessionRefresh().refresh(in.issued().refreshToken(),
                RefreshRequest.of(CoreFixture.DIALECT, phone));
        assertThat(refresh).isInstanceOf(RefreshOutcome.Refreshed.class);
        var refreshed = ((RefreshOutcome.Refreshed) refresh).issued();
        assertThat(refreshed.session().id()).isEqualTo(opened.id());
        assertThat(refreshed.accessToken()).isNotEqualTo(in.issued().accessToken());
        assertThat(refreshed.refreshToken()).isNotEqualTo(in.issued().refreshToken());
        assertThat(f.audit().records()).hasSize(2);
        assertRecord(f.audit().last(), AuditEvent.TOKEN_REFRESHED, Outcome.SUCCESS, alice, opened.id(), phone, null,
                f.clock().instant());

        f.clock().advanceMinutes(1);
        assertThat(f.sessionEnding().logout(refreshed.accessToken(), phone, CoreFixture.DIALECT)).isTrue();
        assertThat(f.audit().records()).hasSize(3);
        assertRecord(f.audit().last(), AuditEvent.LOGGED_OUT, Outcome.SUCCESS, alice, opened.id(), phone, "LOGOUT",
                f.clock().instant());
        Session ended = f.sessionStore().get(opened.id());
        assertThat(ended.state()).isEqualTo(SessionState.LOGGED_OUT);
        assertThat(ended.endReason()).isEqualTo(EndReason.LOGOUT);
        assertThat(ended.endedAt()).isEqualTo(f.clock().instant());

        assertThat(f.verify(refreshed.accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
        assertThat(f.verify(in.issued().accessToken())).isInstanceOf(VerifyOutcome.Invalid.class);
        assertThat(f.refresh(refreshed.refreshToken()))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
        assertThat(f.audit().events()).containsExactly(AuditEvent.LOGIN_SUCCEEDED, AuditEvent.TOKEN_REFRESHED,
                AuditEvent.LOGGED_OUT, AuditEvent.REFRESH_FAILED);
        assertThat(f.audit().records()).extracting(AuditRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void onlyHashesOfTokensAreStored() {
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").refreshable());

        Session stored = f.sessionStore().get(in.issued().session().id());
        assertThat(stored.toString()).doesNotContain(in.issued().accessToken());
        assertThat(stored.accessTokenHash().hex()).isNotEqualTo(in.issued().accessToken());
        assertThat(f.refreshTokenStore().familyOf(stored.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.toString()).doesNotContain(in.issued().refreshToken()));
        assertThat(in.issued().toString()).doesNotContain(in.issued().accessToken())
                .doesNotContain(in.issued().refreshToken());
    }

    @Test
    void anAuditWriteThatFailsFailsTheLoginSoTheCallerRollsBack() {
        f.user("alice", "correct horse");
        IllegalStateException down = new IllegalStateException("audit table unavailable");
        f.audit().failWith(down);

        assertThatThrownBy(() -> f.login("alice", "correct horse")).isSameAs(down);
        assertThatThrownBy(() -> f.login("alice", "wrong")).isSameAs(down);
    }

    static void assertRecord(AuditRecord r, AuditEvent event, Outcome outcome, Identity who, SessionId session,
                             ClientInfo client, String reason, Instant at) {
        assertThat(r.event()).isEqualTo(event);
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.tenant()).isEqualTo(who.tenant());
        assertThat(r.connector()).isEqualTo(who.connector());
        assertThat(r.dialect()).isEqualTo(CoreFixture.DIALECT);
        assertThat(r.subject()).isEqualTo(who.subject());
        assertThat(r.username()).isEqualTo(who.username());
        assertThat(r.session()).isEqualTo(session);
        assertThat(r.client()).isEqualTo(client);
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.at()).isEqualTo(at);
        assertThat(r.actor()).isNull();
    }
}
