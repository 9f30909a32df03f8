package org.authgate.web.dialect.wazo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.authgate.core.connector.ConnectorId;

/**
 * The Wazo dialect's configuration ({@code authgate.dialect.wazo.*}), validated at start-up.
 *
 * @param backends    Wazo backend name ({@code wazo_user}, {@code ldap_user}) to connector id
 * @param defaultAcl  ACL templates every user's tokens carry ({@code me} stands for the user's uuid)
 * @param roleAcl     further ACL templates per role
 * @param xivoUuid    the "stack" uuid Wazo clients see as {@code xivo_uuid} and in {@code /infos}
 * @param wazoVersion the version {@code /infos} reports (the SDK shows it as the engine version)
 */
public record WazoSettings(boolean enabled, Map<String, ConnectorId> backends, List<String> defaultAcl,
                           Map<String, List<String>> roleAcl, String xivoUuid, String wazoVersion) {

    public WazoSettings {
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
}
