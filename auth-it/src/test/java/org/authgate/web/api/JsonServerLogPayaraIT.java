package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.authgate.web.testing.JsonLogLines;
import org.authgate.web.testing.PayaraDomain;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JSON logs on Payara, switched on by the same one setting as on WildFly: the Payara run starts its domain with
 * {@code AUTHGATE_LOG_FORMAT=json} (auth-it/pom.xml), which payara.sh turns into Payara's JSONLogFormatter for
 * server.log before the domain starts. Every line of that server.log (the domain's start-up, every deployment of the
 * run so far, this test's requests) is one JSON object, the line of a failed request carries the incident id its
 * client was given, and neither a password nor a token reaches the log. Payara run only (on WildFly:
 * {@link JsonServerLogRestartIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonServerLogPayaraIT {
    private static final String PASSWORD = "json-log-Passw0rd-never-logged-on-payara";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return NativeApi.deployment();
    }

    @Test
    void everyLineIsJsonTheIncidentLineCarriesItsIdAndNoSecretIsLogged() throws IOException, InterruptedException {
        NativeApi api = new NativeApi();
        String user = NativeApi.uniqueName("jp");
        api.createUser(user, PASSWORD);

        LoggedTraffic traffic = LoggedTraffic.of(api, user, PASSWORD);
        String incident = traffic.incident();

        String written = logWith(incident);
        List<JsonObject> lines = JsonLogLines.parse(written);
        assertThat(lines).as("the failed request was logged").anySatisfy(line -> {
            assertThat(message(line)).startsWith("incident " + incident + " ");
            assertThat(line.getString("Level")).isEqualTo("SEVERE");
            assertThat(line.getString("LoggerName")).isEqualTo("org.authgate.web.http.IncidentLog");
            assertThat(line.getString("Timestamp")).isNotBlank();
        });
        traffic.assertNoSecretIn(written);
    }

    /**
     * A line's message: {@code LogMessage}, or for a record with an exception (an incident's first line per cause),
     * {@code Throwable.Exception}, where Payara's formatter puts the message beside the stack trace instead.
     */
    private static String message(JsonObject line) {
        if (line.containsKey("LogMessage")) {
            return line.getString("LogMessage");
        }
        JsonObject throwable = line.getJsonObject("Throwable");
        return throwable == null ? "" : throwable.getString("Exception", "");
    }

    /**
     * server.log's complete lines once one names {@code incident}: Payara's file handler writes from a queue of its
     * own, a moment after the request was answered.
     */
    private static String logWith(String incident) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            String log = Files.readString(PayaraDomain.serverLog(), StandardCharsets.UTF_8);
            String complete = log.substring(0, log.lastIndexOf('\n') + 1);
            if (complete.contains(incident) || Instant.now().isAfter(deadline)) {
                return complete;
            }
            Thread.sleep(200);
        }
    }
}
