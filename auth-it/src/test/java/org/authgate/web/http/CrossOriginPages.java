package org.authgate.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.authgate.web.testsupport.FixedConfig;

/**
 * Test-only configuration for {@link CrossOriginIT}: the CORS settings that let its test page's origin in. The
 * page's port is known only once the test has bound it, so the settings travel in the deployment as a resource
 * ({@link #RESOURCE}) that this source reads inside the server.
 */
public class CrossOriginPages extends FixedConfig {
    static final String RESOURCE = "cross-origin-it.properties";

    public CrossOriginPages() {
        super("cross-origin-it", read());
    }

    private static Map<String, String> read() {
        Properties properties = new Properties();
        try (InputStream in = CrossOriginPages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }
}
