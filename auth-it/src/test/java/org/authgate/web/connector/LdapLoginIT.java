package org.authgate.web.connector;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code ldap} connector on a real OpenLDAP: the private slapd of auth-it/src/test/ldap/test-ldap.sh, seeded
 * from seed.ldif (its users and passwords are listed there). This class deploys authgate with the connector enabled
 * (a config source above every other, as FailedDeploymentOutageIT does), the Kuzzle strategy {@code ldap} and the
 * Wazo backend {@code ldap_user} mapped to it, so that the shared server's other ITs keep their connectors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LdapLoginIT {
    private static final String JSON = "application/json";
    private static final String ALICE = "ldap-alice";
    private static final String ALICE_PASSWORD = "alice-ldap-pass-1";
    private static final String BOB = "ldap-bob";
    private static final String BOB_PASSWORD = "bob-ldap-pass-1";
    private static final String CAROL = "ldap-carol";
    private static final String CAROL_PASSWORD = "carol-ldap-pass-1";
    private static final String DAVE = "ldap-dave";
    private static final String DAVE_PASSWORD = "dave-ldap-pass-1";
    private static final String ONEIL = "j.o'neil(*),";
    private static final String ONEIL_PASSWORD = "oneil-ldap-pass-1";
    /** The connector's read and connect timeouts here; the server's bound on a connector call is 20 s. */
    private static final int LDAP_TIMEOUT_MILLIS = 2000;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        String directory = Files.readString(Path.of(System.getProperty("authgate.it.dir"), "test-ldap.properties"));
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "ldap-it-config.jar").addAsManifestResource(
                new StringAsset("config_ordinal=500\n" + directory
                        + "authgate.connectors.enabled=local,ldap\n"
                        + "authgate.connector.ldap.roles=staff=staff,admins=operator\n"
                        + "authgate.connector.ldap.read-timeout-millis=" + LDAP_TIMEOUT_MILLIS + "\n"
                        + "authgate.connector.ldap.connect-timeout-millis=" + LDAP_TIMEOUT_MILLIS + "\n"
                        + "authgate.dialect.kuzzle.strategies=local=local,ldap=ldap\n"
                        + "authgate.dialect.wazo.backends=wazo_user=local,ldap_user=ldap\n"),
                "microprofile-config.properties");
        return NativeApi.deployment().addAsLibrary(settings);
    }

    private final NativeApi api = new NativeApi();
    private final HttpTestClient https = HttpTestClient.https();

    @AfterEach
    void directoryBackAndClockReset() throws Exception {
        ldap("start-server");
        api.resetClock();
    }

    @Test
    void nativeLoginFindsTheEntryBindsAsItAndMapsItsGroupsToRoles() {
        HttpTestClient.Response login = ldapLogin(ALICE, ALICE_PASSWORD);

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonObject tokens = login.json();
        assertThat(tokens.getString("connector")).isEqualTo("ldap");
        assertThat(tokens.getString("username")).isEqualTo(ALICE);
        assertThat(tokens.getString("subject")).as("the entry's entryUUID").matches("[0-9a-f-]{36}");
        JsonObject session = api.get("/api/v1/session", "Authorization", NativeApi.bearer(tokens.getString("accessToken")))
                .json().getJsonObject("session");
        assertThat(session.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("staff", "operator");
        assertThat(ldapLogin(ALICE, ALICE_PASSWORD).json().getString("subject"))
                .as("the same subject at every login").isEqualTo(tokens.getString("subject"));
    }

    @Test
    void aUserInNoMappedGroupLogsInWithNoRole() {
        HttpTestClient.Response login = ldapLogin(CAROL, CAROL_PASSWORD);

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonObject session = api.get("/api/v1/session", "Authorization",
                NativeApi.bearer(login.json().getString("accessToken"))).json().getJsonObject("session");
        assertThat(session.getJsonArray("roles")).isEmpty();
    }

    @Test
    void aUidWithFilterCharactersLogsInAsItself() {
        HttpTestClient.Response login = ldapLogin(ONEIL, ONEIL_PASSWORD);

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getString("username")).isEqualTo(ONEIL);
    }

    @Test
    void wrongPasswordUnknownUserAndEmptyPasswordAnswerAlikeAndAreAudited() {
        HttpTestClient.Response wrong = ldapLogin(CAROL, "not-carols-password");
        String ghost = NativeApi.uniqueName("ldap-ghost");
        HttpTestClient.Response unknown = ldapLogin(ghost, "whatever-it-is");
        HttpTestClient.Response empty = ldapLogin(BOB, "");

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json()).isEqualTo(wrong.json());
        assertThat(empty.status()).as("an empty password never binds (anonymous bind)").isIn(400, 401);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND connector = 'ldap' AND username = ? AND reason = 'BAD_CREDENTIALS'", CAROL)).isPositive();
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND connector = 'ldap' AND username = ? AND reason = 'UNKNOWN_USER'", ghost)).isEqualTo(1);
    }

    @Test
    void anEntryThatBindsOverTlsOnlyIsRefusedOverPlainLdap() {
        // the other half of LdapTlsIT's StartTLS proof: the directory's ACL does refuse her bind without TLS
        HttpTestClient.Response plain = ldapLogin("ldap-erin", "erin-ldap-pass-1");

        assertThat(plain.status()).as(plain.toString()).isEqualTo(401);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND connector = 'ldap' AND username = 'ldap-erin' AND reason = 'BAD_CREDENTIALS'"
                + " AND remote_address = ?", api.address())).isEqualTo(1);
    }

    @Test
    void filterInjectionInTheLoginNameMatchesNobody() {
        HttpTestClient.Response wrong = ldapLogin(NativeApi.uniqueName("ldap-ghost"), ALICE_PASSWORD);
        for (String login : List.of("*", "*)(uid=*", "ldap-a*", "*)(|(uid=*", "ldap-alice)(uid=*", ALICE + "\u0000",
                "\u0000", "ldap-alice\\", "(uid=ldap-alice)")) {
            HttpTestClient.Response refused = ldapLogin(login, ALICE_PASSWORD);
            assertThat(refused.status()).as("login " + login.replace("\u0000", "\\0") + ": " + refused)
                    .isIn(400, 401);
            if (refused.status() == 401) {
                assertThat(refused.json()).isEqualTo(wrong.json());
            }
        }
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_SUCCEEDED'"
                + " AND connector = 'ldap' AND remote_address = ?", api.address())).isZero();
    }

    @Test
    void aUserChangesTheirPasswordInTheDirectoryWithTheFormerOne() {
        String replacement = "dave-ldap-pass-2";
        String token = ldapLogin(DAVE, DAVE_PASSWORD).json().getString("accessToken");

        HttpTestClient.Response wrongFormer = changePassword(token, "not-daves-password", replacement);
        assertThat(wrongFormer.status()).as(wrongFormer.toString()).isBetween(400, 499);
        HttpTestClient.Response changed = changePassword(token, DAVE_PASSWORD, replacement);
        try {
            assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
            assertThat(ldapLogin(DAVE, DAVE_PASSWORD).status()).as("the former password").isEqualTo(401);
            assertThat(ldapLogin(DAVE, replacement).status()).as("the new password").isEqualTo(200);
        } finally {
            if (changed.status() == 204) {
                String again = ldapLogin(DAVE, replacement).json().getString("accessToken");
                assertThat(changePassword(again, replacement, DAVE_PASSWORD).status()).isEqualTo(204);
            }
        }
    }

    @Test
    void kuzzleStrategyLdapLogsInAndRefusesAWrongPasswordAsForLocal() {
        HttpTestClient.Response login = kuzzleLogin(ALICE, ALICE_PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getJsonObject("result").getString("jwt")).isNotBlank();

        HttpTestClient.Response wrong = kuzzleLogin(CAROL, "not-carols-password");
        HttpTestClient.Response unknown = kuzzleLogin(NativeApi.uniqueName("ldap-ghost"), "not-a-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().getJsonObject("error").getString("id")).isEqualTo("plugin.strategy.missing_user");
        assertThat(unknown.json().getJsonObject("error")).isEqualTo(wrong.json().getJsonObject("error"));
    }

    @Test
    void wazoBackendLdapUserLogsIn() {
        HttpTestClient.Response login = wazoLogin(ONEIL, ONEIL_PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getJsonObject("data").getString("token")).isNotBlank();

        HttpTestClient.Response wrong = wazoLogin(ONEIL, "not-the-password");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    }

    @Test
    void aDirectoryThatIsDownOrHangsIsTheNormalRefusalWithinTheTimeoutAndLoginsWorkWhenItIsBack() throws Exception {
        HttpTestClient.Response wrong = ldapLogin(NativeApi.uniqueName("ldap-ghost"), BOB_PASSWORD);
        assertThat(ldapLogin(BOB, BOB_PASSWORD).status()).as("up before").isEqualTo(200);

        ldap("stop-server");
        long start = System.nanoTime();
        HttpTestClient.Response down = ldapLogin(BOB, BOB_PASSWORD);
        assertThat(down.status()).as(down.toString()).isEqualTo(401);
        assertThat(down.json()).as("refused like a wrong password").isEqualTo(wrong.json());
        assertThat(kuzzleLogin(BOB, BOB_PASSWORD).status()).isEqualTo(401);
        assertThat(elapsedMillis(start)).as("no wait on a closed port").isLessThan(10_000);

        ldap("start-server");
        ldap("pause");
        try {
            start = System.nanoTime();
            HttpTestClient.Response hanging = ldapLogin(BOB, BOB_PASSWORD);
            long waited = elapsedMillis(start);
            assertThat(hanging.status()).as(hanging.toString()).isEqualTo(401);
            assertThat(hanging.json()).isEqualTo(wrong.json());
            assertThat(waited).as("answered within the connector's timeouts, not the 20 s call bound")
                    .isLessThan(3L * LDAP_TIMEOUT_MILLIS + 2000);
        } finally {
            ldap("resume");
        }
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND connector = 'ldap' AND username = ? AND reason = 'BACKEND_FAILURE'", BOB))
                .as("audited as backend failures").isGreaterThanOrEqualTo(3);

        HttpTestClient.Response back = ldapLogin(BOB, BOB_PASSWORD);
        assertThat(back.status()).as("the directory is back: " + back).isEqualTo(200);
    }

    private HttpTestClient.Response ldapLogin(String login, String password) {
        return api.login(Json.createObjectBuilder().add("connector", "ldap").add("login", login)
                .add("password", password));
    }

    private HttpTestClient.Response changePassword(String token, String former, String replacement) {
        return api.post("/api/v1/password", Json.createObjectBuilder().add("formerPassword", former)
                .add("newPassword", replacement).add("endOtherSessions", false).build().toString(),
                "Authorization", NativeApi.bearer(token));
    }

    private HttpTestClient.Response kuzzleLogin(String username, String password) {
        return api.send("POST", "/_login/ldap", Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString(), JSON);
    }

    private HttpTestClient.Response wazoLogin(String username, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return https.send("POST", "/api/auth/0.1/token", "{\"backend\":\"ldap_user\",\"expiration\":3600}", JSON,
                "Authorization", basic, "X-Forwarded-For", api.address(), "User-Agent", "wazo-it");
    }

    private static long elapsedMillis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Runs test-ldap.sh with {@code command} on the build's directory (stop-server, pause...). */
    private static void ldap(String command) throws Exception {
        Process p = new ProcessBuilder("bash", System.getProperty("authgate.it.ldap-script"), command,
                System.getProperty("authgate.it.dir")).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("test-ldap.sh " + command + " ended").isTrue();
        assertThat(p.exitValue()).as("test-ldap.sh " + command).isZero();
    }
}
