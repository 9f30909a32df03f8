package org.authgate.core.connector;

import java.util.Optional;
import org.authgate.core.identity.Identity;
import org.authgate.core.identity.SubjectId;

/** Capability: the connector can say who a subject is now (current ban state, roles, names). */
public interface IdentityLookup {
    Optional<Identity> findIdentity(SubjectId subject);
}
