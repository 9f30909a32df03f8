package org.authgate.web.testsupport;

import java.util.Map;

/**
 * Test-only: production mode with the run command's settings: its administrator password, administrators' second
 * factor off (as the IT server's environment has it), and a secrets key of its id {@code dev} in the ring. That key
 * comes first, so that it never seals anything even if the check under test were broken (the last key seals; the IT
 * keys stay the ones the shared database is sealed with).
 */
public class ProductionWithDevelopmentSettings extends ProductionMode {
    public ProductionWithDevelopmentSettings() {
        super("production-dev-settings", Map.of("authgate.bootstrap.admin.password", "authgate-dev-admin",
                "authgate.admin.require-second-factor", "false",
                "authgate.secrets.keys", "dev:6l2Cj8ZCdH3Ol0+oSxCO1Q9vA6mU1GJ7b4xD5m0hKkY=,"
                        + System.getenv().getOrDefault("AUTHGATE_SECRETS_KEYS", "")));
    }
}
