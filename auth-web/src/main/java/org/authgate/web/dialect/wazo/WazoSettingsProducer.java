package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.authgate.core.connector.ConnectorId;
import org.eclipse.microprofile.config.Config;

/** Reads {@link WazoSettings} from MicroProfile Config; a bad value stops the deployment naming its key. */
@ApplicationScoped
public class WazoSettingsProducer {
    static final String PREFIX = "authgate.dialect.wazo.";
    private static final String ROLE_ACL_PREFIX = PREFIX + "acl.";

    @Produces
    @Singleton
    WazoSettings settings(Config config) {
        return read(config);
    }

    static WazoSettings read(Config config) {
        boolean enabled = config.getOptionalValue(PREFIX + "enabled", Boolean.class).orElse(true);
        Map<String, ConnectorId> backends = new LinkedHashMap<>();
        for (String pair : list(config.getOptionalValue(PREFIX + "backends", String.class).orElse("wazo_user=local"))) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !ConnectorId.isValid(parts[1].strip())) {
                throw new IllegalStateException(PREFIX + "backends: expected backend=connector pairs, got '" + pair + "'");
            }
            backends.put(parts[0].strip(), new ConnectorId(parts[1].strip()));
        }
        Map<String, List<String>> roleAcl = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ROLE_ACL_PREFIX) && name.length() > ROLE_ACL_PREFIX.length()) {
                roleAcl.put(name.substring(ROLE_ACL_PREFIX.length()),
                        list(config.getOptionalValue(name, String.class).orElse("")));
            }
        }
        String xivoUuid = config.getOptionalValue(PREFIX + "xivo-uuid", String.class).orElse("").strip();
        try {
            UUID.fromString(xivoUuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + "xivo-uuid must be a UUID, got '" + xivoUuid + "'", e);
        }
        return new WazoSettings(enabled, backends,
                list(config.getOptionalValue(PREFIX + "default-acl", String.class).orElse("")), roleAcl, xivoUuid,
                config.getOptionalValue(PREFIX + "wazo-version", String.class).orElse("23.16"));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
