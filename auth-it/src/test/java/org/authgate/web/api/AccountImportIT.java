package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Accounts of other systems imported with their password hashes, as Keycloak 26.7.3 and PHP 8.2 made them
 * ({@code fixtures/migration}): every user logs in with their own password through the native API, AzAuth (Azuriom)
 * and Kuzzle, the first login of each (whichever dialect) replaces the foreign hash by authgate's Argon2id (read back
 * from PostgreSQL) with a PASSWORD_REHASHED record, and importing the same file again skips every account.
 */
class AccountImportIT extends ApiTest {
    private static final Path FIXTURES = Path.of("..", "fixtures", "migration");
    private static final String JSON = "application/json";
    private static final Map<String, String> PASSWORDS = Map.of(
            "ada", "Ada-Lovelace-1815", "bob", "Bob-Builder-2026!", "cyd", "Cyd-Charisse-1922",
            "dee", "Dee-Dee-Ramone-77", "eve", "Eve-Online-2003!", "finn", "Finn-The-Human-1",
            "gus", "Gus-Fring-Pollos");

    @Test
    void theRealKeycloakExportImportsAndEveryUserLogsInThroughEveryDialectRehashedOnce() throws IOException {
        String export = Files.readString(FIXTURES.resolve("keycloak-26.7.3-realm-acme.json"));

        JsonObject report = imported("keycloak", export);

        assertThat(report.getInt("imported")).as(report.toString()).isEqualTo(4);
        assertThat(report.getInt("skipped")).isZero();
        assertThat(report.getInt("failed")).isZero();
        assertThat(storedHash("ada")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$TlHF8dS+1BqxjKZRuxXl8g$");
        assertThat(storedHash("bob")).startsWith("$pbkdf2-sha512$i=210000$");
        assertThat(storedHash("cyd")).startsWith("$pbkdf2-sha256$i=600000$");
        assertThat(storedHash("dee")).startsWith("$pbkdf2$i=27500$");
        assertThat(NativeApi.count("SELECT COUNT(*) FROM account_roles r JOIN accounts a ON a.id = r.account_id"
                + " WHERE a.username = 'ada' AND r.role = 'admin'")).isEqualTo(1);

        // The first login of each comes through another door: the imported hash works in every dialect.
        firstLoginRehashes("bob", () -> azauth("bob@acme.example", PASSWORDS.get("bob")));
        firstLoginRehashes("cyd", () -> kuzzle("cyd", PASSWORDS.get("cyd")));
        firstLoginRehashes("dee", () -> api.login("dee", PASSWORDS.get("dee")));
        // ada's Keycloak hash is Argon2id of the configured cost already: nothing to replace.
        String ada = storedHash("ada");
        everyDoorOpens("ada");
        assertThat(storedHash("ada")).isEqualTo(ada);
        for (String user : List.of("bob", "cyd", "dee")) {
            everyDoorOpens(user);
        }

        JsonObject again = imported("keycloak", export);
        assertThat(again.getInt("skipped")).as(again.toString()).isEqualTo(4);
        assertThat(again.getInt("imported")).isZero();
        assertThat(again.getInt("failed")).isZero();
        assertThat(NativeApi.count("SELECT COUNT(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason LIKE 'IMPORT format=keycloak %'")).isEqualTo(2);
        assertThat(NativeApi.count("SELECT COUNT(*) FROM audit_records WHERE event = 'ADMIN_ACTION'"
                + " AND reason = 'IMPORT_ACCOUNT' AND username IN ('ada', 'bob', 'cyd', 'dee')")).isEqualTo(4);
    }

    @Test
    void laravelBcryptUsersImportAsAccountsAndLogInThroughEveryDialect() throws IOException {
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        try (JsonReader reader = Json.createReader(new StringReader(
                Files.readString(FIXTURES.resolve("azuriom-users-bcrypt.json"))))) {
            for (JsonValue user : reader.readArray()) {
                JsonObject u = user.asJsonObject();
                accounts.add(Json.createObjectBuilder().add("username", u.getString("name"))
                        .add("email", u.getString("email")).add("passwordHash", u.getString("password"))
                        .add("roles", Json.createArrayBuilder().add("member")));
            }
        }
        String body = accounts.build().toString();

        JsonObject report = imported("accounts", body);

        assertThat(report.getInt("imported")).as(report.toString()).isEqualTo(3);
        firstLoginRehashes("eve", () -> azauth("eve@azuriom.example", PASSWORDS.get("eve")));
        firstLoginRehashes("finn", () -> kuzzle("finn", PASSWORDS.get("finn")));
        firstLoginRehashes("gus", () -> api.login("gus@azuriom.example", PASSWORDS.get("gus")));
        for (String user : List.of("eve", "finn", "gus")) {
            everyDoorOpens(user);
            assertThat(azauth(user, PASSWORDS.get(user) + "?").status()).isNotEqualTo(200);
        }

        JsonObject again = imported("accounts", body);
        assertThat(again.getInt("skipped")).as(again.toString()).isEqualTo(3);
        assertThat(again.getInt("imported") + again.getInt("failed")).isZero();
    }

    @Test
    void aMalformedRowIsReportedWithItsIndexAndTheOthersImport() {
        String ok = NativeApi.uniqueName("imp");
        String md5 = NativeApi.uniqueName("imp");
        String body = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("username", ok).add("passwordHash",
                        "$2y$10$SK205oH1e61m6Igr0DzW8eUwJKJY7VT3ISiTWRyBrLTxOBKzSSGC2"))
                .add(Json.createObjectBuilder().add("username", md5)
                        .add("passwordHash", "5f4dcc3b5aa765d61d8327deb882cf99"))
                .add("not an object")
                .build().toString();

        JsonObject report = imported("accounts", body);

        assertThat(report.getInt("imported")).as(report.toString()).isEqualTo(1);
        assertThat(report.getInt("failed")).isEqualTo(2);
        assertThat(report.getJsonArray("failures").getJsonObject(0).getInt("index")).isEqualTo(1);
        assertThat(report.getJsonArray("failures").getJsonObject(0).getString("reason")).contains("passwordHash");
        assertThat(report.getJsonArray("failures").getJsonObject(1).getInt("index")).isEqualTo(2);
        assertThat(api.login(ok, "Eve-Online-2003!").status()).isEqualTo(200);
        assertThat(NativeApi.count("SELECT COUNT(*) FROM accounts WHERE username = ?", md5)).isZero();
    }

