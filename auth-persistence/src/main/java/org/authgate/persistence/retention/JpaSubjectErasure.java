package org.authgate.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.identity.TenantId;
import org.authgate.core.retention.SubjectErasure;
import org.authgate.persistence.Jpa;

/**
 * Bulk statements in the deletion's transaction. Hibernate flushes the records this transaction appended before a
 * bulk UPDATE of their table, so the deletion's own records (sessions revoked, the account deleted) are anonymised
 * too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSubjectErasure implements SubjectErasure {

    @PersistenceContext(unitName = Jpa.UNIT)
    EntityManager em;

    /** The delete trigger of V5 announces each session to every node, as an update would. */
    @Override
    public int forgetSessions(SubjectId subject) {
        return em.createQuery("DELETE FROM SessionEntity s WHERE s.subject = :s")
                .setParameter("s", subject.value()).executeUpdate();
    }

    /**
     * By subject: the (subject, at) index. By attempted username: a scan of the table (no index on the name, which
     * would serve nothing else); an account deletion is rare and an administrator's request.
     */
    @Override
    public int anonymiseAudit(SubjectId subject, TenantId tenant, Collection<String> logins) {
        String clear = "UPDATE AuditRecordEntity a SET a.username = NULL, a.remoteAddress = NULL, a.userAgent = NULL";
        int changed = em.createQuery(clear + " WHERE a.subject = :s").setParameter("s", subject.value())
                .executeUpdate();
        Set<String> folded = logins.stream().filter(Objects::nonNull).map(l -> l.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!folded.isEmpty()) {
            changed += em.createQuery(clear + " WHERE a.subject IS NULL AND a.tenant = :t AND LOWER(a.username) IN :l")
                    .setParameter("t", tenant.value()).setParameter("l", folded).executeUpdate();
        }
        return changed;
    }
}
