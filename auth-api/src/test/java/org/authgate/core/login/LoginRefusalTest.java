package org.authgate.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.authgate.core.InvalidRequest;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult;
import org.authgate.core.connector.Connector;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.ConnectorUnavailable;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.LoginForm;
import org.authgate.core.connector.RejectionReason;
import org.authgate.core.identity.Identity;
import org.authgate.core.lockout.ThrottleKey;
import org.authgate.core.testing.CoreFixture;
import org.authgate.core.testing.ThrowingConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginRefusalTest {

    private static final LoginOutcome INVALID_CREDENTIALS =
            new LoginOutcome.Refused(LoginOutcome.Refusal.INVALID_CREDENTIALS, Optional.empty());

    private final CoreFixture f = CoreFixture.create();

    @Test
    void wrongPasswordAndUnknownUserLookIdentical() {
        f.user("alice", "correct horse");

        LoginOutcome wrongPassword = f.login("alice", "battery staple");
        LoginOutcome unknownUser = f.login("mallory", "battery staple");

        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.sessionStore().size()).isZero();
        assertThat(f.audit().events()).containsExactly(AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_FAILED);
        AuditRecord wrong = f.audit().records().get(0);
        AuditRecord unknown = f.audit().records().get(1);
        assertThat(wrong.reason()).isEqualTo("BAD_CREDENTIALS");
        assertThat(unknown.reason()).isEqualTo("UNKNOWN_USER");
        assertThat(wrong.username()).isEqualTo("alice");
        assertThat(unknown.username()).isEqualTo("mallory");
        for (AuditRecord r : f.audit().records()) {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(r.tenant()).isEqualTo(CoreFixture.TENANT);
            assertThat(r.connector()).isEqualTo(CoreFixture.LOCAL);
            assertThat(r.dialect()).isEqualTo(CoreFixture.DIALECT);
            assertThat(r.client()).isEqualTo(CoreFixture.CLIENT);
            assertThat(r.subject()).isNull();
            assertThat(r.session()).isNull();
        }
    }

    @Test
    void wrongPasswordAndUnknownUserCostTheSameAgainstLockout() {
        f.user("alice", "correct horse");

        f.login("alice", "battery staple");
        f.login("mallory", "battery staple");

        assertThat(f.throttleStore().failuresOf(accountKey("alice"))).isEqualTo(1);
        assertThat(f.throttleStore().failuresOf(accountKey("mallory"))).isEqualTo(1);
        assertThat(f.throttleStore().failuresOf(ThrottleKey.address(CoreFixture.CLIENT.remoteAddress())))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken", "mute"})
    void aConnectorThatThrowsOrAnswersNothingLooksLikeAWrongPasswordAndIsAuditedAsBackendFailure(String id) {
        LoginOutcome outcome = f.login(f.attempt("alice", "correct horse").via(new ConnectorId(id)));

        assertThat(outcome).isEqualTo(INVALID_CREDENTIALS);
        AuditRecord failed = f.audit().single(AuditEvent.LOGIN_FAILED);
        assertThat(failed.reason()).isEqualTo("BACKEND_FAILURE");
        assertThat(failed.connector()).isEqualTo(new ConnectorId(id));
        assertThat(failed.username()).isEqualTo("alice");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(f.audit().records().toString()).doesNotContain(ThrowingConnector.SECRET_MESSAGE);
        assertThat(outcome.toString()).doesNotContain(ThrowingConnector.SECRET_MESSAGE);
        assertThat(f.sessionStore().size()).isZero();
    }

    @Test
    void aConnectorWhoseDatabaseIsGoneFailsTheLoginInsteadOfLookingLikeAWrongPassword() {
        ConnectorId local = new ConnectorId("db-backed");
        java.sql.SQLException refused = new java.sql.SQLException("Connection refused", "08001");
        f.connectors().register(new ThrowingConnector(local, new IllegalStateException("account lookup failed", refused)));

        assertThatThrownBy(() -> f.login(f.attempt("alice", "correct horse").via(local)))
                .hasRootCause(refused);
        assertThat(f.audit().records()).isEmpty();
    }

    @Test
    void aBrokenBackendDoesNotCountTowardsLockout() {
        for (int i = 0; i < 10; i++) {
            f.login(f.attempt("alice", "correct horse").via(new ConnectorId("broken")));
        }

        assertThat(f.throttleStore().failuresOf(ThrottleKey.address(CoreFixture.CLIENT.remoteAddress()))).isZero();
        assertThat(f.audit().records()).noneMatch(r -> r.event() == AuditEvent.LOCKED_OUT);
    }

    @Test
    void aConnectorCallThatTimesOutOrFindsTheConnectorBusyIsAnUncountedBackendFailure() {
        CoreFixture bounded = CoreFixture.builder().connectorCalls((connector, credentials) -> {
            throw new ConnectorUnavailable("connector " + connector.id() + " did not answer within 10 ms");
        }).build();
        bounded.user("alice", "correct horse");

        for (int i = 0; i < 10; i++) {
            assertThat(bounded.login(bounded.attempt("alice", "correct horse"))).isEqualTo(INVALID_CREDENTIALS);
        }

        assertThat(bounded.audit().records()).hasSize(10)
                .allMatch(r -> r.event() == AuditEvent.LOGIN_FAILED && "BACKEND_FAILURE".equals(r.reason()));
        assertThat(bounded.throttleStore().failuresOf(accountKey("alice"))).isZero();
        assertThat(bounded.sessionStore().size()).isZero();
    }

    @Test
    void aConnectorThatVouchesForAnotherConnectorsUserIsABackendFailure() {
        Identity alice = f.user("alice", "correct horse");
        ConnectorId rogue = new ConnectorId("rogue");
        f.connectors().register(new Connector() {
            @Override
            public ConnectorId id() {
                return rogue;
            }

            @Override
            public LoginForm loginForm() {
                return LoginForm.passwordWithOptionalCode();
            }

            @Override
            public AuthenticationResult authenticate(Credentials credentials) {
                return new AuthenticationResult.Authenticated(alice);
            }
        });

        assertThat(f.login(f.attempt("alice", "anything").via(rogue))).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().single(AuditEvent.LOGIN_FAILED).reason()).isEqualTo("BACKEND_FAILURE");
        assertThat(f.sessionStore().size()).isZero();
    }

    @Test
    void anUnknownConnectorIsAnInvalidRequestAndNothingIsAudited() {
        assertThatThrownBy(() -> f.login(f.attempt("alice", "pw").via(new ConnectorId("nosuch"))))
                .isInstanceOfSatisfying(InvalidRequest.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidRequest.Kind.UNKNOWN_CONNECTOR));
        assertThat(f.audit().records()).isEmpty();
        assertThat(f.throttleStore().isEmpty()).isTrue();
    }

    @Test
    void aLifetimeAboveTheMaximumIsRefusedBeforeAnythingIsCheckedAuditedOrStored() {
        f.user("alice", "correct horse");
        Duration tooLong = f.sessionPolicy().maxLifetime().plusSeconds(1);

        for (String password : new String[] {"correct horse", "wrong"}) {
            assertThatThrownBy(() -> f.login(f.attempt("alice", password).lifetime(tooLong)))
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> {
                        assertThat(e.kind()).isEqualTo(InvalidRequest.Kind.LIFETIME_TOO_LONG);
                        assertThat(e.getMessage()).contains(Long.toString(f.sessionPolicy().maxLifetime().toSeconds()));
                    });
        }
        assertThat(f.audit().records()).isEmpty();
        assertThat(f.sessionStore().size()).isZero();
        assertThat(f.refreshTokenStore().size()).isZero();
        assertThat(f.throttleStore().isEmpty()).isTrue();
        assertThat(f.local().authentications()).as("the backend is not even asked").isZero();
    }

    @Test
    void aLifetimeOfExactlyTheMaximumIsGranted() {
        f.user("alice", "correct horse");

        var in = f.loggedIn(f.attempt("alice", "correct horse").lifetime(f.sessionPolicy().maxLifetime()));

        assertThat(in.issued().session().expiresAt())
                .isEqualTo(f.clock().instant().plus(f.sessionPolicy().maxLifetime()));
        assertThat(in.issued().session().lifetime()).isEqualTo(f.sessionPolicy().maxLifetime());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -3600})
    void aNonPositiveLifetimeIsInvalid(long seconds) {
        f.user("alice", "correct horse");

        assertThatThrownBy(() -> f.login(f.attempt("alice", "correct horse").lifetime(Duration.ofSeconds(seconds))))
                .isInstanceOfSatisfying(InvalidRequest.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidRequest.Kind.INVALID_LIFETIME));
        assertThat(f.audit().records()).isEmpty();
        assertThat(f.sessionStore().size()).isZero();
    }

    @Test
    void aBannedUserWithTheRightPasswordIsToldSoWithTheIdentityAndNotCountedAsAGuess() {
        Identity alice = f.user("alice", "correct horse");
        f.local().refuseAfterPassword(CoreFixture.TENANT, "alice", RejectionReason.BANNED);

        LoginOutcome outcome = f.login("alice", "correct horse");

        assertThat(outcome).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.BANNED, Optional.of(alice)));
        AuditRecord failed = f.audit().single(AuditEvent.LOGIN_FAILED);
        assertThat(failed.reason()).isEqualTo("BANNED");
        assertThat(failed.subject()).isEqualTo(alice.subject());
        assertThat(f.throttleStore().failuresOf(accountKey("alice"))).isZero();
        assertThat(f.sessionStore().size()).isZero();
    }

    @Test
    void aBannedUserWithAWrongPasswordLearnsNothing() {
        f.user("alice", "correct horse");
        f.local().refuseAfterPassword(CoreFixture.TENANT, "alice", RejectionReason.BANNED);

        assertThat(f.login("alice", "wrong")).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void disabledAndExpiredPasswordsHaveTheirOwnPublicReasons() {
        Identity bob = f.user("bob", "correct horse");
        Identity carol = f.user("carol", "correct horse");
        f.local().refuseAfterPassword(CoreFixture.TENANT, "bob", RejectionReason.DISABLED);
        f.local().refuseAfterPassword(CoreFixture.TENANT, "carol", RejectionReason.PASSWORD_EXPIRED);

        assertThat(f.login("bob", "correct horse"))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.DISABLED, Optional.of(bob)));
        assertThat(f.login("carol", "correct horse"))
                .isEqualTo(new LoginOutcome.Refused(LoginOutcome.Refusal.PASSWORD_EXPIRED, Optional.of(carol)));
    }

    @Test
    void aConnectorThatReportsItsOwnLockLooksLikeAWrongPassword() {
        f.user("alice", "correct horse");
        f.local().refuseAfterPassword(CoreFixture.TENANT, "alice", RejectionReason.LOCKED);

        assertThat(f.login("alice", "correct horse")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(f.audit().single(AuditEvent.LOGIN_FAILED).reason()).isEqualTo("LOCKED");
    }

    private static ThrottleKey accountKey(String login) {
        return ThrottleKey.account(CoreFixture.TENANT, CoreFixture.LOCAL, login);
    }
}
