package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.InvalidRequest;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fixture keeps a replaced access token working for 10 s (refreshGrace). */
class RefreshTest {

    private final CoreFixture f = CoreFixture.create();
    private Identity alice;
    private LoginOutcome.LoggedIn in;

    @BeforeEach
    void logIn() {
        alice = f.user("alice", "correct horse");
        in = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
    }

    @Test
    void aRefreshRotatesBothTokensAndSpendsTheOldRefreshToken() {
        f.clock().advanceMinutes(10);

        IssuedSession next = f.refreshed(in.issued().refreshToken()).issued();

        assertThat(next.session().id()).isEqualTo(in.issued().session().id());
        assertThat(next.accessToken()).isNotEqualTo(in.issued().accessToken());
        assertThat(next.refreshToken()).isNotNull().isNotEqualTo(in.issued().refreshToken());
        assertThat(next.session().expiresAt()).isEqualTo(f.clock().instant().plus(Duration.ofHours(1)));
        assertThat(f.refreshTokenStore().findByToken(in.issued().refreshToken())).get()
                .satisfies(t -> {
                    assertThat(t.state()).isEqualTo(RefreshToken.RefreshState.USED);
                    assertThat(t.usedAt()).isEqualTo(f.clock().instant());
                });
        assertThat(f.refreshTokenStore().findByToken(next.refreshToken())).get()
                .extracting(RefreshToken::state).isEqualTo(RefreshToken.RefreshState.ACTIVE);
        assertThat(f.verified(next.accessToken()).id()).isEqualTo(next.session().id());
    }

    @Test
    void aRefreshTakesTheRolesTheOwnerHoldsNowNotThoseOfTheLogin() {
        f.local().changeRoles(CoreFixture.TENANT, "alice", java.util.Set.of("admin", "user"));
        LoginOutcome.LoggedIn admin = f.loggedIn(f.attempt("alice", "correct horse").refreshable());
        assertThat(admin.issued().session().roles()).containsExactlyInAnyOrder("admin", "user");
        f.local().changeRoles(CoreFixture.TENANT, "alice", java.util.Set.of("user"));
        f.clock().advanceMinutes(1);

        IssuedSession next = f.refreshed(admin.issued().refreshToken()).issued();

        assertThat(next.session().roles()).as("demoted since the login").containsExactly("user");
        assertThat(f.sessionStore().get(next.session().id()).roles()).containsExactly("user");
        assertThat(f.verified(next.accessToken()).roles()).containsExactly("user");
    }

