package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.InvalidRequest;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.identity.Identity;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.token.TokenGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wazo's refresh tokens: reusable, bound to a client id, one new session per refresh. */
class OfflineGrantServiceTest {
    private static final Dialect WAZO = new Dialect("wazo");

    private final CoreFixture f = CoreFixture.create();
    private OfflineGrantService grants;
    private Identity alice;
    private LoginOutcome.LoggedIn in;

    @BeforeEach
    void logIn() {
        grants = new OfflineGrantService(f.sessionOpening(), f.sessionVerification(), f.sessionStore(),
                f.refreshTokenStore(), new TokenIssuer(new TokenGenerator(), f.jwt()), new AuditTrail(f.audit(), f.clock()),
                f.clock());
        alice = f.user("alice", "correct horse");
        in = f.loggedIn(f.attempt("alice", "correct horse").refreshable().dialect(WAZO));
    }

    private RefreshRequest request(Duration lifetime) {
        return new RefreshRequest(WAZO, ClientInfo.of(null, "203.0.113.9", "sdk", null), lifetime, Map.of());
    }

    private IssuedSession refreshed(String clientId) {
        RefreshOutcome outcome = grants.refresh(in.issued().refreshToken(), clientId, request(null));
        assertThat(outcome).isInstanceOf(RefreshOutcome.Refreshed.class);
        return ((RefreshOutcome.Refreshed) outcome).issued();
    }

    @Test
    void theSameRefreshTokenServesManyRefreshesEachInANewSession() {
        f.clock().advanceMinutes(10);
        IssuedSession first = refreshed(CoreFixture.CLIENT.clientId());
        f.clock().advanceMinutes(10);
        IssuedSession second = refreshed(CoreFixture.CLIENT.clientId());

        assertThat(first.refreshToken()).isNull();
        assertThat(first.session().id()).isNotEqualTo(in.issued().session().id()).isNotEqualTo(second.session().id());
        assertThat(first.session().subject()).isEqualTo(alice.subject());
        assertThat(first.session().refreshable()).isFalse();
        assertThat(first.session().client().clientId()).isEqualTo(CoreFixture.CLIENT.clientId());
        assertThat(f.verified(first.accessToken()).id()).isEqualTo(first.session().id());
        assertThat(f.verified(second.accessToken()).id()).isEqualTo(second.session().id());
        assertThat(f.refreshTokenStore().findByToken(in.issued().refreshToken())).get()
                .extracting(RefreshToken::state).isEqualTo(RefreshToken.RefreshState.ACTIVE);
        assertThat(f.sessionStore().get(in.issued().session().id()).lastSeenAt())
                .as("a refresh keeps the grant from idling out").isEqualTo(f.clock().instant());
        assertThat(f.audit().of(AuditEvent.TOKEN_REFRESHED)).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.dialect()).isEqualTo(WAZO);
                    assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(r.subject()).isEqualTo(alice.subject());
                });
    }

    @Test
    void theRequestedLifetimeAppliesAndTheMaximumIsEnforcedBeforeAnyWork() {
        IssuedSession shortOne = ((RefreshOutcome.Refreshed) grants.refresh(in.issued().refreshToken(),
                CoreFixture.CLIENT.clientId(), request(Duration.ofSeconds(5)))).issued();
        assertThat(shortOne.session().expiresAt()).isEqualTo(f.clock().instant().plusSeconds(5));
        int before = f.audit().size();

        assertThatThrownBy(() -> grants.refresh(in.issued().refreshToken(), CoreFixture.CLIENT.clientId(),
                request(Duration.ofDays(3650)))).isInstanceOf(InvalidRequest.class);
        assertThat(f.audit().size()).isEqualTo(before);
    }

    @Test
    void anotherClientIdOrAnUnknownTokenIsRefusedAndAudited() {
        assertThat(grants.refresh(in.issued().refreshToken(), "other-app", request(null)))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));
        assertThat(grants.refresh("no-such-token", CoreFixture.CLIENT.clientId(), request(null)))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));
        assertThat(f.audit().of(AuditEvent.REFRESH_FAILED)).hasSize(2)
                .allSatisfy(r -> assertThat(r.dialect()).isEqualTo(WAZO));
    }

    @Test
    void loggingTheAnchorSessionOutEndsTheGrant() {
        f.sessionEnding().logout(in.issued().accessToken(), CoreFixture.CLIENT, WAZO);

        assertThat(grants.refresh(in.issued().refreshToken(), CoreFixture.CLIENT.clientId(), request(null)))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
    }

    @Test
    void anExpiredGrantIsRefused() {
        f.clock().advance(f.sessionPolicy().refreshTokenLifetime().plusSeconds(1));

        assertThat(grants.refresh(in.issued().refreshToken(), CoreFixture.CLIENT.clientId(), request(null)))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.EXPIRED));
    }

    @Test
    void revokingTheClientsGrantsKeepsAccessTokensWorkingButStopsRefreshes() {
        IssuedSession child = refreshed(CoreFixture.CLIENT.clientId());
        f.audit().clear();

        assertThat(grants.revokeClient(child.accessToken(), CoreFixture.CLIENT.clientId(), CoreFixture.CLIENT, WAZO))
                .contains(1);

        assertThat(grants.refresh(in.issued().refreshToken(), CoreFixture.CLIENT.clientId(), request(null)))
                .isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.ENDED));
        assertThat(f.verified(child.accessToken()).id()).isEqualTo(child.session().id());
        assertThat(f.verified(in.issued().accessToken()).id()).isEqualTo(in.issued().session().id());
        AuditRecord revoked = f.audit().single(AuditEvent.LOGGED_OUT);
        assertThat(revoked.session()).isEqualTo(in.issued().session().id());
        assertThat(revoked.dialect()).isEqualTo(WAZO);
    }

    @Test
    void revokingWithAnInvalidTokenOrForAnotherClientRevokesNothing() {
        assertThat(grants.revokeClient("not-a-token", CoreFixture.CLIENT.clientId(), CoreFixture.CLIENT, WAZO))
                .isEmpty();
        assertThat(grants.revokeClient(in.issued().accessToken(), "other-app", CoreFixture.CLIENT, WAZO)).contains(0);
        assertThat(grants.refresh(in.issued().refreshToken(), CoreFixture.CLIENT.clientId(), request(null)))
                .isInstanceOf(RefreshOutcome.Refreshed.class);
    }
}
