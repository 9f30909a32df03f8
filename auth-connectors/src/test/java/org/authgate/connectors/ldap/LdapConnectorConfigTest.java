package org.authgate.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdapConnectorConfigTest {

    private static Map<String, String> minimal() {
        Map<String, String> m = new HashMap<>();
        m.put(LdapConnectorConfig.URLS, "ldap://127.0.0.1:3890 ldap://backup.example.org");
        m.put(LdapConnectorConfig.BIND_DN, "cn=authgate,dc=example,dc=org");
        m.put(LdapConnectorConfig.BIND_PASSWORD, "service secret");
        m.put(LdapConnectorConfig.BASE_DN, "ou=people,dc=example,dc=org");
        return m;
    }

    private static void refused(Map<String, String> values, String key) {
        assertThatThrownBy(() -> LdapConnectorConfig.fromMap(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }

    @Test
    void defaultsFillEverythingButTheDirectoryAndTheServiceAccount() {
        LdapConnectorConfig c = LdapConnectorConfig.fromMap(minimal());
        assertThat(c.providerUrl()).isEqualTo("ldap://127.0.0.1:3890 ldap://backup.example.org");
        assertThat(c.userFilter().template()).isEqualTo(LdapConnectorConfig.DEFAULT_USER_FILTER);
        assertThat(c.groups().mode()).isEqualTo(LdapConnectorConfig.Groups.Mode.MEMBER_OF);
        assertThat(c.groups().baseDn()).isEqualTo(c.baseDn());
        assertThat(c.attributes().id()).isEqualTo("entryUUID");
        assertThat(c.readTimeoutMillis()).isEqualTo(LdapConnectorConfig.DEFAULT_READ_TIMEOUT_MILLIS);
        assertThat(c.asMap()).containsEntry(LdapConnectorConfig.BIND_PASSWORD, "service secret")
                .containsKey(LdapConnectorConfig.POOL_MAX_SIZE);
    }

    @Test
    void readsRolesAsGroupRolePairs() {
        Map<String, String> m = minimal();
        m.put(LdapConnectorConfig.ROLES, "Admins=admin, staff=user,admins=auditor");
        assertThat(LdapConnectorConfig.fromMap(m).roles()).containsEntry("admins", "admin auditor")
                .containsEntry("staff", "user");
        m.put(LdapConnectorConfig.ROLES, "admins");
        refused(m, LdapConnectorConfig.ROLES);
    }

    @Test
    void requiresUrlServiceAccountAndBaseDn() {
        for (String key : new String[] {LdapConnectorConfig.URLS, LdapConnectorConfig.BIND_DN,
                LdapConnectorConfig.BIND_PASSWORD, LdapConnectorConfig.BASE_DN}) {
            Map<String, String> m = minimal();
            m.remove(key);
            refused(m, key);
        }
    }

    @Test
    void refusesBadValues() {
        Map<String, String> m = minimal();
        m.put(LdapConnectorConfig.URLS, "http://127.0.0.1");
        refused(m, LdapConnectorConfig.URLS);
        m = minimal();
        m.put(LdapConnectorConfig.URLS, "ldap://127.0.0.1/dc=example");
        refused(m, LdapConnectorConfig.BASE_DN);
        m = minimal();
        m.put(LdapConnectorConfig.BASE_DN, "not a dn");
        refused(m, LdapConnectorConfig.BASE_DN);
        assertThatThrownBy(() -> LdapConnectorConfig.fromMap(minimalWith(LdapConnectorConfig.USER_FILTER,
                "(uid=fixed)"))).hasMessageContaining("{0}");
        refused(minimalWith(LdapConnectorConfig.READ_TIMEOUT_MILLIS, "0"), LdapConnectorConfig.READ_TIMEOUT_MILLIS);
        refused(minimalWith(LdapConnectorConfig.CONNECT_TIMEOUT_MILLIS, "soon"),
                LdapConnectorConfig.CONNECT_TIMEOUT_MILLIS);
        refused(minimalWith(LdapConnectorConfig.POOL_MAX_SIZE, "0"), LdapConnectorConfig.POOL_MAX_SIZE);
        refused(minimalWith(LdapConnectorConfig.GROUPS_MODE, "nested"), LdapConnectorConfig.GROUPS_MODE);
        refused(minimalWith(LdapConnectorConfig.ATTRIBUTE_EMAIL, "mail)(x"), "mail)(x");
        refused(minimalWith(LdapConnectorConfig.TRUST_STORE_PATH, "/no/such/truststore.p12"),
                LdapConnectorConfig.TRUST_STORE_PATH);
        refused(minimalWith(LdapConnectorConfig.START_TLS, "yes"), LdapConnectorConfig.START_TLS);
    }

    @Test
    void anEmptyServicePasswordIsRefusedBecauseItWouldBindAnonymously() {
        refused(minimalWith(LdapConnectorConfig.BIND_PASSWORD, ""), LdapConnectorConfig.BIND_PASSWORD);
    }

    @Test
    void startTlsUpgradesLdapUrlsOnlyAndOneListDoesNotMixSchemes() {
        assertThat(LdapConnectorConfig.fromMap(minimalWith(LdapConnectorConfig.START_TLS, "true")).startTls()).isTrue();
        Map<String, String> ldaps = minimalWith(LdapConnectorConfig.URLS, "ldaps://a.example.org ldaps://b.example.org");
        assertThat(LdapConnectorConfig.fromMap(ldaps).ldaps()).isTrue();
        ldaps.put(LdapConnectorConfig.START_TLS, "true");
        refused(ldaps, LdapConnectorConfig.START_TLS);
        refused(minimalWith(LdapConnectorConfig.URLS, "ldap://a.example.org ldaps://b.example.org"), "not both");
    }

    @Test
    void aTrustStoreIsLoadedAtStartUpAsPemPkcs12OrJks(@TempDir Path dir) throws Exception {
        Path pem = Path.of(getClass().getResource("/ldap/ca.pem").toURI());
        LdapConnectorConfig fromPem = LdapConnectorConfig.fromMap(trustStore(pem, "PEM", null));
        assertThat(fromPem.trustStore()).isPresent();
        assertThat(LdapTls.of(fromPem.trustStore().get())).isNotNull();

        KeyStore keys = LdapTls.load(pem, "", "PEM");
        for (String type : new String[] {"PKCS12", "JKS"}) {
            Path store = dir.resolve("trust." + type);
            KeyStore copy = KeyStore.getInstance(type);
            copy.load(null, null);
            copy.setCertificateEntry("ca", keys.getCertificate(keys.aliases().nextElement()));
            try (OutputStream out = Files.newOutputStream(store)) {
                copy.store(out, "trust-pass-1".toCharArray());
            }
            assertThat(LdapConnectorConfig.fromMap(trustStore(store, type, "trust-pass-1")).trustStore()).isPresent();
            refused(trustStore(store, type, "wrong-pass"), LdapConnectorConfig.TRUST_STORE_PASSWORD);
        }
    }

    @Test
    void aTrustStoreThatCannotBeUsedStopsTheStartWithWhatIsWrong(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        refused(trustStore(empty, "PEM", null), "no certificate");
        Path text = Files.writeString(dir.resolve("text.p12"), "not a key store");
        refused(trustStore(text, "PKCS12", "x"), "cannot read " + text);
        Path pem = Path.of(getClass().getResource("/ldap/ca.pem").toURI());
        refused(trustStore(pem, "NO-SUCH-TYPE", null), "NO-SUCH-TYPE");
        refused(trustStore(dir.resolve("missing.p12"), "PKCS12", "x"), "cannot read");
    }

    @Test
    void getDefaultAnswersOnlyWhileTheConnectorOpensAConnection() throws Exception {
        Path pem = Path.of(getClass().getResource("/ldap/ca.pem").toURI());
        LdapTls tls = LdapTls.of(LdapConnectorConfig.fromMap(trustStore(pem, "PEM", null)).trustStore().get());
        assertThatThrownBy(LdapTls::getDefault).as("never some other trust").isInstanceOf(IllegalStateException.class);
        assertThat(tls.connecting(LdapTls::getDefault)).isSameAs(tls);
        assertThatThrownBy(LdapTls::getDefault).isInstanceOf(IllegalStateException.class);
    }

    private static Map<String, String> trustStore(Path path, String type, String password) {
        Map<String, String> m = minimalWith(LdapConnectorConfig.TRUST_STORE_PATH, path.toString());
        m.put(LdapConnectorConfig.TRUST_STORE_TYPE, type);
        if (password != null) {
            m.put(LdapConnectorConfig.TRUST_STORE_PASSWORD, password);
        }
        return m;
    }

    private static Map<String, String> minimalWith(String key, String value) {
        Map<String, String> m = minimal();
        m.put(key, value);
        return m;
    }
}
