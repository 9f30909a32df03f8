package org.authgate.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.authgate.web.api.NativeApi;
import org.authgate.web.testing.HttpTestClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Reads the metrics endpoint as Prometheus would, into sample → value ("name{labels}" as written); and the
 * deployment that configures its scrape secret (the hostile tests of the endpoint use it too).
 */
public final class Scrape {
    public static final String PATH = "/api/v1/metrics";
    public static final String SECRET = "it-scrape-secret-" + "0123456789abcdef0123456789abcdef";

    private Scrape() {
    }

    /** The native API's deployment with {@link #SECRET} as the scrape secret. */
    public static WebArchive deployment() {
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "metrics-it-config.jar").addAsManifestResource(
                new StringAsset("config_ordinal=500\nauthgate.metrics.scrape-secret-sha256=" + secretHash() + "\n"),
                "microprofile-config.properties");
        return NativeApi.deployment().addAsLibrary(settings);
    }

    static String secretHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Double> samples(NativeApi api) {
        HttpTestClient.Response response = api.get(PATH, "Authorization", "Bearer " + SECRET);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain").contains("version=0.0.4");
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)
                    .replace("+Inf", "Infinity")));
        }
        return samples;
    }

    /** What {@code sample} grew by between two scrapes (a series not written yet counts 0). */
    static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        return after.getOrDefault(sample, 0.0) - before.getOrDefault(sample, 0.0);
    }
}
