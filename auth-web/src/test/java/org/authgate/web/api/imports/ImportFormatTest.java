package org.authgate.web.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.authgate.core.identity.TenantId;
import org.authgate.web.usecase.ImportRow;
import org.junit.jupiter.api.Test;

/** The streaming readers over the real Keycloak 26.7.3 export and hand-made accounts arrays. */
class ImportFormatTest {
    private static final Path FIXTURES = Path.of("..", "fixtures", "migration");

    @Test
    void readsEveryUserOfTheRealKeycloakExportWithItsPasswordAsAStoredHash() throws Exception {
        List<ImportRow> rows;
        try (InputStream in = Files.newInputStream(FIXTURES.resolve("keycloak-26.7.3-realm-acme.json"))) {
            rows = read(ImportFormat.KEYCLOAK, in);
        }
        assertThat(rows).extracting(r -> r.account().username()).containsExactly("ada", "bob", "cyd", "dee");
        ImportRow ada = rows.get(0);
        assertThat(ada.index()).isZero();
        assertThat(ada.account().email()).isEqualTo("ada@acme.example");
        assertThat(ada.account().roles()).containsExactly("admin");
        assertThat(ada.account().passwordHash()).isEqualTo("$argon2id$v=19$m=19456,t=2,p=1$TlHF8dS+1BqxjKZRuxXl8g"
                + "$xNokpgqgzBEjdRnfHAe/T/6UUohkbr++KdaxFTqa9CI");
        assertThat(rows.get(1).account().passwordHash()).startsWith("$pbkdf2-sha512$i=210000$yTPefnwa5wiGnuHnrryuAQ$");
        assertThat(rows.get(2).account().passwordHash()).startsWith("$pbkdf2-sha256$i=600000$");
        assertThat(rows.get(3).account().passwordHash()).startsWith("$pbkdf2$i=27500$");
        assertThat(rows.get(3).account().roles()).isEmpty();
    }

    @Test
    void keycloakUsersWithoutAPasswordOrWithAnUnknownAlgorithmAreFailedRows() {
        String export = """
                {"realm":"x","clients":[{"id":"a","nested":{"deep":[1,2,{"k":"v"}]}}],"users":[
                  {"username":"svc","serviceAccountClientId":"api"},
                  {"username":"md5","credentials":[{"type":"password","secretData":"{\\"value\\":\\"AAAA\\",\\"salt\\":\\"AAAA\\"}",
                   "credentialData":"{\\"hashIterations\\":1,\\"algorithm\\":\\"md5\\"}"}]}
                ],"groups":[]}""";
        List<ImportRow> rows = read(ImportFormat.KEYCLOAK, export);
        assertThat(rows).extracting(ImportRow::index, ImportRow::failure).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "the user has no password credential"),
                org.assertj.core.groups.Tuple.tuple(1, "malformed row: unsupported Keycloak hash algorithm md5"));
        assertThat(read(ImportFormat.KEYCLOAK, "{\"realm\":\"x\"}")).extracting(ImportRow::failure)
                .containsExactly("the realm export has no users array (export with --users same_file)");
    }

    @Test
    void accountsRowsTakeTheImportsTenantUnlessTheyNameTheirOwn() {
        List<ImportRow> rows = read(ImportFormat.ACCOUNTS, """
                [{"username":"eve","email":"eve@azuriom.example","passwordHash":"$2y$10$x","roles":["member"]},
                 {"username":"zed","passwordHash":"$2y$10$y","tenant":"other"},
                 42,
                 {"username":"bad","passwordHash":"h","tenant":"no spaces"},
                 {"username":["not","text"],"passwordHash":"h"}]""");
        assertThat(rows.get(0).account().tenant()).isEqualTo(new TenantId("acme"));
        assertThat(rows.get(0).account().roles()).containsExactly("member");
        assertThat(rows.get(1).account().tenant()).isEqualTo(new TenantId("other"));
        assertThat(rows.get(1).account().email()).isNull();
        assertThat(rows.subList(2, 5)).extracting(ImportRow::index, ImportRow::failure).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "a row is a JSON object"),
                org.assertj.core.groups.Tuple.tuple(3, "tenant is malformed"),
                org.assertj.core.groups.Tuple.tuple(4, "malformed row: username is not a string"));
    }

    @Test
    void textThatStopsBeingJsonEndsTheRowsWithAFailureAtItsIndex() {
        List<ImportRow> rows = read(ImportFormat.ACCOUNTS, "[{\"username\":\"a\",\"passwordHash\":\"h\"}, {\"user");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).index()).isEqualTo(1);
        assertThat(rows.get(1).failure()).startsWith("the file is not valid JSON here");
        assertThat(read(ImportFormat.ACCOUNTS, "{}")).extracting(ImportRow::failure)
                .containsExactly("the accounts format is a JSON array of accounts");
    }

    private static List<ImportRow> read(ImportFormat format, String json) {
        return read(format, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ImportRow> read(ImportFormat format, InputStream in) {
        List<ImportRow> rows = new ArrayList<>();
        try (JsonParser parser = Json.createParser(in)) {
            format.rows(parser, new TenantId("acme")).forEachRemaining(rows::add);
        }
        return rows;
    }
}
