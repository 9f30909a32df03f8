package org.authgate.web.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.concurrency.NativeContentionIT.PASSWORD;
import static org.authgate.web.concurrency.NativeContentionIT.assertEachLoggedIn;
import static org.authgate.web.concurrency.NativeContentionIT.PAST_TOUCH_INTERVAL;
import static org.authgate.web.concurrency.NativeContentionIT.events;
import static org.authgate.web.concurrency.NativeContentionIT.sessionColumn;
import static org.authgate.web.concurrency.NativeContentionIT.sessions;

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

/**
 * Azuriom's AzAuth, OneEntry and 365View under a burst: logins of one account, checks of a token whose last-seen
 * time is due, a logout racing them, OneEntry's rotating refresh token sent many times at once, and 365View's
 * login-with-password-change of one account from many clients.
 */
class DialectsContentionIT extends ApiTest {
    private static final String ONEENTRY = "/api/content/users-auth-providers/marker/email/users";
    private static final String APP_TOKEN = System.getProperty("authgate.it.oneentry.app-token",
            "it-oneentry-app-token");
    private static final String DEVICE = "{\"fingerprint\":\"UQ_contention\",\"deviceInfo\":{\"os\":\"Linux\","
            + "\"browser\":\"Firefox/128\",\"location\":\"fr-FR\"}}";
    private static final String DES_KEY = System.getProperty("authgate.it.365view.des-key", "3336357669657731");

    private String user(String prefix) {
        String name = NativeApi.uniqueName(prefix);
        api.createUser(name, PASSWORD);
        return name;
    }

    // ---- Azuriom -------------------------------------------------------------------------------------------

    private HttpTestClient.Response azauth(String route, String json) {
        return api.post("/api/auth/" + route, json, "User-Agent", "AzAuth authenticator v1");
    }

    private HttpTestClient.Response authenticate(String user) {
        return azauth("authenticate", Json.createObjectBuilder().add("email", user + "@example.test")
                .add("password", PASSWORD).addNull("code").build().toString());
    }

    private HttpTestClient.Response azauthWithToken(String route, String token) {
        return azauth(route, Json.createObjectBuilder().add("access_token", token).build().toString());
    }

    @Test
    void azuriomSixteenLoginsAtOnceThenChecksWhenDueThenALogoutRacingChecks() {
        String user = user("az-race");

        List<HttpTestClient.Response> logins = Burst.of(Burst.SIZE, i -> authenticate(user));

        assertEachLoggedIn(logins, user);
        String token = logins.get(0).json().getString("access_token");

        api.advanceClock(PAST_TOUCH_INTERVAL);
        assertThat(Burst.statuses(Burst.of(2 * Burst.SIZE, i -> azauthWithToken("verify", token))))
                .containsOnlyKeys(200);

        api.advanceClock(PAST_TOUCH_INTERVAL);
        List<HttpTestClient.Response> burst = Burst.of(Burst.SIZE + 1, i -> azauthWithToken(i == 0 ? "logout"
                : "verify", token));
        assertThat(burst.get(0).status()).as(burst.get(0).toString()).isEqualTo(200);
        assertThat(burst).allSatisfy(r -> assertThat(r.status()).isIn(200, 401));
        assertThat(Burst.statuses(Burst.of(Burst.SIZE, i -> azauthWithToken("verify", token))))
                .containsOnlyKeys(401);
        assertThat(events(user, "LOGGED_OUT")).isEqualTo(1);
    }

    // ---- OneEntry ------------------------------------------------------------------------------------------

    private HttpTestClient.Response oneEntry(String path, String json) {
        return api.post(ONEENTRY + path, json, "x-app-token", APP_TOKEN, "x-device-metadata", DEVICE);
    }

    private HttpTestClient.Response oneEntryLogin(String user) {
        return oneEntry("/auth", "{\"authData\":[{\"marker\":\"login\",\"value\":\"" + user + "\"},"
                + "{\"marker\":\"password\",\"value\":\"" + PASSWORD + "\"}]}");
    }

