package org.authgate.web.testsupport;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Test-only configuration above every other source (ordinal 900), for a deployment that needs a few settings of
 * its own: a subclass names its values; the IT adds both classes and registers the subclass as a ConfigSource.
 */
public abstract class FixedConfig implements ConfigSource {
    private final String name;
    private final Map<String, String> values;

    protected FixedConfig(String name, Map<String, String> values) {
        this.name = name;
        this.values = Map.copyOf(values);
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String key) {
        return values.get(key);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return 900;
    }
}
