package org.authgate.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.api.NativeApi.bearer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL act as one: whatever one node issues, the other verifies, refreshes and ends at
 * once, and a lockout earned on one holds on the other. Nothing lives only in one node's memory. The same tests for
 * two WildFly nodes ({@link SharedStateTwoNodesIT}) and for WildFly beside Payara ({@link SharedStateMixedPairIT}).
 */
interface SharedStateAcrossNodes {

    NativeApi a();

    HttpTestClient b();

    HttpTestClient.Response onB(String method, String path, String json, String... headers);

    @Test
    default void aLoginOnOneNodeIsVerifiedRefreshedAndEndedOnTheOtherAndRefusedAtOnceByTheFirst() {
        String user = NativeApi.uniqueName("wes");
        a().createUser(user, "correct horse battery");
        JsonObject login = a().loggedIn(user, "correct horse battery");
        String jwt = a().login(Json.createObjectBuilder().add("login", user).add("password", "correct horse battery")
                .add("tokenFormat", "jwt")).json().getString("accessToken");

        assertThat(onB("GET", "/api/v1/session", null, "Authorization", bearer(login.getString("accessToken")))
                .status()).isEqualTo(200);
        assertThat(onB("GET", "/api/v1/session", null, "Authorization", bearer(jwt)).status())
                .as("node B verifies node A's JWT with the key from the database").isEqualTo(200);

        HttpTestClient.Response refreshed = onB("POST", "/api/v1/refresh",
                Json.createObjectBuilder().add("refreshToken", login.getString("refreshToken")).build().toString());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String token = refreshed.json().getString("accessToken");
        // Checked twice on A: the second check is answered from A's memory of verified sessions.
        assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        assertThat(a().get("/api/v1/session", "Authorization", bearer(jwt)).status()).isEqualTo(200);
        assertThat(a().get("/api/v1/session", "Authorization", bearer(jwt)).status()).isEqualTo(200);

        assertThat(onB("POST", "/api/v1/logout", "", "Authorization", bearer(token)).status()).isEqualTo(204);
        assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("node A refuses the token the moment node B ended its session").isEqualTo(401);

        assertThat(onB("POST", "/api/v1/logout", "", "Authorization", bearer(jwt)).status()).isEqualTo(204);
        assertThat(a().get("/api/v1/session", "Authorization", bearer(jwt)).status()).isEqualTo(401);
    }

    @Test
    default void anAccountChangedOnOneNodeIsAnsweredChangedByTheOtherAtOnce() {
        String user = NativeApi.uniqueName("yuri");
        String id = a().createUser(user, "correct horse battery");
        String token = a().loggedIn(user, "correct horse battery").getString("accessToken");
        for (int i = 0; i < 2; i++) {
            assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).json().getJsonObject("identity")
                    .getString("firstName", null)).isNull();
        }

        HttpTestClient.Response renamed = onB("PATCH", "/api/v1/admin/accounts/" + id,
                Json.createObjectBuilder().add("firstName", "Yuri").build().toString(),
                "Authorization", bearer(a().adminToken()));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        HttpTestClient.Response current = a().get("/api/v1/session", "Authorization", bearer(token));
        assertThat(current.json().getJsonObject("identity").getString("firstName", null))
                .as("node A answers the identity node B just changed: " + current + " after " + renamed)
                .isEqualTo("Yuri");

        assertThat(onB("POST", "/api/v1/admin/accounts/" + id + "/disable", "", "Authorization",
                bearer(a().adminToken())).status()).isEqualTo(200);
        assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("disabling on B ended the session A remembered").isEqualTo(401);
    }

    @Test
    default void anAccountDeletedOnOneNodeHasNoSessionOnTheOtherAtOnce() {
        String user = NativeApi.uniqueName("dirk");
        String id = a().createUser(user, "correct horse battery");
        String token = a().loggedIn(user, "correct horse battery").getString("accessToken");
        // Twice: node A now answers the token from its memory.
        for (int i = 0; i < 2; i++) {
            assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).status()).isEqualTo(200);
        }

        HttpTestClient.Response deleted = onB("DELETE", "/api/v1/admin/accounts/" + id, null,
                "Authorization", bearer(a().adminToken()));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        assertThat(a().get("/api/v1/session", "Authorization", bearer(token)).status())
                .as("node A forgot the session of the account node B deleted").isEqualTo(401);
        assertThat(a().login(user, "correct horse battery").status()).isEqualTo(401);
    }

    @Test
    default void aDemotionOnOneNodeClosesTheAdminApiOnTheOtherAtOnce() {
        String admin = NativeApi.uniqueName("zora");
        String id = a().createUser(admin, "correct horse battery", "admin");
        String token = a().loggedIn(admin, "correct horse battery").getString("accessToken");
        // Twice: node A now answers the token and its owner's identity from its memory.
        for (int i = 0; i < 2; i++) {
            assertThat(a().get("/api/v1/admin/accounts", "Authorization", bearer(token)).status()).isEqualTo(200);
        }

        HttpTestClient.Response demoted = onB("PATCH", "/api/v1/admin/accounts/" + id, "{\"roles\":[]}",
                "Authorization", bearer(a().adminToken()));
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

        assertThat(a().get("/api/v1/admin/accounts", "Authorization", bearer(token)).status())
                .as("node A forgot the identity node B changed").isEqualTo(403);
    }

    @Test
    default void aLockoutEarnedOnOneNodeHoldsOnTheOther() {
        String user = NativeApi.uniqueName("xena");
        a().createUser(user, "correct horse battery");
        for (int i = 0; i < 5; i++) {
            assertThat(a().login(user, "guess " + i).status()).isEqualTo(401);
        }
        // The fifth failure locks the account for one second. Both nodes' test clocks step back ten
        // minutes, so the lock surely still holds when node B is asked, however slow this machine is.
        a().advanceClock(-600);
        assertThat(b().post("/test-support/clock/advance?seconds=-600", "").status()).isEqualTo(204);

        HttpTestClient.Response onNodeB = onB("POST", "/api/v1/login", Json.createObjectBuilder().add("login", user)
                .add("password", "correct horse battery").build().toString());

        assertThat(onNodeB.status()).isEqualTo(401);
        assertThat(NativeApi.auditOf(user)).extracting(r -> r.get("event")).contains("LOCKED_OUT")
                .doesNotContain("LOGIN_SUCCEEDED");
    }
}