    private HttpTestClient.Response oneEntryWithRefreshToken(String route, String refreshToken) {
        return oneEntry(route, "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    @Test
    void oneEntrySixteenLoginsAtOnceOpenSixteenSessions() {
        String user = user("oe-login");

        List<HttpTestClient.Response> logins = Burst.of(Burst.SIZE, i -> oneEntryLogin(user));

        assertEachLoggedIn(logins, user);
    }

    @Test
    void oneEntryARefreshTokenSentSixteenTimesAtOnceHasOneWinnerAndTheReplayRevokesTheFamily() {
        String user = user("oe-refresh");
        HttpTestClient.Response login = oneEntryLogin(user);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String refreshToken = login.json().getString("refreshToken");

        List<HttpTestClient.Response> refreshes = Burst.of(Burst.SIZE,
                i -> oneEntryWithRefreshToken("/refresh", refreshToken));

        assertThat(Burst.count(refreshes, 200)).as(Burst.statuses(refreshes).toString()).isEqualTo(1);
        assertThat(Burst.count(refreshes, 400)).isEqualTo(Burst.SIZE - 1);
        assertThat(events(user, "TOKEN_REFRESHED")).isEqualTo(1);
        assertThat(events(user, "REFRESH_REUSE_DETECTED")).isEqualTo(1);
        assertThat(events(user, "REFRESH_FAILED")).isEqualTo(Burst.SIZE - 2);
        String sessionId = NativeApi.audit("SELECT session_id FROM audit_records WHERE username = ?"
                + " AND event = 'LOGIN_SUCCEEDED'", user).get(0).get("session_id");
        assertThat(sessionColumn(sessionId, "state")).isEqualTo("REVOKED");
        String winner = refreshes.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .getString("refreshToken");
        assertThat(oneEntryWithRefreshToken("/refresh", winner).status()).isEqualTo(400);
    }

    @Test
    void oneEntrySixteenLogoutsWithOneRefreshTokenAtOnceEndTheSessionOnce() {
        String user = user("oe-logout");
        HttpTestClient.Response login = oneEntryLogin(user);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);

        List<HttpTestClient.Response> logouts = Burst.of(Burst.SIZE,
                i -> oneEntryWithRefreshToken("/logout", login.json().getString("refreshToken")));

        assertThat(Burst.count(logouts, 201) + Burst.count(logouts, 200)).as(Burst.statuses(logouts).toString())
                .isEqualTo(1);
        assertThat(Burst.count(logouts, 400)).isEqualTo(Burst.SIZE - 1);
        assertThat(events(user, "LOGGED_OUT")).isEqualTo(1);
    }

    // ---- 365View -------------------------------------------------------------------------------------------

    private static String encrypt(String clear) {
        try {
            Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HexFormat.of().parseHex(DES_KEY), "DES"));
            return HexFormat.of().formatHex(cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpTestClient.Response view365Login(String user, String value, String former) {
        return api.post("/login/en_EN", Json.createObjectBuilder().add("kind", "login").add("title", user)
                .add("path", "Users/" + user).add("password", Json.createObjectBuilder().add("value", encrypt(value))
                        .add("former", former == null ? "" : encrypt(former)).add("reset", false)).build().toString());
    }

    @Test
    void view365SixteenLoginsAtOnceThenSixteenLogoffsOfOneSessionEndItOnce() {
        String user = user("v365-race");

        List<HttpTestClient.Response> logins = Burst.of(Burst.SIZE, i -> view365Login(user, PASSWORD, null));

        assertEachLoggedIn(logins, user);

        String sessionId = logins.get(0).body();
        List<HttpTestClient.Response> logoffs = Burst.of(Burst.SIZE, i -> api.delete("/login/" + sessionId));
        assertThat(Burst.count(logoffs, 200)).as(Burst.statuses(logoffs).toString()).isEqualTo(1);
        assertThat(Burst.count(logoffs, 404)).isEqualTo(Burst.SIZE - 1);
        assertThat(events(user, "LOGGED_OUT")).isEqualTo(1);
    }

    @Test
    void view365SixteenPasswordChangesOfOneAccountAtOnceChangeItOnce() {
        String user = user("v365-chg");
        String replacement = "a brand new passphrase";

        // 365View answers a wrong password with its documented 500 "Login failed: wrong user name or password":
        // what the losers hear, whose former password stopped being the password when the winner committed.
        List<HttpTestClient.Response> changes = Burst.withDocumented500s(Burst.SIZE,
                i -> view365Login(user, replacement, PASSWORD), "Login failed: wrong user name or password");

        assertThat(Burst.count(changes, 200)).as(Burst.statuses(changes).toString()).isEqualTo(1);
        assertThat(events(user, "PASSWORD_CHANGED")).isEqualTo(1);
        assertThat(events(user, "LOGIN_SUCCEEDED")).isEqualTo(1);
        assertThat(sessions(user)).isEqualTo(1);
        // Each loser is a wrong password, or, once five of them locked the account, a locked-out attempt.
        assertThat(events(user, "LOGIN_FAILED") + events(user, "LOCKED_OUT")).isGreaterThanOrEqualTo(Burst.SIZE - 1);
        api.advanceClock(901); // past authgate.lockout.account.max-delay-seconds
        assertThat(view365Login(user, replacement, null).status()).isEqualTo(200);
    }
}
