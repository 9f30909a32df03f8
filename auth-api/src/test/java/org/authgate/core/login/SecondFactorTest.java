package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.session.EndReason;
import org.authgate.core.session.RefreshOutcome;
import org.authgate.core.session.Session;
import org.authgate.core.session.SessionState;
import org.authgate.core.session.VerifyOutcome;
import org.authgate.core.testing.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fixture's connector accepts its current code once per user; the fixture waits 5 minutes for it. */
class SecondFactorTest {

    private static final ThrottleKey ALICE = ThrottleKey.account(CoreFixture.TENANT, CoreFixture.LOCAL, "alice");
    private static final LoginOutcome INVALID_CREDENTIALS =
            new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());

    private final CoreFixture f = CoreFixture.create();
    private Identity alice;
    private String code;

    @BeforeEach
    void userWithSecondFactor() {
        alice = f.userWithSecondFactor("alice", "correct horse");
        code = f.local().currentCode();
    }

    @Test
    void aLoginWithoutCodeIsPendingAndItsChallengeIsNoAccessToken() {
        Instant now = f.clock().instant();

        LoginOutcome.SecondFactorPending pending = pending(f.login(f.attempt("alice", "correct horse").refreshable()));

        assertThat(pending.identity()).isEqualTo(alice);
        assertThat(pending.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(5)));
        assertThat(pending.toString()).doesNotContain(pending.challenge());
        Session stored = f.sessionStore().all().get(0);
        assertThat(stored.state()).isEqualTo(SessionState.PENDING_SECOND_FACTOR);
        assertThat(f.refreshTokenStore().size()).as("no refresh token before the second factor").isZero();
        assertThat(f.verify(pending.challenge())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN));
        assertThat(f.refresh(pending.challenge())).isEqualTo(new RefreshOutcome.Refused(RefreshOutcome.Why.UNKNOWN));

        AuditRecord required = f.audit().single(AuditEvent.SECOND_FACTOR_REQUIRED);
        assertThat(required.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(required.session()).isEqualTo(stored.id());
        assertThat(required.subject()).isEqualTo(alice.subject());
        assertThat(required.username()).isEqualTo("alice");
        assertThat(required.client()).isEqualTo(CoreFixture.CLIENT);
        assertThat(f.audit().of(AuditEvent.LOGIN_SUCCEEDED)).isEmpty();
    }

    @Test
    void theRightCodeCompletesTheLoginAndTheChallengeIsSpent() {
        LoginOutcome.SecondFactorPending pending = pending(f.login(f.attempt("alice", "correct horse").refreshable()));
        f.clock().advanceMinutes(1);

        LoginOutcome.LoggedIn in = CoreFixture.loggedIn(f.completeSecondFactor(pending.challenge(), code));

        assertThat(in.identity().subject()).isEqualTo(alice.subject());
        Session active = f.verified(in.issued().accessToken());
        assertThat(active.state()).isEqualTo(SessionState.ACTIVE);
        assertThat(active.expiresAt()).isEqualTo(f.clock().instant().plus(Duration.ofHours(1)));
        assertThat(in.issued().refreshTokenIfAny()).isPresent();
        assertThat(f.sessionStore().size()).as("the pending session became the session").isEqualTo(1);
        AuditRecord succeeded = f.audit().single(AuditEvent.LOGIN_SUCCEEDED);
        assertThat(succeeded.session()).isEqualTo(active.id());
        assertThat(succeeded.subject()).isEqualTo(alice.subject());

        assertThat(f.verify(pending.challenge())).isEqualTo(new VerifyOutcome.Invalid(VerifyOutcome.Why.UNKNOWN));
        f.local().nextCode("654321");
        assertThat(f.completeSecondFactor(pending.challenge(), "654321")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().last().reason()).isEqualTo("UNKNOWN_CHALLENGE");
    }

    @Test
    void theSameCodeAgainIsRefused() {
        CoreFixture.loggedIn(f.completeSecondFactor(pending(f.login("alice", "correct horse")).challenge(), code));

        LoginOutcome.SecondFactorPending again = pending(f.login("alice", "correct horse"));
        LoginOutcome replay = f.completeSecondFactor(again.challenge(), code);

        assertThat(replay).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR,
                Optional.of(alice)));
        assertThat(f.audit().last().reason()).isEqualTo("INVALID_SECOND_FACTOR");
        f.local().nextCode("654321");
        assertThat(f.completeSecondFactor(again.challenge(), "654321")).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void aWrongCodeIsRefusedAuditedAndCountedAsAFailure() {
        LoginOutcome.SecondFactorPending pending = pending(f.login("alice", "correct horse"));

        LoginOutcome wrong = f.completeSecondFactor(pending.challenge(), "000000");

        assertThat(wrong).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR,
                Optional.of(alice)));
        AuditRecord failed = f.audit().single(AuditEvent.LOGIN_FAILED);
        assertThat(failed.reason()).isEqualTo("INVALID_SECOND_FACTOR");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(failed.session()).isEqualTo(f.sessionStore().all().get(0).id());
        assertThat(failed.subject()).isEqualTo(alice.subject());
        assertThat(f.throttleStore().failuresOf(ALICE)).isEqualTo(1);
        assertThat(f.sessionStore().all().get(0).state()).as("the challenge stays open")
                .isEqualTo(SessionState.PENDING_SECOND_FACTOR);
    }

    @Test
    void wrongCodesLockTheAccountAndThenEvenTheRightCodeIsRefused() {
        LoginOutcome.SecondFactorPending pending = pending(f.login("alice", "correct horse"));
        f.completeSecondFactor(pending.challenge(), "000001");
        f.completeSecondFactor(pending.challenge(), "000002");
        f.completeSecondFactor(pending.challenge(), "000003");

        assertThat(f.completeSecondFactor(pending.challenge(), code)).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().last().event()).isEqualTo(AuditEvent.LOCKED_OUT);
        assertThat(f.login("alice", "correct horse")).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void aMissingCodeIsAWrongCode() {
        LoginOutcome.SecondFactorPending pending = pending(f.login("alice", "correct horse"));

        assertThat(f.completeSecondFactor(pending.challenge(), null))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR, Optional.of(alice)));
    }

    @Test
    void passwordAndCodeInOneStepLogIn() {
        LoginOutcome.LoggedIn in = f.loggedIn(f.attempt("alice", "correct horse").code(code));

        assertThat(f.verified(in.issued().accessToken()).subject()).isEqualTo(alice.subject());
        assertThat(f.audit().events()).containsExactly(AuditEvent.LOGIN_SUCCEEDED);
    }

    @Test
    void aReplayedCodeInOneStepIsRefusedAndCounted() {
        f.loggedIn(f.attempt("alice", "correct horse").code(code));

        LoginOutcome replay = f.login(f.attempt("alice", "correct horse").code(code));

        assertThat(replay).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR,
                Optional.of(alice)));
        assertThat(f.audit().last().reason()).isEqualTo("INVALID_SECOND_FACTOR");
        assertThat(f.throttleStore().failuresOf(ALICE)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordWithARightCodeIsJustAWrongPassword() {
        assertThat(f.login(f.attempt("alice", "wrong").code(code))).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.login(f.attempt("alice", "correct horse").code(code)))
                .as("the code was not consumed by the failed attempt").isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void thePendingChallengeExpiresAfterTheSecondFactorTimeout() {
        LoginOutcome.SecondFactorPending pending = pending(f.login("alice", "correct horse"));

        f.clock().advance(Duration.ofMinutes(5));
        assertThat(f.completeSecondFactor(pending.challenge(), code)).isEqualTo(INVALID_CREDENTIALS);

        Session expired = f.sessionStore().all().get(0);
        assertThat(expired.state()).isEqualTo(SessionState.EXPIRED);
        assertThat(expired.endReason()).isEqualTo(EndReason.SECOND_FACTOR_TIMEOUT);
        assertThat(f.audit().events()).containsExactly(AuditEvent.SECOND_FACTOR_REQUIRED, AuditEvent.SESSION_EXPIRED,
                AuditEvent.LOGIN_FAILED);
        assertThat(f.audit().single(AuditEvent.SESSION_EXPIRED).reason()).isEqualTo("SECOND_FACTOR_TIMEOUT");
        assertThat(f.audit().single(AuditEvent.LOGIN_FAILED).reason()).isEqualTo("UNKNOWN_CHALLENGE");
    }

    @Test
    void theChallengeStillWorksJustBeforeTheTimeout() {
        LoginOutcome.SecondFactorPending pending = pending(f.login("alice", "correct horse"));

        f.clock().advance(Duration.ofMinutes(5).minusMillis(1));

        assertThat(f.completeSecondFactor(pending.challenge(), code)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void anUnknownChallengeIsRefusedLikeBadCredentials() {
        assertThat(f.completeSecondFactor("made-up", code)).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.completeSecondFactor(null, code)).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().of(AuditEvent.LOGIN_FAILED)).extracting(AuditRecord::reason)
                .containsOnly("UNKNOWN_CHALLENGE");
    }

    @Test
    void aConnectorThatAsksForASecondFactorButCannotCheckOneNeverLetsTheUserIn() {
        ConnectorId id = new ConnectorId("asks-only");
        Identity erin = Identity.of(SubjectId.random(), CoreFixture.TENANT, id, "erin").roles(Set.of("user")).build();
        f.connectors().register(new Connector() {
            @Override
            public ConnectorId id() {
                return id;
            }

            @Override
            public LoginForm loginForm() {
                return LoginForm.passwordWithOptionalCode();
            }

            @Override
            public AuthenticationResult authenticate(Credentials credentials) {
                return new AuthenticationResult.SecondFactorRequired(erin);
            }
        });

        assertThat(f.login(f.attempt("erin", "any").via(id).code(code)))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_SECOND_FACTOR, Optional.of(erin)));
        LoginOutcome.SecondFactorPending pending = pending(f.login(f.attempt("erin", "any").via(id)));
        LoginOutcome completion = f.completeSecondFactor(pending.challenge(), code);
        assertThat(completion).isInstanceOfSatisfying(LoginOutcome.Refused.class, r -> {
            assertThat(r.refusal()).isEqualTo(LoginOutcome.Refusal.INVALID_SECOND_FACTOR);
            // Without IdentityLookup the core answers with what the session remembers from the login.
            assertThat(r.identity()).get().satisfies(i -> {
                assertThat(i.subject()).isEqualTo(erin.subject());
                assertThat(i.username()).isEqualTo("erin");
                assertThat(i.roles()).isEqualTo(erin.roles());
            });
        });
        assertThat(f.audit().of(AuditEvent.LOGIN_SUCCEEDED)).isEmpty();
    }

    private static LoginOutcome.SecondFactorPending pending(LoginOutcome outcome) {
        assertThat(outcome).isInstanceOf(LoginOutcome.SecondFactorPending.class);
        return (LoginOutcome.SecondFactorPending) outcome;
    }
}
