package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionAdministrationTest {

    private static final ClientInfo CONSOLE = ClientInfo.of(null, "10.0.0.2", "Firefox", null);

    private final CoreFixture f = CoreFixture.create();
    private Identity alice;
    private LoginOutcome.LoggedIn laptop;
    private LoginOutcome.LoggedIn phone;

    @BeforeEach
    void twoSessions() {
        alice = f.user("alice", "correct horse");
        laptop = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
        phone = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
        f.audit().clear();
    }

    @Test
    void anAdminRevokeEndsTheSessionAndItsTokensAndNamesTheAdmin() {
        SessionId id = laptop.issued().session().id();

        assertThat(f.sessionEnding().revoke(id, "root", CONSOLE, Dialect.ADMIN)).isTrue();

        Session revoked = f.sessionStore().get(id);
        assertThat(revoked.state()).isEqualTo(SessionState.REVOKED);
        assertThat(revoked.endReason()).isEqualTo(EndReason.ADMIN_REVOKE);
        assertThat(f.verify(laptop.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
        assertThat(f.refresh(laptop.issued().refreshToken()))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
        assertThat(f.verified(phone.issued().accessToken()).state()).isEqualTo(SessionState.ACTIVE);

        AuditRecord record = f.audit().single(AuditEvent.SESSION_REVOKED);
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.actor()).isEqualTo("root");
        assertThat(record.dialect()).isEqualTo(Dialect.ADMIN);
        assertThat(record.client()).isEqualTo(CONSOLE);
        assertThat(record.session()).isEqualTo(id);
        assertThat(record.subject()).isEqualTo(alice.subject());
        assertThat(record.reason()).isEqualTo("ADMIN_REVOKE");
    }

    @Test
    void revokingAnEndedOrUnknownSessionDoesNothing() {
        SessionId id = laptop.issued().session().id();
        f.sessionEnding().revoke(id, "root", CONSOLE, Dialect.ADMIN);

        assertThat(f.sessionEnding().revoke(id, "root", CONSOLE, Dialect.ADMIN)).isFalse();
        assertThat(f.sessionEnding().revoke(SessionId.random(), "root", CONSOLE, Dialect.ADMIN)).isFalse();
        assertThat(f.audit().records()).hasSize(1);
    }

    @Test
    void logoutByRefreshTokenEndsThatSession() {
        assertThat(f.sessionEnding().logoutByRefreshToken(laptop.issued().refreshToken(), CoreFixture.CLIENT,
                CoreFixture.DIALECT)).isTrue();

        Session ended = f.sessionStore().get(laptop.issued().session().id());
        assertThat(ended.state()).isEqualTo(SessionState.LOGGED_OUT);
        assertThat(ended.endReason()).isEqualTo(EndReason.LOGOUT);
        assertThat(f.verify(laptop.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
        assertThat(f.refreshTokenStore().findByToken(laptop.issued().refreshToken())).get()
                .extracting(RefreshToken::state).isEqualTo(RefreshToken.RefreshState.REVOKED);
        AuditRecord record = f.audit().single(AuditEvent.LOGGED_OUT);
        assertThat(record.session()).isEqualTo(ended.id());
        assertThat(record.reason()).isEqualTo("LOGOUT");
        assertThat(f.verified(phone.issued().accessToken()).state()).isEqualTo(SessionState.ACTIVE);

        assertThat(f.sessionEnding().logoutByRefreshToken(laptop.issued().refreshToken(), CoreFixture.CLIENT,
                CoreFixture.DIALECT)).as("twice").isFalse();
        assertThat(f.audit().records()).hasSize(1);
    }

    @Test
    void logoutByASpentRefreshTokenDoesNothing() {
        IssuedSession next = f.refreshed(laptop.issued().refreshToken()).issued();

        assertThat(f.sessionEnding().logoutByRefreshToken(laptop.issued().refreshToken(), CoreFixture.CLIENT,
                CoreFixture.DIALECT)).isFalse();
        assertThat(f.verified(next.accessToken()).state()).isEqualTo(SessionState.ACTIVE);
        assertThat(f.sessionEnding().logoutByRefreshToken("nonsense", CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();
        assertThat(f.sessionEnding().logoutByRefreshToken(null, CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();
    }

    @Test
    void logoutOfAnUnknownOrEndedTokenIsFalseAndUnaudited() {
        f.sessionEnding().logout(laptop.issued().accessToken(), CoreFixture.CLIENT, CoreFixture.DIALECT);

        assertThat(f.sessionEnding().logout(laptop.issued().accessToken(), CoreFixture.CLIENT, CoreFixture.DIALECT))
                .isFalse();
        assertThat(f.sessionEnding().logout("nonsense", CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();
        assertThat(f.sessionEnding().logout(null, CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();
        assertThat(f.audit().records()).hasSize(1);
    }

    @Test
    void endAllOfEndsEveryOtherLiveSessionOfTheSubjectIncludingPendingOnes() {
        f.local().requireSecondFactor(CoreFixture.TENANT, "alice");
        LoginOutcome pending = f.login("alice", "correct horse");
        assertThat(pending).isInstanceOf(LoginOutcome.SecondFactorPending.class);
        f.user("bob", "bob's password");
        LoginOutcome.LoggedIn bob = f.loggedIn("bob", "bob's password");
        f.audit().clear();

        int ended = f.sessionEnding().endAllOf(alice.subject(), laptop.issued().session().id(), EndReason.LOGOUT_ALL,
                CoreFixture.CLIENT, CoreFixture.DIALECT, null);

        assertThat(ended).isEqualTo(2);
        assertThat(f.sessionVerification().liveSessionsOf(alice.subject())).extracting(Session::id)
                .containsExactly(laptop.issued().session().id());
        assertThat(f.sessionStore().get(phone.issued().session().id()).endReason()).isEqualTo(EndReason.LOGOUT_ALL);
        assertThat(f.sessionStore().get(phone.issued().session().id()).state()).isEqualTo(SessionState.LOGGED_OUT);
        assertThat(f.verified(bob.issued().accessToken()).state()).isEqualTo(SessionState.ACTIVE);
        assertThat(f.audit().of(AuditEvent.LOGGED_OUT)).hasSize(2).extracting(AuditRecord::reason)
                .containsOnly("LOGOUT_ALL");
        String challenge = ((LoginOutcome.SecondFactorPending) pending).challenge();
        assertThat(f.completeSecondFactor(challenge, f.local().currentCode()))
                .isInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void endAllOfWithoutAKeeperAndAsAnAdminRevokesEverything() {
        int ended = f.sessionEnding().endAllOf(alice.subject(), null, EndReason.ADMIN_REVOKE, CONSOLE, Dialect.ADMIN,
                "root");

        assertThat(ended).isEqualTo(2);
        assertThat(f.sessionVerification().liveSessionsOf(alice.subject())).isEmpty();
        assertThat(f.sessionStore().all()).extracting(Session::state).containsOnly(SessionState.REVOKED);
        assertThat(f.audit().of(AuditEvent.SESSION_REVOKED)).hasSize(2).extracting(AuditRecord::actor)
                .containsOnly("root");
        assertThat(f.sessionEnding().endAllOf(alice.subject(), null, EndReason.ADMIN_REVOKE, CONSOLE, Dialect.ADMIN,
                "root")).isZero();
    }

    @Test
    void identityOfFallsBackToTheLoginSnapshot() {
        Session session = f.verified(laptop.issued().accessToken());

        Identity identity = f.sessionVerification().identityOf(session);

        assertThat(identity.subject()).isEqualTo(alice.subject());
        assertThat(identity.username()).isEqualTo("alice");
        assertThat(identity.roles()).isEqualTo(alice.roles());
        assertThat(identity.connector()).isEqualTo(CoreFixture.LOCAL);
    }

    @Test
    void aSubjectTheConnectorNoLongerKnowsHoldsNoRoleNotThoseOfTheLogin() {
        Session session = f.verified(laptop.issued().accessToken());
        assertThat(session.roles()).isNotEmpty();
        f.local().remove(CoreFixture.TENANT, "alice");

        Identity identity = f.sessionVerification().identityOf(session);

        assertThat(identity.subject()).isEqualTo(alice.subject());
        assertThat(identity.roles()).as("deleted since the login").isEmpty();
    }
}
