package org.authgate.web.dialect.wazo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.dialect.wazo.WazoClient.AUTH;
import static org.authgate.web.dialect.wazo.WazoClient.CONFD;
import static org.authgate.web.dialect.wazo.WazoClient.assertWazoError;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Wazo token's ACL is the one of its owner's roles as they are now (issue 12, finding 1): after an administrator
 * takes the admin role away, the token check refuses the role's ACL and reports the ACL without it, the
 * protected routes refuse it, and a refresh of the offline grant gives no more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WazoAclFollowsRolesIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String ADMIN_SCOPE = "auth.sessions.read";
    /** What authgate.dialect.wazo.acl.admin grants, which covers {@link #ADMIN_SCOPE}. */
    private static final String ADMIN_ACL = "auth.#";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    private final WazoClient wazo = new WazoClient();

    @Test
    void takingTheAdminRoleTakesItsAclFromTheLiveTokenAtTheNextCheck() {
        String root = NativeApi.uniqueName("root");
        String id = wazo.api.createUser(root, PASSWORD, "admin");
        JsonObject login = wazo.loggedIn(root, PASSWORD, "wazo-desktop");
        String token = login.getString("token");
        assertThat(acl(login)).contains(ADMIN_ACL);
        // Twice each: the second check is answered from the node's memory of the verified session.
        for (int i = 0; i < 2; i++) {
            assertThat(wazo.get(AUTH + "/token/" + token + "?scope=" + ADMIN_SCOPE).status()).isEqualTo(200);
            assertThat(wazo.get(AUTH + "/sessions", "X-Auth-Token", token).status()).isEqualTo(200);
        }

        HttpTestClient.Response demoted = wazo.api.send("PATCH", "/api/v1/admin/accounts/" + id, "{\"roles\":[]}",
                "application/json", "Authorization", NativeApi.bearer(wazo.api.adminToken()));
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

        assertWazoError(wazo.get(AUTH + "/token/" + token + "?scope=" + ADMIN_SCOPE), 403,
                "Unauthorized for " + ADMIN_SCOPE);
        assertThat(wazo.head(AUTH + "/token/" + token + "?scope=" + ADMIN_SCOPE).status()).isEqualTo(403);
        HttpTestClient.Response check = wazo.get(AUTH + "/token/" + token);
        assertThat(check.status()).as("still a valid token of an ordinary user").isEqualTo(200);
        assertThat(acl(check.json().getJsonObject("data"))).doesNotContain(ADMIN_ACL).contains("confd.users.me.read");
        assertWazoError(wazo.get(AUTH + "/sessions", "X-Auth-Token", token), 401, "Unauthorized");
        assertThat(wazo.get(CONFD + "/users/me", "X-Auth-Token", token).status())
                .as("what every user may do still works").isEqualTo(200);

        HttpTestClient.Response refreshed = wazo.refresh(login.getString("refresh_token"), "wazo-desktop", 3600);
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        JsonObject next = refreshed.json().getJsonObject("data");
        assertThat(acl(next)).doesNotContain(ADMIN_ACL);
        assertThat(wazo.get(AUTH + "/token/" + next.getString("token") + "?scope=" + ADMIN_SCOPE).status())
                .isEqualTo(403);
    }

    @Test
    void aRoleGivenAfterTheLoginGrantsItsAclToTheLiveToken() {
        String name = NativeApi.uniqueName("rise");
        String id = wazo.api.createUser(name, PASSWORD);
        String token = wazo.loggedIn(name, PASSWORD, "wazo-desktop").getString("token");
        assertThat(wazo.get(AUTH + "/token/" + token + "?scope=" + ADMIN_SCOPE).status()).isEqualTo(403);

        assertThat(wazo.api.send("PATCH", "/api/v1/admin/accounts/" + id, "{\"roles\":[\"admin\"]}",
                "application/json", "Authorization", NativeApi.bearer(wazo.api.adminToken())).status()).isEqualTo(200);

        assertThat(wazo.get(AUTH + "/token/" + token + "?scope=" + ADMIN_SCOPE).status()).isEqualTo(200);
        assertThat(wazo.get(AUTH + "/sessions", "X-Auth-Token", token).status()).isEqualTo(200);
    }

    private static List<String> acl(JsonObject data) {
        return data.getJsonArray("acl").getValuesAs(JsonString::getString);
    }
}
