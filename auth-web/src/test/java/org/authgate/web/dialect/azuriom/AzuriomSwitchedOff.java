package org.authgate.web.dialect.azuriom;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** Test-only configuration that switches the Azuriom dialect off, above every other source. */
public class AzuriomSwitchedOff implements ConfigSource {
    private static final Map<String, String> VALUES = Map.of("authgate.dialect.azuriom.enabled", "false");

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String name) {
        return VALUES.get(name);
    }

    @Override
    public String getName() {
        return "azuriom-switched-off";
    }

    @Override
    public int getOrdinal() {
        return 900;
    }
}
