package org.authgate.web.dialect.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.token.AccessTokenFormat;
import org.eclipse.microprofile.config.Config;

/**
 * The Wazo dialect's configuration ({@code authgate.dialect.wazo.*}); a bad value stops the deployment naming its key.
 *
 * @param backends    Wazo backend name ({@code wazo_user}, {@code ldap_user}) to connector id
 * @param defaultAcl  ACL templates every user's tokens carry ({@code me} stands for the user's uuid)
 * @param roleAcl     further ACL templates per role
 * @param xivoUuid    the "stack" uuid Wazo clients see as {@code xivo_uuid} and in {@code /infos}
 * @param wazoVersion the version {@code /infos} reports (the SDK shows it as the engine version)
 * @param tokenFormat the shape of access tokens ({@code token-shape}): {@code uuid}, wazo-auth's (122 random bits), or
 *                    {@code opaque}, the core's 256-bit base64url token
 */
public record WazoConfig(boolean enabled, Map<String, ConnectorId> backends, List<String> defaultAcl,
                         Map<String, List<String>> roleAcl, String xivoUuid, String wazoVersion,
                         AccessTokenFormat tokenFormat) {

    static final String PREFIX = "authgate.dialect.wazo.";
    private static final String ROLE_ACL_PREFIX = PREFIX + "acl.";

    public WazoConfig {
        backends = Map.copyOf(backends);
        defaultAcl = List.copyOf(defaultAcl);
        roleAcl = Map.copyOf(roleAcl);
    }

    public Optional<ConnectorId> connectorOf(String backend) {
        return Optional.ofNullable(backends.get(backend));
    }

    /** The ACL of a user holding {@code roles}, in configuration order, without duplicates. */
    public List<String> aclOf(Set<String> roles) {
        Set<String> acl = new LinkedHashSet<>(defaultAcl);
        roles.stream().sorted().forEach(role -> acl.addAll(roleAcl.getOrDefault(role, List.of())));
        return List.copyOf(acl);
    }

    static WazoConfig from(Config config) {
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
        return new WazoConfig(enabled, backends,
                list(config.getOptionalValue(PREFIX + "default-acl", String.class).orElse("")), roleAcl, xivoUuid,
                config.getOptionalValue(PREFIX + "wazo-version", String.class).orElse("23.16"),
                tokenFormat(config.getOptionalValue(PREFIX + "token-shape", String.class).orElse("uuid").strip()));
    }

    static AccessTokenFormat tokenFormat(String shape) {
        return switch (shape) {
            case "uuid" -> AccessTokenFormat.OPAQUE_UUID;
            case "opaque" -> AccessTokenFormat.OPAQUE;
            default -> throw new IllegalStateException(PREFIX + "token-shape must be uuid or opaque, got '" + shape + "'");
        };
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reads the record once and at start-up, so that a malformed setting fails the deployment, not a request. */
    @ApplicationScoped
    static class Producer {
        @Produces
        @Singleton // a record cannot be proxied
        WazoConfig config(Config config) {
            return from(config);
        }

        void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, WazoConfig config) {
            // injecting it is the check
        }
    }
}
