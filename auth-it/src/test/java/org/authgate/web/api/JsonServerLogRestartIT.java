package org.authgate.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.authgate.web.testing.JsonLogLines;
import org.authgate.web.testing.ServerConsole;
import org.authgate.web.testing.ServerLog;
import org.junit.jupiter.api.Test;

/**
 * JSON logs, switched on by the one setting ({@code authgate.log.format=json}, which the restart run's server is
 * started with, arquillian.xml): every line the server writes meanwhile is one JSON object in server.json, the text
 * log stays still, the line of a failed request carries the incident id its client was given, and neither a
 * password nor a token reaches the log; the server's standard output (its console handler) is JSON too, with the
 * incident's line. (In the restart run because that server is started with the switch on; it
 * restarts nothing.)
 */
class JsonServerLogRestartIT extends RestartTest {
    private static final String PASSWORD = "json-log-Passw0rd-never-logged";

    @Test
    void everyLineIsJsonTheIncidentLineCarriesItsIdAndNoSecretIsLogged() throws IOException, InterruptedException {
        started();
        NativeApi api = new NativeApi();
        String user = NativeApi.uniqueName("jo");
        api.createUser(user, PASSWORD);
        Path json = ServerLog.directory().resolve("server.json");
        Path text = ServerLog.directory().resolve("server.log");
        long jsonFrom = Files.exists(json) ? Files.size(json) : 0;
        long textSize = Files.size(text);

        LoggedTraffic traffic;
        List<String> console;
        try (ServerConsole stdout = ServerConsole.capture()) {
            traffic = LoggedTraffic.of(api, user, PASSWORD);
            console = stdout.linesOnce(traffic.incident(), Duration.ofSeconds(10));
        }
        String incident = traffic.incident();
        // The console (standard output, what a container deployment collects) is JSON too: the incident's line is
        // one JSON object there, and no line has the text formatter's "[category]" form.
        assertThat(console).as("the incident reached standard output").anySatisfy(line -> {
            assertThat(line).contains(incident);
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject object = reader.readObject();
                assertThat(object.getString("message")).startsWith("incident " + incident + " ");
                assertThat(object.getString("service")).isEqualTo("authgate");
            }
        });
        assertThat(console).as("no text line on standard output").noneMatch(line -> line.contains("[org.authgate."));
        traffic.assertNoSecretIn(String.join("\n", console));

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
