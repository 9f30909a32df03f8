package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.InvalidRequest;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.testing.FakeJwtCodec;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.TokenGenerator;
import org.junit.jupiter.api.Test;

/** The fixture: 1 h default tokens, 1 day maximum, 7 days per session; here a 1 s grace as Kuzzle has. */
class AccessTokenRenewalTest {
    private static final Dialect KUZZLE = new Dialect("kuzzle");

    private final CoreFixture f = CoreFixture.builder().refreshGrace(Duration.ofSeconds(1))
            .tokenFormat(AccessTokenFormat.JWT).build();
    private final AccessTokenRenewal renewal = new AccessTokenRenewal(f.sessionVerification(), f.sessionPolicy(),
            f.sessionStore(), new TokenIssuer(new TokenGenerator(), f.jwt()), new AuditTrail(f.audit(), f.clock()),
            f.clock());

    private LoginOutcome.LoggedIn logIn() {
        f.user("alice", "correct horse");
        return f.loggedIn(f.attempt("alice", "correct horse").claim("_id", "kuid-1"));
    }

    private AccessTokenRenewal.Outcome renew(String token, Duration lifetime) {
        return renewal.renew(token, lifetime, CoreFixture.CLIENT, KUZZLE, Map.of("_id", "kuid-1"));
    }

    private static IssuedSession renewed(AccessTokenRenewal.Outcome outcome) {
        assertThat(outcome).isInstanceOf(AccessTokenRenewal.Renewed.class);
        return ((AccessTokenRenewal.Renewed) outcome).issued();
    }

    @Test
    void aLiveTokenIsReplacedByANewOneOfTheSameSessionAndTheRenewalIsAudited() {
        LoginOutcome.LoggedIn in = logIn();
        f.clock().advanceMinutes(10);

        IssuedSession next = renewed(renew(in.issued().accessToken(), null));

        assertThat(next.session().id()).isEqualTo(in.issued().session().id());
        assertThat(next.accessToken()).isNotEqualTo(in.issued().accessToken());
        assertThat(next.refreshToken()).isNull();
        assertThat(next.session().expiresAt()).isEqualTo(f.clock().instant().plus(Duration.ofHours(1)));
        assertThat(FakeJwtCodec.readPayload(next.accessToken())).containsEntry("x._id", "kuid-1"); // the fake codec prefixes extra claims
        assertThat(f.verified(next.accessToken()).id()).isEqualTo(next.session().id());
        AuditRecord record = f.audit().single(AuditEvent.TOKEN_REFRESHED);
        assertThat(record.dialect()).isEqualTo(KUZZLE);
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.session()).isEqualTo(next.session().id());
    }

    @Test
    void theReplacedTokenWorksDuringTheGraceThenIsRefused() {
        LoginOutcome.LoggedIn in = logIn();
        renewed(renew(in.issued().accessToken(), null));

        f.clock().advance(Duration.ofMillis(900));
        assertThat(f.verify(in.issued().accessToken())).isInstanceOf(VerifyOutcome.Valid.class);
        f.clock().advance(Duration.ofMillis(100));
        assertThat(f.verify(in.issued().accessToken())).isInstanceOf(VerifyOutcome.Invalid.class);
    }

    @Test
    void aReplacedTokenCannotRenewAgainEvenWithinItsGrace() {
        LoginOutcome.LoggedIn in = logIn();
        IssuedSession next = renewed(renew(in.issued().accessToken(), null));

        assertThat(renew(in.issued().accessToken(), null)).isEqualTo(
                new AccessTokenRenewal.Refused(VerifyOutcome.Why.UNKNOWN));
        assertThat(f.verified(next.accessToken()).id()).isEqualTo(next.session().id());
        assertThat(f.audit().single(AuditEvent.REFRESH_FAILED).reason()).isEqualTo("REPLACED");
    }

    @Test
    void theRequestedLifetimeIsGrantedWithinTheMaximum() {
        LoginOutcome.LoggedIn in = logIn();

        IssuedSession next = renewed(renew(in.issued().accessToken(), Duration.ofHours(12)));

        assertThat(next.session().expiresAt()).isEqualTo(f.clock().instant().plus(Duration.ofHours(12)));
    }

    @Test
    void aLifetimeAboveTheMaximumIsRefusedBeforeAnyChange() {
        LoginOutcome.LoggedIn in = logIn();
        f.audit().clear();

        assertThatThrownBy(() -> renew(in.issued().accessToken(), Duration.ofDays(2)))
                .isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).kind()).isEqualTo(InvalidRequest.Kind.LIFETIME_TOO_LONG);
        assertThat(f.verified(in.issued().accessToken()).id()).isEqualTo(in.issued().session().id());
        assertThat(f.audit().events()).doesNotContain(AuditEvent.TOKEN_REFRESHED);
    }

    @Test
    void theNewTokenNeverOutlivesTheSessionsAbsoluteEnd() {
        LoginOutcome.LoggedIn in = logIn();
        String token = in.issued().accessToken();
        IssuedSession last = null;
        for (int i = 0; i < 170; i++) { // 170 x 59 min: the last renewal asks for 1 h, 50 min remain
            f.clock().advanceMinutes(59);
            last = renewed(renew(token, null));
            token = last.accessToken();
        }

        assertThat(last.session().expiresAt()).isEqualTo(in.issued().session().refreshableUntil());
    }

    @Test
    void unknownExpiredAndEndedTokensAreRefusedAndAudited() {
        LoginOutcome.LoggedIn in = logIn();

        assertThat(renew("not-a-token", null)).isEqualTo(new AccessTokenRenewal.Refused(VerifyOutcome.Why.UNKNOWN));

        f.clock().advance(Duration.ofHours(1));
        assertThat(renew(in.issued().accessToken(), null))
                .isEqualTo(new AccessTokenRenewal.Refused(VerifyOutcome.Why.EXPIRED));

        LoginOutcome.LoggedIn again = f.loggedIn("alice", "correct horse");
        f.sessionEnding().logout(again.issued().accessToken(), CoreFixture.CLIENT, KUZZLE);
        assertThat(renew(again.issued().accessToken(), null))
                .isEqualTo(new AccessTokenRenewal.Refused(VerifyOutcome.Why.ENDED));

        assertThat(f.audit().of(AuditEvent.REFRESH_FAILED)).hasSize(3)
                .allSatisfy(r -> assertThat(r.dialect()).isEqualTo(KUZZLE));
    }
}
