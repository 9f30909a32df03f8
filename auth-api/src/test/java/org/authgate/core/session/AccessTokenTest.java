package org.authgate.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.authgate.core.login.LoginOutcome;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.testing.FakeJwtCodec;
import org.authgate.core.token.AccessTokenClaims;
import org.authgate.core.token.AccessTokenFormat;
import org.authgate.core.token.JwtCodec;
import org.authgate.core.token.TokenHash;
import org.junit.jupiter.api.Test;

/** Verification of presented tokens, opaque and JWT alike. */
class AccessTokenTest {

    private static final VerifyOutcome UNKNOWN = new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN);

    private final CoreFixture f = CoreFixture.create();

    @Test
    void garbageNullEmptyAndOversizedTokensAreUnknown() {
        f.user("alice", "correct horse");
        String real = f.loggedIn("alice", "correct horse").issued().accessToken();

        assertThat(f.verify(null)).isEqualTo(UNKNOWN);
        assertThat(f.verify("")).isEqualTo(UNKNOWN);
        assertThat(f.verify("garbage")).isEqualTo(UNKNOWN);
        assertThat(f.verify(real + "x")).isEqualTo(UNKNOWN);
        assertThat(f.verify("a".repeat(1_000_000))).isEqualTo(UNKNOWN);
        assertThat(f.verify("a.b.c")).isEqualTo(UNKNOWN);
    }

    @Test
    void opaqueTokensHaveTheDocumentedShapes() {
        f.user("alice", "correct horse");

        String opaque = f.loggedIn("alice", "correct horse").issued().accessToken();
        String hex = f.loggedIn(f.attempt("alice", "correct horse").format(AccessTokenFormat.OPAQUE_HEX)).issued()
                .accessToken();

        assertThat(opaque).matches("[A-Za-z0-9_-]{43}");
        assertThat(hex).matches("[0-9a-f]{128}");
        assertThat(f.verified(hex).tokenFormat()).isEqualTo(AccessTokenFormat.OPAQUE_HEX);
    }

    @Test
    void aUuidTokenIsStoredHashedVerifiesAndKeepsItsShapeOnRefresh() {
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").format(AccessTokenFormat.OPAQUE_UUID)
                .refreshable());
        String uuid = in.issued().accessToken();

        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        Session session = f.verified(uuid);
        assertThat(session.tokenFormat()).isEqualTo(AccessTokenFormat.OPAQUE_UUID);
        assertThat(session.accessTokenHash()).as("only the hash is kept").isEqualTo(TokenHash.of(uuid));
        assertThat(f.verify(uuid.toUpperCase())).as("another spelling is another token").isEqualTo(UNKNOWN);

        String refreshed = f.refreshed(in.issued().refreshToken()).issued().accessToken();
        assertThat(refreshed).matches("[0-9a-f-]{36}").isNotEqualTo(uuid);
        assertThat(f.verified(refreshed).id()).isEqualTo(session.id());
    }

    @Test
    void aJwtCarriesItsSessionAndSubjectAndVerifies() {
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").format(AccessTokenFormat.JWT)
                .claim("_id", "alice-kuid").refreshable());
        String jwt = in.issued().accessToken();

        assertThat(JwtCodec.looksLikeJwt(jwt)).isTrue();
        Map<String, String> payload = FakeJwtCodec.readPayload(jwt);
        assertThat(payload).containsEntry("sid", in.issued().session().id().toString())
                .containsEntry("sub", in.identity().subject().toString())
                .containsEntry("tid", CoreFixture.TENANT.value())
                .containsEntry("x._id", "alice-kuid")
                .containsEntry("exp", in.issued().session().expiresAt().toString());
        assertThat(f.verified(jwt).id()).isEqualTo(in.issued().session().id());

        String refreshed = f.refreshed(in.issued().refreshToken()).issued().accessToken();
        assertThat(JwtCodec.looksLikeJwt(refreshed)).as("a refresh keeps the session's format").isTrue();
        assertThat(f.verified(refreshed).id()).isEqualTo(in.issued().session().id());
    }

    @Test
    void aJwtIsRefusedTheMomentItsSessionEnds() {
        CoreFixture g = CoreFixture.builder().tokenFormat(AccessTokenFormat.JWT).build();
        g.user("alice", "correct horse");
        String jwt = g.loggedIn("alice", "correct horse").issued().accessToken();
        assertThat(JwtCodec.looksLikeJwt(jwt)).as("the configured default format").isTrue();

        assertThat(g.sessionEnding().logout(jwt, CoreFixture.CLIENT, CoreFixture.DIALECT)).isTrue();

        assertThat(g.verify(jwt)).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.ENDED));
    }

    @Test
    void aForgedOrForeignJwtIsUnknown() {
        f.user("alice", "correct horse");
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").format(AccessTokenFormat.JWT));
        String jwt = in.issued().accessToken();
        Map<String, String> payload = FakeJwtCodec.readPayload(jwt);

        assertThat(f.verify(FakeJwtCodec.withClaim(jwt, "sub", "someone-else"))).isEqualTo(UNKNOWN);
        String foreign = new FakeJwtCodec("another server's key").sign(new AccessTokenClaims(payload.get("jti"),
                payload.get("sid"), payload.get("sub"), payload.get("tid"), f.clock().instant(), null, Map.of()));
        assertThat(f.verify(foreign)).isEqualTo(UNKNOWN);
        assertThat(f.sessionEnding().logout(foreign, CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();
    }

    @Test
    void theJtiAloneIsNotAnAccessToken() {
        f.user("alice", "correct horse");
        String jwt = f.loggedIn(f.attempt("alice", "correct horse").format(AccessTokenFormat.JWT)).issued()
                .accessToken();
        String jti = FakeJwtCodec.readPayload(jwt).get("jti");

        assertThat(f.verify(jti)).isEqualTo(UNKNOWN);
        assertThat(f.sessionEnding().logout(jti, CoreFixture.CLIENT, CoreFixture.DIALECT)).isFalse();
        assertThat(f.verified(jwt)).isNotNull();
    }

    @Test
    void anExpiredJwtIsReportedExpiredNotUnknown() {
        f.user("alice", "correct horse");
        String jwt = f.loggedIn(f.attempt("alice", "correct horse").format(AccessTokenFormat.JWT)
                .lifetime(Duration.ofMinutes(5))).issued().accessToken();

        f.clock().advanceMinutes(5);

        assertThat(f.verify(jwt)).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.EXPIRED));
    }

    @Test
    void aSecondFactorChallengeIsOpaqueEvenWhenAJwtWasAskedFor() {
        f.userWithSecondFactor("alice", "correct horse");

        LoginOutcome outcome = f.login(f.attempt("alice", "correct horse").format(AccessTokenFormat.JWT));

        String challenge = ((LoginOutcome.SecondFactorPending) outcome).challenge();
        assertThat(JwtCodec.looksLikeJwt(challenge)).isFalse();
        String jwt = CoreFixture.loggedIn(f.completeSecondFactor(challenge, f.local().currentCode())).issued()
                .accessToken();
        assertThat(JwtCodec.looksLikeJwt(jwt)).as("the session itself has the asked format").isTrue();
        assertThat(f.verified(jwt).tokenFormat()).isEqualTo(AccessTokenFormat.JWT);
    }
}
