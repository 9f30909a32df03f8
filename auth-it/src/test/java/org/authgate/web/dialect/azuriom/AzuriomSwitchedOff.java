package org.authgate.web.dialect.azuriom;

import java.util.Map;
import org.authgate.web.testsupport.FixedConfig;

/** Test-only configuration that switches the Azuriom dialect off, above every other source. */
public class AzuriomSwitchedOff extends FixedConfig {
    public AzuriomSwitchedOff() {
        super("azuriom-switched-off", Map.of("authgate.dialect.azuriom.enabled", "false"));
    }
}