    @Test
    void onlyAnAdministratorImportsAndAnUnknownFormatIsABadRequest() {
        String user = NativeApi.uniqueName("nadia");
        api.createUser(user, "correct horse battery");
        String token = api.loggedIn(user, "correct horse battery").getString("accessToken");

        HttpTestClient.Response refused = api.post("/api/v1/admin/imports?format=accounts", "[]",
                "Authorization", NativeApi.bearer(token));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/imports?format=accounts", "[]").status()).isEqualTo(401);
        HttpTestClient.Response unknown = api.post("/api/v1/admin/imports?format=ldif", "[]",
                "Authorization", NativeApi.bearer(api.adminToken()));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    }

    private JsonObject imported(String format, String body) {
        HttpTestClient.Response r = api.post("/api/v1/admin/imports?format=" + format, body,
                "Authorization", NativeApi.bearer(api.adminToken()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private void firstLoginRehashes(String user, java.util.function.Supplier<HttpTestClient.Response> login) {
        String imported = storedHash(user);
        assertThat(imported).doesNotStartWith("$argon2id$");

        HttpTestClient.Response r = login.get();

        assertThat(r.status()).as(user + ": " + r).isEqualTo(200);
        String now = storedHash(user);
        assertThat(now).as(user).startsWith("$argon2id$v=19$").isNotEqualTo(imported);
        assertThat(NativeApi.count("SELECT COUNT(*) FROM audit_records WHERE event = 'PASSWORD_REHASHED'"
                + " AND username = ?", user)).isEqualTo(1);
    }

    private void everyDoorOpens(String user) {
        String password = PASSWORDS.get(user);
        assertThat(api.login(user, password).status()).as(user + " native").isEqualTo(200);
        assertThat(api.login(user, password + "x").status()).as(user + " native, wrong").isEqualTo(401);
        HttpTestClient.Response az = azauth(user, password);
        assertThat(az.status()).as(user + " azauth: " + az).isEqualTo(200);
        HttpTestClient.Response kz = kuzzle(user, password);
        assertThat(kz.status()).as(user + " kuzzle: " + kz).isEqualTo(200);
        assertThat(storedHash(user)).startsWith("$argon2id$");
    }

    private HttpTestClient.Response azauth(String login, String password) {
        return api.post("/api/auth/authenticate", Json.createObjectBuilder().add("email", login)
                .add("password", password).addNull("code").build().toString(), "User-Agent", "AzAuth authenticator v1");
    }

    private HttpTestClient.Response kuzzle(String username, String password) {
        return api.send("POST", "/_login/local?expiresIn=1h", Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString(), JSON, "X-Kuzzle-Volatile",
                "{\"sdkInstanceId\":\"it-1\",\"sdkName\":\"js@7.17.1\"}");
    }

    private static String storedHash(String username) {
        return NativeApi.audit("SELECT password_hash FROM accounts WHERE username = ?", username).get(0)
                .get("password_hash");
    }
}
