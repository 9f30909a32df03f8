package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.authgate.web.api.NativeApi.bearer;

import com.nimbusds.jose.JWSObject;
import jakarta.json.Json;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.Sealed;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A database from before migration V6 holds its TOTP secrets and signing private keys in clear: a real start-up
 * seals them with the current secrets key, and both keep working (the TOTP code, a JWT signed before).
 */
class SecretsSealedAtStartRestartIT extends RestartTest {


    private static void update(String sql, Object... params) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static byte[] storedPrivateKey(String kid) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT private_key FROM signing_keys WHERE kid = ?")) {
            s.setString(1, kid);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    @Test
    void secretsStoredInClearAreSealedByTheNextStartUpAndKeepWorking() throws Exception {
        started();
        NativeApi api = new NativeApi();
        String user = NativeApi.uniqueName("clear");
        String[] enrolled = SecretsAtRestIT.enrolled(api, user);
        String jwt = api.login(Json.createObjectBuilder().add("login", NativeApi.ADMIN)
                .add("password", NativeApi.ADMIN_PASSWORD).add("tokenFormat", "jwt")).json().getString("accessToken");
        String kid = JWSObject.parse(jwt).getHeader().getKeyID();
        String context = "signing_keys.private_key:" + kid;
        String sealedBy = NativeApi.audit("SELECT private_key_sealed_by FROM signing_keys WHERE kid = ?", kid).get(0)
                .get("private_key_sealed_by");
        byte[] pkcs8 = SecretKeyRing.of(SecretsAtRestIT.KEYS, "test").open(new Sealed(sealedBy, storedPrivateKey(kid)), context);
        // As the rows of a database from before V6 are.
        SecretsAtRestIT.storeTotp(enrolled[0], enrolled[1], null);
        update("UPDATE signing_keys SET private_key = ?, private_key_sealed_by = NULL WHERE kid = ?", pkcs8, kid);

        server.restart();

        Map<String, String> totp = SecretsAtRestIT.totpRow(enrolled[0]);
        assertThat(totp.get("totp_secret_sealed_by")).isEqualTo(SecretsAtRestIT.CURRENT);
        assertThat(totp.get("totp_secret")).doesNotContain(enrolled[1]);
        assertThat(NativeApi.audit("SELECT private_key_sealed_by FROM signing_keys WHERE kid = ?", kid).get(0)
                .get("private_key_sealed_by")).isEqualTo(SecretsAtRestIT.CURRENT);
        byte[] stored = storedPrivateKey(kid);
        assertThatThrownBy(() -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(stored)))
                .isInstanceOf(GeneralSecurityException.class);
        assertThat(api.get("/api/v1/session", "Authorization", bearer(jwt)).status())
                .as("a JWT signed before still verifies").isEqualTo(200);
        SecretsAtRestIT.logsInWithTotp(api, user, enrolled[1]);
    }
}
