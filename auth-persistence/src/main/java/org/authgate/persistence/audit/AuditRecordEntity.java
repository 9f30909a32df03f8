package org.authgate.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Append-only: no {@code @Version}, never updated. */
@Entity
@Table(name = "audit_records")
public class AuditRecordEntity {
    @Id
    public UUID id;
    public Instant at;
    public String event;
    public String outcome;
    public String tenant;
    public String connector;
    public String dialect;
    public UUID subject;
    public String username;
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "remote_address")
    public String remoteAddress;
    @Column(name = "user_agent")
    public String userAgent;
    public String reason;
    public String actor;
    public String target;
}
