package org.authgate.web.connector;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.ServerLog;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code ldap} connector over TLS, on the private slapd of auth-it/src/test/ldap/test-ldap.sh: StartTLS on its
 * {@code ldap://} port and LDAPS on its second port, with a certificate for {@code localhost} signed by a CA the
 * script makes. The IT server trusts that CA through {@code AUTHGATE_CONNECTOR_LDAP_TRUST_STORE_*} (auth-it/pom.xml).
 *
 * <p>The connector reads its settings once per deployment, so each test deploys authgate with its own settings (a
 * config source above every other, as LdapLoginIT does) and undeploys it after: a trust store that does not hold the
 * directory's CA, or a URL whose host the certificate does not name, must be the normal backend failure (the
 * dialect's refusal, audited {@code BACKEND_FAILURE}), never a login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LdapTlsIT {
    private static final String START_TLS = "start-tls";
    private static final String LDAPS = "ldaps";
    private static final String LDAPS_UNTRUSTED = "ldaps-untrusted";
    private static final String LDAPS_WRONG_HOST = "ldaps-wrong-host";
    private static final String START_TLS_WRONG_HOST = "start-tls-wrong-host";
    private static final String ALICE = "ldap-alice";
    private static final String ALICE_PASSWORD = "alice-ldap-pass-1";
    /** Her directory entry accepts a bind over TLS only (test-ldap.sh's ACL); LdapLoginIT proves it. */
    private static final String ERIN = "ldap-erin";
    private static final String ERIN_PASSWORD = "erin-ldap-pass-1";

    @ArquillianResource
    Deployer deployer;

    private final NativeApi api = new NativeApi();
    private String deployed;

    @Deployment(name = START_TLS, managed = false, testable = false)
    static WebArchive startTls() throws IOException {
        return withLdap(START_TLS, "urls=" + tls("start-tls-url") + "\nauthgate.connector.ldap.start-tls=true\n");
    }

    @Deployment(name = LDAPS, managed = false, testable = false)
    static WebArchive ldaps() throws IOException {
        return withLdap(LDAPS, "urls=" + tls("ldaps-url") + "\n");
    }

    @Deployment(name = LDAPS_UNTRUSTED, managed = false, testable = false)
    static WebArchive ldapsUntrusted() throws IOException {
        return withLdap(LDAPS_UNTRUSTED, "urls=" + tls("ldaps-url")
                + "\nauthgate.connector.ldap.trust-store.path=" + tls("other-trust-store") + "\n");
    }

    @Deployment(name = LDAPS_WRONG_HOST, managed = false, testable = false)
    static WebArchive ldapsWrongHost() throws IOException {
        return withLdap(LDAPS_WRONG_HOST, "urls=" + tls("ldaps-url-not-in-the-certificate") + "\n");
    }

    @Deployment(name = START_TLS_WRONG_HOST, managed = false, testable = false)
    static WebArchive startTlsWrongHost() throws IOException {
        // ldap://127.0.0.1: the port of the StartTLS URL, the address the certificate does not name
        return withLdap(START_TLS_WRONG_HOST, "urls=" + tls("start-tls-url").replace("localhost", "127.0.0.1")
                + "\nauthgate.connector.ldap.start-tls=true\n");
    }

    @AfterEach
    void undeploy() {
        if (deployed != null) {
            deployer.undeploy(deployed);
        }
    }

    @Test
    void startTlsLogsInWithTheBindOverTlsAndRefusesAWrongPassword() {
        deploy(START_TLS);

        assertLogsIn();
        HttpTestClient.Response tlsOnly = ldapLogin(ERIN, ERIN_PASSWORD);
        assertThat(tlsOnly.status()).as("a bind the directory takes over TLS only: " + tlsOnly).isEqualTo(200);
        HttpTestClient.Response wrong = ldapLogin(ALICE, "not-alices-password");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED'"
                + " AND connector = 'ldap' AND username = ? AND reason = 'BAD_CREDENTIALS'"
                + " AND remote_address = ?", ALICE, api.address())).as("the bind over TLS said no").isPositive();
    }

    @Test
    void ldapsLogsIn() {
        deploy(LDAPS);

        assertLogsIn();
        assertThat(ldapLogin(ERIN, ERIN_PASSWORD).status()).as("a bind the directory takes over TLS only").isEqualTo(200);
    }

    @Test
    void ldapsWithATrustStoreWithoutTheDirectorysCaIsABackendFailure() {
        deploy(LDAPS_UNTRUSTED);

        assertRefusedAsBackendFailure("unable to find valid certification path");
    }

    @Test
    void ldapsToAHostTheCertificateDoesNotNameIsABackendFailure() {
        deploy(LDAPS_WRONG_HOST);

        assertRefusedAsBackendFailure("No subject alternative names matching IP address 127.0.0.1");
    }

    @Test
    void startTlsToAHostTheCertificateDoesNotNameIsABackendFailure() {
        deploy(START_TLS_WRONG_HOST);

        assertRefusedAsBackendFailure("No subject alternative names matching IP address 127.0.0.1");
    }

    private void deploy(String name) {
        deployer.deploy(name);
        deployed = name;
    }

    private void assertLogsIn() {
        HttpTestClient.Response login = ldapLogin(ALICE, ALICE_PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getString("connector")).isEqualTo("ldap");
        assertThat(login.json().getString("username")).isEqualTo(ALICE);
        assertThat(ldapLogin(ALICE, ALICE_PASSWORD).status()).as("a second login (new connections)").isEqualTo(200);
    }

    /** Refused as any failed login, audited as a backend failure; the server's log says {@code why} (the TLS check). */
    private void assertRefusedAsBackendFailure(String why) {
        String ghost = NativeApi.uniqueName("ldap-ghost");
        long log = ServerLog.size();
        String sql = "SELECT count(*) FROM audit_records WHERE event = 'LOGIN_FAILED' AND connector = 'ldap'"
                + " AND username = ? AND reason = 'BACKEND_FAILURE'";
        long before = NativeApi.count(sql, ALICE);

        HttpTestClient.Response refused = ldapLogin(ALICE, ALICE_PASSWORD);
        HttpTestClient.Response unknown = ldapLogin(ghost, ALICE_PASSWORD);

        assertThat(refused.status()).as("the right password, an untrusted directory: " + refused).isEqualTo(401);
        assertThat(refused.json()).as("refused as any failed login").isEqualTo(unknown.json());
        assertThat(NativeApi.count(sql, ALICE)).as("audited as a backend failure").isEqualTo(before + 1);
        assertThat(NativeApi.count("SELECT count(*) FROM audit_records WHERE event = 'LOGIN_SUCCEEDED'"
                + " AND connector = 'ldap' AND remote_address = ?",
                api.address())).as("never a login").isZero();
        assertThat(ServerLog.since(log)).as("the reason in the server's log").contains("LDAP bind of the service account"
                + " failed").contains(why);
    }

    private HttpTestClient.Response ldapLogin(String login, String password) {
        return api.login(Json.createObjectBuilder().add("connector", "ldap").add("login", login)
                .add("password", password));
    }

    /** authgate with the ldap connector on the test directory, {@code settings} (authgate.connector.ldap.*) on top. */
    private static WebArchive withLdap(String name, String settings) throws IOException {
        String directory = Files.readString(Path.of(System.getProperty("authgate.it.dir"), "test-ldap.properties"));
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "ldap-tls-it-config.jar").addAsManifestResource(
                new StringAsset("config_ordinal=500\n" + directory
                        + "authgate.connectors.enabled=local,ldap\n"
                        + "authgate.connector.ldap." + settings),
                "microprofile-config.properties");
        // another archive name per deployment (Arquillian refuses two of one name); the context root stays "/"
        return ShrinkWrap.create(WebArchive.class, "authgate-ldap-" + name + ".war").merge(NativeApi.deployment())
                .addAsLibrary(config);
    }

    /** A value of test-ldap-tls.properties, written by test-ldap.sh start. */
    private static String tls(String key) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("authgate.it.dir"),
                "test-ldap-tls.properties"))) {
            p.load(in);
        }
        return p.getProperty(key);
    }
}
