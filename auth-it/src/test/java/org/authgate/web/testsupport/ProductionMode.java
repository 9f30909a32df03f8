package org.authgate.web.testsupport;

import java.util.HashMap;
import java.util.Map;

/**
 * Test-only: a deployment in production mode ({@code authgate.mode=production}) on the shared IT server, whose
 * environment keeps administrators without a second factor (auth-it/pom.xml), which production mode refuses: this turns
 * the rule back on. Subclasses add the one development setting a test wants refused.
 */
public class ProductionMode extends FixedConfig {
    public ProductionMode() {
        this("production-mode", Map.of());
    }

    protected ProductionMode(String name, Map<String, String> more) {
        super(name, with(more));
    }

    private static Map<String, String> with(Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("authgate.mode", "production",
                "authgate.admin.require-second-factor", "true"));
        values.putAll(more);
        return values;
    }
}
