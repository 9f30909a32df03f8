package org.authgate.web.dialect.view365;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.authgate.web.api.ApiTest;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/** 365View's connector login, black-box: the seed's examples (its ciphertext aside) and the error cases. */
class View365DialectIT extends ApiTest {
    static final String KEY = System.getProperty("authgate.it.365view.des-key", "3336357669657731");
    static final String PASSWORD = "correct horse battery";

    /** As the document says: DES, ECB, PKCS5 padding, hex. */
    static String encrypt(String clear) throws Exception {
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HexFormat.of().parseHex(KEY), "DES"));
        return HexFormat.of().formatHex(cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
    }

    static String loginObject(String title, String value, String former, boolean reset) {
        return Json.createObjectBuilder().add("kind", "login").add("title", title).add("path", "Users/" + title)
                .add("password", Json.createObjectBuilder().add("value", value).add("former", former)
                        .add("reset", reset)).build().toString();
    }

    private static List<String> events(String user) {
        return NativeApi.auditOf(user).stream().filter(r -> "365view".equals(r.get("dialect")))
                .map(r -> r.get("event")).toList();
    }

    private static void assertPlainError(HttpTestClient.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.body()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void getLoginAnswersAFreshRandomSessionId() {
        HttpTestClient.Response one = api.get("/login");
        HttpTestClient.Response two = api.get("/login");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).matches("[0-9a-f]{32}");
        assertThat(two.body()).isNotEqualTo(one.body());
    }

    @Test
    void prepareAnswersTheSeedsEmptyLoginObject() {
        HttpTestClient.Response r = api.post("/login/prepare", "");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(Json.createReader(new java.io.StringReader("""
                {"kind":"login","title":"","path":"","password":{"value":"","former":"","reset":false}}""")).readObject());
    }

    @Test
    void theSeedsLoginExampleWithThisServersKeyAnswersTheSessionIdAndLogoffClosesIt() throws Exception {
        String user = NativeApi.uniqueName("v365-adm");
        api.createUser(user, PASSWORD);

        HttpTestClient.Response login = api.post("/login/en_EN", loginObject(user, encrypt(PASSWORD), "", false));

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String sessionId = login.body();
        assertThat(sessionId).isNotBlank().doesNotContain("\"");
        HttpTestClient.Response logoff = api.delete("/login/" + sessionId);
        assertThat(logoff.status()).as(logoff.toString()).isEqualTo(200);
        assertPlainError(api.delete("/login/" + sessionId), 404);
        assertThat(events(user)).containsExactly("LOGIN_SUCCEEDED", "LOGGED_OUT");
    }

    @Test
    void theSeedsCiphertextMadeWithAnotherKeyIsAFailedLogin() {
        HttpTestClient.Response r = api.post("/login/en_EN", """
                {"kind":"login","title":"Administrator","path":"Users/Administrator",
                 "password":{"value":"4d0a83d823b07ac4ffa730bafec8e70b","former":"","reset":false}}""");

        assertPlainError(r, 500);
        assertThat(r.body()).startsWith("Login failed:");
    }

    @Test
    void theLocaleDefaultsToEnEnAndAMalformedOneIs400() throws Exception {
        String user = NativeApi.uniqueName("v365-loc");
        api.createUser(user, PASSWORD);

        assertThat(api.post("/login", loginObject(user, encrypt(PASSWORD), "", false)).status()).isEqualTo(200);
        assertThat(api.post("/login/fr_FR", loginObject(user, encrypt(PASSWORD), "", false)).status()).isEqualTo(200);
        assertPlainError(api.post("/login/english", loginObject(user, encrypt(PASSWORD), "", false)), 400);
    }

    @Test
    void aWrongPasswordIs500WithAClearMessageAndIsAudited() throws Exception {
        String user = NativeApi.uniqueName("v365-bad");
        api.createUser(user, PASSWORD);

        HttpTestClient.Response r = api.post("/login/en_EN", loginObject(user, encrypt("not the password"), "", false));

        assertPlainError(r, 500);
        assertThat(r.body()).isEqualTo("Login failed: wrong user name or password");
        assertThat(events(user)).containsExactly("LOGIN_FAILED");
    }

    @Test
    void formerAndValueChangeThePasswordThenLogoffCloses() throws Exception {
        String user = NativeApi.uniqueName("v365-chg");
        api.createUser(user, PASSWORD);
        String other = api.loggedIn(user, PASSWORD).getString("accessToken");

        HttpTestClient.Response r = api.post("/login/en_EN",
                loginObject(user, encrypt("a brand new passphrase"), encrypt(PASSWORD), false));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/session", "Authorization", NativeApi.bearer(other)).status())
                .as("the account's other sessions end").isEqualTo(401);
        assertThat(api.delete("/login/" + r.body()).status()).isEqualTo(200);
        assertPlainError(api.post("/login/en_EN", loginObject(user, encrypt(PASSWORD), "", false)), 500);
        assertThat(api.post("/login/en_EN", loginObject(user, encrypt("a brand new passphrase"), "", false)).status())
                .isEqualTo(200);
        assertThat(events(user)).containsSubsequence("LOGIN_SUCCEEDED", "PASSWORD_CHANGED", "LOGGED_OUT",
                "LOGIN_FAILED", "LOGIN_SUCCEEDED");
    }

    @Test
    void aTooWeakNewPasswordIsRefusedAndLeavesNoSession() throws Exception {
        String user = NativeApi.uniqueName("v365-weak");
        api.createUser(user, PASSWORD);

        HttpTestClient.Response r = api.post("/login/en_EN", loginObject(user, encrypt("x"), encrypt(PASSWORD), false));
        HttpTestClient.Response common = api.post("/login/en_EN",
                loginObject(user, encrypt("baseball1"), encrypt(PASSWORD), false));

        assertPlainError(r, 500);
        assertPlainError(common, 500);
        assertThat(api.post("/login/en_EN", loginObject(user, encrypt("baseball1"), "", false)).status())
                .as("the common password was not set").isNotEqualTo(200);
        assertThat(events(user)).contains("PASSWORD_CHANGE_FAILED", "LOGGED_OUT");
    }

    @Test
    void resetMarksTheAccountSoTheNextLoginMustChangeThePassword() throws Exception {
        String user = NativeApi.uniqueName("v365-rst");
        api.createUser(user, PASSWORD);

        assertThat(api.post("/login/en_EN", loginObject(user, encrypt(PASSWORD), "", true)).status()).isEqualTo(200);

        HttpTestClient.Response plain = api.post("/login/en_EN", loginObject(user, encrypt(PASSWORD), "", false));
        assertPlainError(plain, 500);
        assertThat(plain.body()).contains("must be changed");
        HttpTestClient.Response renewed = api.post("/login/en_EN",
                loginObject(user, encrypt("a brand new passphrase"), encrypt(PASSWORD), false));
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(api.post("/login/en_EN", loginObject(user, encrypt("a brand new passphrase"), "", false)).status())
                .isEqualTo(200);
    }

    @Test
    void malformedRequestsAnswerPlainTextNeverAProblemDocument() {
        assertPlainError(api.post("/login/en_EN", "{\"kind\":"), 400);
        assertPlainError(api.post("/login/en_EN", "{\"kind\":\"other\"}"), 400);
        assertPlainError(api.send("POST", "/login/en_EN", "kind=login", "text/plain"), 415);
        assertPlainError(api.send("PUT", "/login/en_EN", "{}", "application/json"), 405);
        assertPlainError(api.get("/login/a/b"), 404);
    }
}
