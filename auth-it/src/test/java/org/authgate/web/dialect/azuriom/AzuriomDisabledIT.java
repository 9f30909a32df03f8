package org.authgate.web.dialect.azuriom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.authgate.web.dialect.azuriom.AzAuthClientRules.readableByTheJavaClient;

import jakarta.json.Json;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.authgate.web.testsupport.FixedConfig;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** authgate.dialect.azuriom.enabled=false: every route answers as Azuriom does with its Auth API off. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AzuriomDisabledIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment().addClasses(FixedConfig.class, AzuriomSwitchedOff.class)
                .addAsServiceProvider(ConfigSource.class, AzuriomSwitchedOff.class);
    }

    private final NativeApi api = new NativeApi();

    @Test
    void everyRouteAnswersAuthApiIsNotEnabledAndNoLoginHappens() {
        String user = NativeApi.uniqueName("off");
        api.createUser(user, "correct horse battery");
        String login = Json.createObjectBuilder().add("email", user).add("password", "correct horse battery").build()
                .toString();

        for (String route : new String[] {"authenticate", "verify", "logout"}) {
            HttpTestClient.Response response = api.post("/api/auth/" + route,
                    route.equals("authenticate") ? login : "{\"access_token\":\"x\"}");
            assertThat(response.status()).as(route).isEqualTo(400);
            assertThat(readableByTheJavaClient(response)).isEqualTo(Json.createObjectBuilder().add("status", "error")
                    .add("message", "Auth API is not enabled").build());
        }
        assertThat(NativeApi.auditOf(user)).isEmpty();
    }

    @Test
    void theNativeApiStillWorks() {
        String user = NativeApi.uniqueName("native");
        api.createUser(user, "correct horse battery");

        assertThat(api.login(user, "correct horse battery").status()).isEqualTo(200);
    }
}
