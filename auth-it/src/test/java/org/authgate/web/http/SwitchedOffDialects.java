package org.authgate.web.http;

import java.util.Map;
import org.authgate.web.testsupport.FixedConfig;

/**
 * Test-only configuration for {@link GatesIT}: Wazo, 365View, Azuriom and Kuzzle switched off, above every other
 * source; OneEntry stays on with the ITs' application token, so one deployment has every kind of gate.
 */
public class SwitchedOffDialects extends FixedConfig {
    public SwitchedOffDialects() {
        super("gates-it-dialects-off", Map.of(
                "authgate.dialect.wazo.enabled", "false",
                "authgate.dialect.365view.enabled", "false",
                "authgate.dialect.azuriom.enabled", "false",
                "authgate.dialect.kuzzle.enabled", "false"));
    }
}
