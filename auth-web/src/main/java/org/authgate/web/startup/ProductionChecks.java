package org.authgate.web.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.account.Account;

/**
 * What a production server ({@code authgate.mode=production}) must not keep of the development set-up: each refusal
 * names the setting to change. {@link Startup} runs them first and stops the deployment with all of them at once
 * (readiness never comes UP), so an operator fixes the configuration in one round.
 *
 * <p>The development values are those of the run command ({@code ./mvnw -Prun}, auth-server/pom.xml and banner.sh):
 * the H2 file database WildFly and Payara fall back to without {@code AUTHGATE_DB_URL}, the administrator password
 * {@value #DEVELOPMENT_ADMIN_PASSWORD}, the secrets key the banner generates into {@value #DEVELOPMENT_KEY_FILE} under
 * the id {@value #DEVELOPMENT_KEY_ID}, and administrators without a second factor.
 */
public final class ProductionChecks {
    /** The run command's administrator password (auth-server/pom.xml, auth-server-payara/pom.xml): printed, public. */
    static final String DEVELOPMENT_ADMIN_PASSWORD = "authgate-dev-admin";
    /** The id banner.sh gives the development secrets key ({@code dev:base64}). */
    static final String DEVELOPMENT_KEY_ID = "dev";
    /** The file name of that key (authgate.run.secrets.key-file): under target/, deleted by mvn clean. */
    static final String DEVELOPMENT_KEY_FILE = "authgate-dev-secrets.key";

    /**
     * What start-up knows when it checks.
     *
     * @param databaseProduct      the JDBC driver's product name of the application's datasource ("PostgreSQL", "H2")
     * @param adminPassword        authgate.bootstrap.admin.password, when set
     * @param adminSecondFactor    authgate.admin.require-second-factor
     * @param secretKeyIds         the ids of the secrets key ring
     * @param secretKeyFile        authgate.secrets.key-file, when set
     */
    record Facts(String databaseProduct, Optional<String> adminPassword, boolean adminSecondFactor,
            Set<String> secretKeyIds, Optional<String> secretKeyFile) {
    }

    private ProductionChecks() {
    }

    /** Every refusal, each naming its setting; empty when a production server may start. */
    static List<String> refusals(Facts facts) {
        List<String> refusals = new ArrayList<>();
        if (!"PostgreSQL".equalsIgnoreCase(facts.databaseProduct())) {
            refusals.add("the database is " + facts.databaseProduct() + ", not PostgreSQL: set AUTHGATE_DB_URL"
                    + " (authgate.db.url; with AUTHGATE_DB_USER, AUTHGATE_DB_PASSWORD) to a PostgreSQL database, or point"
                    + " the server's default datasource at one (an embedded database is for development only)");
        }
        if (facts.adminPassword().filter(DEVELOPMENT_ADMIN_PASSWORD::equals).isPresent()) {
            refusals.add("authgate.bootstrap.admin.password (AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD) is the development"
                    + " password of the run command: choose another, or leave it unset once the administrator exists");
        }
        if (!facts.adminSecondFactor()) {
            refusals.add("authgate.admin.require-second-factor (AUTHGATE_ADMIN_REQUIRE_SECOND_FACTOR) is false:"
                    + " administrators of a production server need a second factor; remove the setting");
        }
        boolean developmentKeyFile = facts.secretKeyFile().filter(f -> !f.isBlank())
                .map(f -> Path.of(f.strip()).getFileName()).filter(n -> DEVELOPMENT_KEY_FILE.equals(n.toString()))
                .isPresent();
        if (developmentKeyFile || facts.secretKeyIds().contains(DEVELOPMENT_KEY_ID)) {
            refusals.add("authgate.secrets.key-file / authgate.secrets.keys (AUTHGATE_SECRETS_KEY_FILE, AUTHGATE_SECRETS_KEYS)"
                    + " hold the run command's development key ('" + DEVELOPMENT_KEY_FILE + "', id '"
                    + DEVELOPMENT_KEY_ID + "'), kept in a build directory: set a key of your own"
                    + " (AUTHGATE_SECRETS_KEY, openssl rand -base64 32); to keep secrets sealed with the development key,"
                    + " start once in development mode with both keys, yours last (the start seals them again)");
        }
        return refusals;
    }

    /**
     * The refusal of administrators stored with the development password (the run command's bootstrap administrator,
     * still in a database whose setting is gone): names each account, never the password, and says how to change it.
     * Empty when there is none.
     */
    static Optional<String> storedPasswordRefusal(List<Account> administrators) {
        if (administrators.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", administrators.stream()
                .map(a -> "'" + a.username() + "' (tenant " + a.tenant().value() + ", id " + a.id() + ")").toList());
        return Optional.of((administrators.size() == 1 ? "the administrator " + named + " still has"
                : "the administrators " + named + " still have") + " the run command's development password,"
                + " which is public: start the server once in development mode (without AUTHGATE_MODE=production) and"
                + " change it, in the console (Accounts, the account, Reset password) or as that administrator with"
                + " POST /api/v1/password (formerPassword, newPassword); or delete the account");
    }
}
