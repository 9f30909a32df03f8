package org.authgate.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.account.Account;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.junit.jupiter.api.Test;

/** Each thing a production server refuses, alone, and a set-up it accepts. */
class ProductionChecksTest {
    private static final ProductionChecks.Facts PRODUCTION = new ProductionChecks.Facts("PostgreSQL",
            Optional.of("a long chosen passphrase"), true, Set.of("2026-12"), Optional.empty());

    @Test
    void aPostgresqlServerWithItsOwnPasswordKeyAndSecondFactorStarts() {
        assertThat(ProductionChecks.refusals(PRODUCTION)).isEmpty();
        assertThat(ProductionChecks.refusals(new ProductionChecks.Facts("PostgreSQL", Optional.empty(), true,
                Set.of("k1", "k2"), Optional.of("/etc/authgate/secrets.key")))).as("no bootstrap password, own key file")
                .isEmpty();
    }

    @Test
    void anyDatabaseButPostgresqlIsRefused() {
        List<String> refusals = ProductionChecks.refusals(new ProductionChecks.Facts("H2", PRODUCTION.adminPassword(),
                true, PRODUCTION.secretKeyIds(), Optional.empty()));

        assertThat(refusals).singleElement().asString().contains("H2").contains("AUTHGATE_DB_URL");
    }

    @Test
    void theDevelopmentAdministratorPasswordIsRefused() {
        List<String> refusals = ProductionChecks.refusals(new ProductionChecks.Facts("PostgreSQL",
                Optional.of("authgate-dev-admin"), true, PRODUCTION.secretKeyIds(), Optional.empty()));

        assertThat(refusals).singleElement().asString().contains("AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD")
                .doesNotContain("authgate-dev-admin");
    }

    @Test
    void administratorsWithoutASecondFactorAreRefused() {
        List<String> refusals = ProductionChecks.refusals(new ProductionChecks.Facts("PostgreSQL",
                PRODUCTION.adminPassword(), false, PRODUCTION.secretKeyIds(), Optional.empty()));

        assertThat(refusals).singleElement().asString().contains("authgate.admin.require-second-factor");
    }

    @Test
    void theRunCommandsSecretsKeyIsRefusedByItsFileAndByItsId() {
        List<String> byFile = ProductionChecks.refusals(new ProductionChecks.Facts("PostgreSQL",
                PRODUCTION.adminPassword(), true, Set.of("mine"),
                Optional.of("/src/authgate/auth-server/target/authgate-dev-secrets.key")));
        List<String> byId = ProductionChecks.refusals(new ProductionChecks.Facts("PostgreSQL",
                PRODUCTION.adminPassword(), true, Set.of("dev", "mine"), Optional.empty()));

        assertThat(byFile).singleElement().asString().contains("authgate.secrets.key-file");
        assertThat(byId).singleElement().asString().contains("authgate.secrets.keys");
    }

    @Test
    void everyRefusalIsToldAtOnce() {
        assertThat(ProductionChecks.refusals(new ProductionChecks.Facts("H2", Optional.of("authgate-dev-admin"), false,
                Set.of("dev"), Optional.empty()))).hasSize(4);
    }

    @Test
    void administratorsStoredWithTheDevelopmentPasswordAreNamedWithTheWayToChangeIt() {
        Account admin = new Account.Builder().id(SubjectId.random()).tenant(TenantId.DEFAULT).username("admin")
                .passwordHash("x").roles(Set.of("admin")).createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();

        assertThat(ProductionChecks.storedPasswordRefusal(List.of())).isEmpty();
        assertThat(ProductionChecks.storedPasswordRefusal(List.of(admin))).hasValueSatisfying(refusal ->
                assertThat(refusal).contains("'admin'", admin.id().toString(), "development password", "Reset password",
                        "POST /api/v1/password").doesNotContain(ProductionChecks.DEVELOPMENT_ADMIN_PASSWORD));
    }
}
