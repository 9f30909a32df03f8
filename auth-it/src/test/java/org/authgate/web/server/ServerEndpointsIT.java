package org.authgate.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSession;
import org.authgate.web.testing.Deployments;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server the build configures answers over HTTP with the WAR on it, on WildFly (configure.cli) and on
 * Payara (configure.asadmin, the Payara run): the root context is the WAR's, health with authgate's own check and
 * OpenAPI on the HTTP port, HTTPS with a self-signed certificate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerEndpointsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.authgate();
    }

    private final HttpTestClient http = HttpTestClient.http();

    @Test
    void theRootContextIsTheWarsNotTheServersWelcomePage() {
        HttpTestClient.Response root = http.get("/");

        assertThat(root.body()).doesNotContainIgnoringCase("Welcome to WildFly").doesNotContainIgnoringCase("Payara");
        assertThat(http.get("/api/v1/ping").status()).isEqualTo(200);
    }

    @Test
    void livenessAnswersOnTheHttpPortWithTheApplicationsCheck() {
        HttpTestClient.Response live = http.get("/health/live");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        JsonObject body = live.json();
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name"))
                .contains("authgate");
    }

    @Test
    void openApiAnswers() {
        HttpTestClient.Response openapi = http.get("/openapi", "Accept", "application/json");

        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        assertThat(openapi.json().getString("openapi")).startsWith("3.");
        assertThat(openapi.json().getJsonObject("paths").keySet()).contains("/api/v1/login");
    }

    @Test
    void httpsAnswersWithASelfSignedCertificate() throws Exception {
        HttpTestClient.Response live = HttpTestClient.https().get("/health/live");

        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        SSLSession tls = live.sslSession().orElseThrow();
        X509Certificate certificate = (X509Certificate) tls.getPeerCertificates()[0];
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
    }
}
