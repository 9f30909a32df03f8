package org.authgate.connectors.local;

import java.util.Objects;
import org.authgate.core.account.Account;
import org.authgate.core.audit.Actor;
import org.authgate.core.audit.AuditEvent;
import org.authgate.core.audit.AuditTrail;
import org.authgate.core.audit.Outcome;
import org.authgate.core.connector.ConnectorId;
import org.authgate.core.session.Dialect;

/**
 * The one audit record of an administrative action on a local account: ADMIN_ACTION naming the actor, the account
 * (identity and id as target) and the {@link AdminAction} as reason. Shared by {@link AccountAdministration} and
 * {@link TotpEnrollment}, which write it on the trail the application gives them (not one of their own).
 */
final class AdminAudit {
    private final AuditTrail audit;

    AdminAudit(AuditTrail audit) {
        this.audit = Objects.requireNonNull(audit);
    }

    void record(Actor actor, Account target, AdminAction action) {
        audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).identity(LocalConnector.identityOf(target))
                .actor(actor.name()).target(target.id().toString()).reason(action).write();
    }

    /**
     * The record of a deletion: the account's id, tenant and connector, but no username (the account and its personal
     * data are gone; the id is an opaque random UUID that still ties the trail together).
     */
    void deleted(Actor actor, Account target) {
        audit.of(AuditEvent.ADMIN_ACTION, Outcome.SUCCESS, Dialect.ADMIN).tenant(target.tenant())
                .connector(ConnectorId.LOCAL).subject(target.id()).actor(actor.name()).target(target.id().toString())
                .reason(AdminAction.DELETE_ACCOUNT).write();
    }
}
