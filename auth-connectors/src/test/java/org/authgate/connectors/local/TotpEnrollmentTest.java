package org.authgate.connectors.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.authgate.core.account.Account;
import org.authgate.core.account.AccountRefusal;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditRecord;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.AuthenticationResult.SecondFactorRequired;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.connector.Credentials;
import org.authgate.core.connector.SecondFactorManagement.PendingTotp;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.session.Dialect;
import org.junit.jupiter.api.Test;

class TotpEnrollmentTest {
    private final LocalFixture fixture = new LocalFixture();
    private final TotpEnrollment enrollment = fixture.enrollment();
    private final LocalConnector connector = fixture.connector();

    @Test
    void beginStoresANewSecretWithoutEnablingItAndShowsTheKeyUri() {
        Account alice = fixture.account("alice");

        PendingTotp pending = enrollment.begin(alice.id());

        Account stored = fixture.store.get(alice.id());
        assertThat(stored.totpSecret()).isEqualTo(pending.secret()).matches("[A-Z2-7]{32}");
        assertThat(stored.totpEnabled()).isFalse();
        assertThat(pending.otpauthUri()).isEqualTo("otpauth://totp/authgate:alice?secret=" + pending.secret()
                + "&issuer=authgate&algorithm=SHA1&digits=6&period=30");
        assertThat(pending.toString()).doesNotContain(pending.secret());
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    @Test
    void confirmWithTheRightCodeEnablesTotpAndIsAudited() {
        Account alice = fixture.account("alice");
        enrollment.begin(alice.id());
        Account pending = fixture.store.get(alice.id());

        assertThat(enrollment.confirm(alice.id(), fixture.codeNow(pending))).isTrue();

        Account stored = fixture.store.get(alice.id());
        assertThat(stored.totpEnabled()).isTrue();
        assertThat(fixture.auditLog.records()).singleElement().satisfies(r -> {
            assertThat(r.event()).isEqualTo(AuditEvent.SECOND_FACTOR_ENROLLED);
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(r.dialect()).isEqualTo(Dialect.NATIVE);
            assertThat(r.subject()).isEqualTo(alice.id());
            assertThat(r.connector()).isEqualTo(ConnectorId.LOCAL);
            assertThat(r.at()).isEqualTo(LocalFixture.NOW);
        });
        assertThat(connector.authenticate(Credentials.of(LocalFixture.TENANT, "alice", LocalFixture.PASSWORD)))
                .isInstanceOf(SecondFactorRequired.class);
    }

    @Test
    void theCodeThatConfirmedEnrolmentCannotBeReplayedAtLogin() {
        Account alice = fixture.account("alice");
        enrollment.begin(alice.id());
        String code = fixture.codeNow(fixture.store.get(alice.id()));

        enrollment.confirm(alice.id(), code);

        assertThat(connector.verifySecondFactor(alice.id(), code)).isFalse();
    }

    @Test
    void aWrongCodeLeavesTotpOffAndWritesNothing() {
        Account alice = fixture.account("alice");
        enrollment.begin(alice.id());
        Account pending = fixture.store.get(alice.id());

        assertThat(enrollment.confirm(alice.id(), fixture.wrongCode(pending))).isFalse();

        assertThat(fixture.store.get(alice.id()).totpEnabled()).isFalse();
        assertThat(fixture.auditLog.records()).isEmpty();
    }

    @Test
    void confirmWithoutBeginAndBeginWhenEnabledAreRefused() {
        Account alice = fixture.account("alice");
        Account bob = fixture.totpAccount("bob");

        assertThatThrownBy(() -> enrollment.confirm(alice.id(), "123456"))
                .isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.INVALID));
        assertThatThrownBy(() -> enrollment.begin(bob.id()))
                .isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.INVALID));
        assertThatThrownBy(() -> enrollment.begin(SubjectId.random()))
                .isInstanceOfSatisfying(AccountRefusal.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountRefusal.Kind.NOT_FOUND));
    }

    @Test
    void anAdministratorResetClearsTotpAndIsAudited() {
        Account bob = fixture.totpAccount("bob");

        enrollment.reset(Actor.administrator("root"), bob.id());

        Account stored = fixture.store.get(bob.id());
        assertThat(stored.totpEnabled()).isFalse();
        assertThat(stored.totpSecret()).isNull();
        AuditRecord record = fixture.auditLog.records().get(0);
        assertThat(fixture.auditLog.records()).hasSize(1);
        assertThat(record.event()).isEqualTo(AuditEvent.ADMIN_ACTION);
        assertThat(record.actor()).isEqualTo("root");
        assertThat(record.target()).isEqualTo(bob.id().toString());
        assertThat(record.reason()).isEqualTo("RESET_TOTP");
        assertThat(enrollment.begin(bob.id()).secret()).isNotNull();
    }
}
