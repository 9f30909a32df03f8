package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.authgate.web.testing.JsonLogLines;
import org.authgate.web.testing.ServerLog;
import org.junit.jupiter.api.Test;

/**
 * JSON logs, switched on by the one setting ({@code authgate.log.format=json}, which the restart run's server is
 * started with, arquillian.xml): every line the server writes meanwhile is one JSON object in server.json, the text
 * log stays still, the line of a failed request carries the incident id its client was given, and neither a
 * password nor a token reaches the log. (In the restart run because that server is started with the switch on; it
 * restarts nothing.)
 */
class JsonServerLogRestartIT extends RestartTest {
    private static final String PASSWORD = "json-log-Passw0rd-never-logged";

    @Test
    void everyLineIsJsonTheIncidentLineCarriesItsIdAndNoSecretIsLogged() throws IOException {
        started();
        NativeApi api = new NativeApi();
        String user = NativeApi.uniqueName("jo");
        api.createUser(user, PASSWORD);
        Path json = ServerLog.directory().resolve("server.json");
        Path text = ServerLog.directory().resolve("server.log");
        long jsonFrom = Files.exists(json) ? Files.size(json) : 0;
        long textSize = Files.size(text);

        LoggedTraffic traffic = LoggedTraffic.of(api, user, PASSWORD);
        String incident = traffic.incident();

        byte[] all = Files.readAllBytes(json);
        String written = new String(all, (int) jsonFrom, all.length - (int) jsonFrom, StandardCharsets.UTF_8);
        List<JsonObject> lines = JsonLogLines.parse(written);
        assertThat(lines).as("the failed request was logged").anySatisfy(line -> {
            assertThat(line.getString("message")).startsWith("incident " + incident + " ");
            assertThat(line.getString("level")).isEqualTo("SEVERE");
            assertThat(line.getString("loggerName")).isEqualTo("org.authgate.web.http.IncidentLog");
            assertThat(line.getString("service")).isEqualTo("authgate");
            assertThat(line.getString("timestamp")).endsWith("Z");
        });
        traffic.assertNoSecretIn(written);
        assertThat(Files.size(text)).as("the text log is off").isEqualTo(textSize);
    }
}