    @Test
    void theOldRefreshTokenPresentedAgainRevokesTheWholeFamily() {
        f.clock().advanceMinutes(10);
        IssuedSession second = f.refreshed(in.issued().refreshToken()).issued();
        f.clock().advanceMinutes(10);
        IssuedSession third = f.refreshed(second.refreshToken()).issued();
        f.clock().advanceMinutes(1);
        f.audit().clear();
        ClientInfo thief = ClientInfo.of("web-app", "198.51.100.66", "curl/8", null);

        RefreshOutcome replay = f.sessionRefresh().refresh(in.issued().refreshToken(),
                RefreshRequest.of(CoreFixture.DIALECT, thief));

        assertThat(replay).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.REUSED));
        Session revoked = f.sessionStore().get(in.issued().session().id());
        assertThat(revoked.state()).isEqualTo(SessionState.REVOKED);
        assertThat(revoked.endReason()).isEqualTo(EndReason.REFRESH_REUSE);
        assertThat(revoked.endedAt()).isEqualTo(f.clock().instant());
        assertThat(f.refreshTokenStore().familyOf(revoked.id()))
                .hasSize(3)
                .noneMatch(t -> t.state() == RefreshToken.RefreshState.ACTIVE);
        assertThat(f.refreshTokenStore().findByToken(third.refreshToken())).get()
                .extracting(RefreshToken::state).isEqualTo(RefreshToken.RefreshState.REVOKED);

        AuditRecord reuse = f.audit().single(AuditEvent.REFRESH_REUSE_DETECTED);
        assertThat(reuse.outcome()).as("the refresh was refused").isEqualTo(Outcome.FAILURE);
        assertThat(reuse.session()).isEqualTo(revoked.id());
        assertThat(reuse.subject()).isEqualTo(alice.subject());
        assertThat(reuse.username()).isEqualTo("alice");
        assertThat(reuse.tenant()).isEqualTo(CoreFixture.TENANT);
        assertThat(reuse.connector()).isEqualTo(CoreFixture.LOCAL);
        assertThat(reuse.client()).isEqualTo(thief);
        assertThat(reuse.reason()).isEqualTo("REFRESH_REUSE");
        assertThat(f.audit().records()).hasSize(1);

        assertThat(f.refresh(third.refreshToken())).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
        assertThat(f.verify(third.accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
        assertThat(f.refresh(in.issued().refreshToken()))
                .as("a replay after the family died is just refused")
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
        assertThat(f.audit().of(AuditEvent.REFRESH_REUSE_DETECTED)).hasSize(1);
    }

    @Test
    void thePreviousAccessTokenWorksWithinTheGraceAndIsRefusedAfter() {
        f.clock().advanceMinutes(10);
        IssuedSession next = f.refreshed(in.issued().refreshToken()).issued();

        f.clock().advanceSeconds(9);
        assertThat(f.verified(in.issued().accessToken()).id()).isEqualTo(next.session().id());
        f.clock().advanceSeconds(1);
        assertThat(f.verify(in.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN));
        assertThat(f.verified(next.accessToken()).id()).isEqualTo(next.session().id());
    }

    @Test
    void aRefreshDoesNotReviveAnAccessTokenThatHadAlreadyExpired() {
        f.clock().advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(f.verify(in.issued().accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));

        IssuedSession next = f.refreshed(in.issued().refreshToken()).issued();

        assertThat(f.verify(in.issued().accessToken())).isInstanceOf(VerifyOutcome.Invalid.class);
        assertThat(f.verified(next.accessToken()).id()).isEqualTo(next.session().id());
    }

    @Test
    void aReplacedAccessTokenPastItsGraceCannotEndTheSession() {
        IssuedSession next = f.refreshed(in.issued().refreshToken()).issued();
        f.clock().advanceMinutes(1);

        assertThat(f.sessionEnding().logout(in.issued().accessToken(), CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();

        assertThat(f.verified(next.accessToken()).state()).isEqualTo(SessionState.ACTIVE);
        assertThat(f.audit().of(AuditEvent.LOGGED_OUT)).isEmpty();
    }

    @Test
    void aReplacedAccessTokenWithinItsGraceMayStillLogOut() {
        IssuedSession next = f.refreshed(in.issued().refreshToken()).issued();

        assertThat(f.sessionEnding().logout(in.issued().accessToken(), CoreFixture.CLIENT, CoreFixture.DIALECT)).isTrue();

        assertThat(f.verify(next.accessToken())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
    }

    @Test
    void anUnknownRefreshTokenIsRefusedAndAudited() {
        assertThat(f.refresh("not-a-token")).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));
        assertThat(f.refresh("")).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));
        assertThat(f.refresh(null)).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));

        AuditRecord failed = f.audit().of(AuditEvent.REFRESH_FAILED).get(0);
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.reason()).isEqualTo("UNKNOWN");
        assertThat(failed.session()).isNull();
        assertThat(failed.client()).isEqualTo(CoreFixture.CLIENT);
    }

    @Test
    void anAccessTokenIsNotARefreshTokenNorTheOtherWayRound() {
        assertThat(f.refresh(in.issued().accessToken()))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));
        assertThat(f.verify(in.issued().refreshToken()))
                .isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN));
    }

    @Test
    void aRefreshAskingForTooLongALifetimeIsInvalidAndSpendsNothing() {
        RefreshRequest greedy = new RefreshRequest(CoreFixture.DIALECT, CoreFixture.CLIENT,
                f.sessionPolicy().maxLifetime().plusSeconds(1), Map.of());

        assertThatThrownBy(() -> f.sessionRefresh().refresh(in.issued().refreshToken(), greedy))
                .isInstanceOfSatisfying(InvalidRequest.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidRequest.Kind.LIFETIME_TOO_LONG));

        assertThat(f.refreshTokenStore().findByToken(in.issued().refreshToken())).get()
                .extracting(RefreshToken::state).isEqualTo(RefreshToken.RefreshState.ACTIVE);
        assertThat(f.audit().of(AuditEvent.TOKEN_REFRESHED)).isEmpty();
        assertThat(f.refreshed(in.issued().refreshToken())).isNotNull();
    }

    @Test
    void aRefreshMayAskForAnotherLifetimeWithinTheMaximum() {
        RefreshRequest shorter = new RefreshRequest(CoreFixture.DIALECT, CoreFixture.CLIENT, Duration.ofMinutes(5),
                Map.of());

        RefreshOutcome outcome = f.sessionRefresh().refresh(in.issued().refreshToken(), shorter);

        assertThat(((RefreshOutcome.Refreshed) outcome).issued().session().expiresAt())
                .isEqualTo(f.clock().instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aSessionOpenedWithoutRefreshHasNoRefreshToken() {
        LoginOutcome.LoggedIn plain = f.loggedIn("alice", "correct horse");

        assertThat(plain.issued().refreshTokenIfAny()).isEmpty();
        assertThat(plain.issued().session().refreshable()).isFalse();
        assertThat(f.refreshTokenStore().familyOf(plain.issued().session().id())).isEmpty();
    }
}
