package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.authgate.core.secret.SecretKeyRing;
import org.authgate.core.secret.Sealed;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What the database holds of the secrets: TOTP secrets and signing private keys sealed with the IT server's
 * current secrets key (it-2 of AUTHGATE_SECRETS_KEYS), never in clear; rows still in clear or sealed with the
 * older key are sealed again by the start-up step; a row sealed with a key the server lacks stops it.
 */
class SecretsAtRestIT extends ApiTest {
    static final List<String> KEYS = Arrays.asList(System.getProperty("authgate.it.secrets.keys",
            "it-1:2QoQcZUwkxyaxB71TBVA1NqDD55E68QRcS8NXTkzPwE=").split(","));
    static final String CURRENT = KEYS.get(KEYS.size() - 1).split(":")[0];

    private String[] enrolled(String user) {
        return enrolled(api, user);
    }

    /** Enrols a new user's TOTP and returns [subject id, secret]. */
    static String[] enrolled(NativeApi api, String user) {
        String id = api.createUser(user, "correct horse battery");
        String secret = api.enrolledInTotp(user, "correct horse battery");
        return new String[] {id, secret};
    }

    private void logsInWithTotp(String user, String secret) {
        logsInWithTotp(api, user, secret);
    }

    static void logsInWithTotp(NativeApi api, String user, String secret) {
        api.advanceClock(30); // a code of a fresh time step
        HttpTestClient.Response login = api.login(Json.createObjectBuilder().add("login", user)
                .add("password", "correct horse battery").add("code", TotpCodes.at(secret, api.serverNow())));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().getString("status")).isEqualTo("AUTHENTICATED");
    }

    static Map<String, String> totpRow(String id) {
        return NativeApi.audit("SELECT totp_secret, totp_secret_sealed_by FROM accounts WHERE id = ?::uuid", id).get(0);
    }

    static void storeTotp(String id, String value, String sealedBy) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE accounts SET totp_secret = ?, totp_secret_sealed_by = ? WHERE id = ?::uuid")) {
            s.setString(1, value);
            s.setString(2, sealedBy);
            s.setString(3, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpTestClient.Response seal() {
        return api.http().post("/test-support/secrets/seal", "");
    }

    @Test
    void aTotpSecretIsStoredSealedWithTheCurrentKey() {
        String user = NativeApi.uniqueName("tess");
        String[] enrolled = enrolled(user);

        Map<String, String> row = totpRow(enrolled[0]);
        assertThat(row.get("totp_secret_sealed_by")).isEqualTo(CURRENT);
        assertThat(row.get("totp_secret")).isNotEqualTo(enrolled[1]).doesNotContain(enrolled[1]);
        assertThat(SecretKeyRing.of(KEYS, "test").openText(Sealed.ofBase64(CURRENT, row.get("totp_secret")),
                "accounts.totp_secret:" + enrolled[0])).isEqualTo(enrolled[1]);
        logsInWithTotp(user, enrolled[1]);
    }

    @Test
    void signingPrivateKeysAreStoredSealedAndAreNoKeysAsStored() throws Exception {
        api.loggedIn(NativeApi.ADMIN, NativeApi.ADMIN_PASSWORD);
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT kid, private_key, private_key_sealed_by FROM signing_keys"); ResultSet rs = s.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                byte[] stored = rs.getBytes("private_key");
                assertThat(rs.getString("private_key_sealed_by")).isEqualTo(CURRENT);
                assertThatThrownBy(() -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(stored)))
                        .as("the stored bytes are no PKCS#8 key").isInstanceOf(java.security.GeneralSecurityException.class);
                byte[] opened = SecretKeyRing.of(KEYS, "test").open(new Sealed(CURRENT, stored),
                        "signing_keys.private_key:" + rs.getString("kid"));
                assertThat(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(opened))).isNotNull();
            }
            assertThat(rows).isPositive();
        }
    }

    @Test
    void aSecretStillInClearIsSealedByTheStartUpStepAndKeepsWorking() {
        String user = NativeApi.uniqueName("uma");
        String[] enrolled = enrolled(user);
        storeTotp(enrolled[0], enrolled[1], null); // as a database migrated from before V6 holds it

        HttpTestClient.Response sealed = seal();

        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(200);
        assertThat(sealed.json().getInt("sealed")).isPositive();
        Map<String, String> row = totpRow(enrolled[0]);
        assertThat(row.get("totp_secret_sealed_by")).isEqualTo(CURRENT);
        assertThat(row.get("totp_secret")).doesNotContain(enrolled[1]);
        logsInWithTotp(user, enrolled[1]);
    }

    @Test
    void aSecretSealedWithTheOlderKeyIsSealedAgainWithTheNewest() {
        String user = NativeApi.uniqueName("vera");
        String[] enrolled = enrolled(user);
        String older = KEYS.get(0).split(":")[0];
        assertThat(older).isNotEqualTo(CURRENT);
        SecretKeyRing olderRing = SecretKeyRing.of(KEYS.subList(0, 1), "test");
        storeTotp(enrolled[0], olderRing.sealText(enrolled[1], "accounts.totp_secret:" + enrolled[0]).base64(), older);

        logsInWithTotp(user, enrolled[1]); // the older key still opens it
        assertThat(seal().status()).isEqualTo(200);

        assertThat(totpRow(enrolled[0]).get("totp_secret_sealed_by")).isEqualTo(CURRENT);
        logsInWithTotp(user, enrolled[1]);
    }

    @Test
    void aSecretSealedWithAKeyTheServerLacksStopsTheStartUpStepNamingTheKeyOnly() {
        String user = NativeApi.uniqueName("wes");
        String[] enrolled = enrolled(user);
        byte[] raw = new byte[32];
        new java.security.SecureRandom().nextBytes(raw);
        String foreignKey = java.util.Base64.getEncoder().encodeToString(raw);
        SecretKeyRing foreign = SecretKeyRing.of(List.of("retired-key:" + foreignKey), "test");
        storeTotp(enrolled[0], foreign.sealText(enrolled[1], "accounts.totp_secret:" + enrolled[0]).base64(), "retired-key");
        try {
            HttpTestClient.Response refused = seal();

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().getString("error")).contains("retired-key").doesNotContain(foreignKey)
                    .doesNotContain(enrolled[1]);
            // Nothing else was sealed halfway: the step is one transaction.
        } finally {
            // Leave no row the next start-up of this database (restart ITs) would stop at.
            storeTotp(enrolled[0], null, null);
        }
    }

    @Test
    void aSealedSecretCopiedToAnotherAccountDoesNotOpenThere() {
        String[] first = enrolled(NativeApi.uniqueName("xena"));
        String second = NativeApi.uniqueName("yuri");
        String[] secondEnrolled = enrolled(second);
        Map<String, String> firstRow = totpRow(first[0]);
        storeTotp(secondEnrolled[0], firstRow.get("totp_secret"), firstRow.get("totp_secret_sealed_by"));
        try {
            api.advanceClock(30);
            HttpTestClient.Response login = api.login(Json.createObjectBuilder().add("login", second)
                    .add("password", "correct horse battery").add("code", TotpCodes.at(first[1], api.serverNow())));

            assertThat(login.status()).as(login.toString()).isNotEqualTo(200);
            assertThat(login.body()).doesNotContain(first[1]).doesNotContain("Exception");
        } finally {
            storeTotp(secondEnrolled[0], null, null);
        }
    }
}
