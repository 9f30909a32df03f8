package org.authgate.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled classes of every module (auth-web's test class path
 * holds them all): a rule written only in a document is a rule the next change breaks without anyone noticing.
 */
class ArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void importProductionClasses() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.authgate");
    }

    /** The core is plain Java over its own ports: no Jakarta, no JPA, no connector, persistence or web code. */
    @Test
    void theCoreDependsOnTheJdkAndItselfOnly() {
        classes().that().resideInAPackage("org.authgate.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "org.authgate.core..")
                .because("the core is unit-tested without a container and shared by every server")
                .check(all);
    }

    /** Connectors are reached through the SPI; only the CDI wiring may name an implementation. */
    @Test
    void nothingInTheWebOutsideTheWiringKnowsAConnector() {
        noClasses().that().resideInAPackage("org.authgate.web..")
                .and().resideOutsideOfPackage("org.authgate.web.wiring..")
                .should().dependOnClassesThat().resideInAPackage("org.authgate.connectors..")
                .because("a second connector must not need changes in the web module")
                .check(all);
    }

    /** A transaction is a use case's business: only web.usecase may start one. */
    @Test
    void onlyUseCasesRunUnitsOfWork() {
        noClasses().that().resideOutsideOfPackage("org.authgate.web.usecase..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.authgate.web.usecase.UnitOfWork")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.authgate.web.usecase.Transactions")
                .check(all);
    }

    /**
     * Resources, dialects and console facades parse, make one call to a use case and render: they may use the core's
     * values (sessions, identities, outcomes, ids) but not its services, stores or queries, which would let a rule
     * live in a resource again.
     */
    @Test
    void resourcesAndFacadesCallUseCasesNotTheCore() {
        noClasses().that().resideInAnyPackage("org.authgate.web.api..", "org.authgate.web.dialect..",
                        "org.authgate.web.console..")
                .should().dependOnClassesThat(CORE_WORKERS)
                .because("a use case is the only door into the core (issue 14)")
                .check(all);
    }

    /**
     * Names that make a core type a worker rather than a value: services, ports, connector capabilities, the session
     * uses and the session memory.
     */
    private static final Pattern WORKER_NAME = Pattern.compile(".*(Service|Store|Query|Management|AuditLog|AuditTrail)");
    private static final Set<String> OTHER_WORKERS = Set.of("SessionOpening", "SessionVerification", "SessionRefresh",
            "SessionEnding", "SessionMechanics", "LoginRateLimit", "IdentifiedVerification", "AccessTokenRenewal",
            "LoginWithPasswordChange", "PasswordConfirmation", "VerifiedSessions", "TokenIssuer",
            "Connectors", "ConnectorCalls", "AccountImport");

    private static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> CORE_WORKERS = describe(
            "core services, ports or the session memory",
            c -> c.getPackageName().startsWith("org.authgate.core")
                    && (WORKER_NAME.matcher(c.getSimpleName()).matches() || OTHER_WORKERS.contains(c.getSimpleName())));
}
