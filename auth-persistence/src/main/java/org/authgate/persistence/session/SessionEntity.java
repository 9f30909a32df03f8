package org.authgate.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sessions")
public class SessionEntity {
    @Id
    public UUID id;
    public String tenant;
    public String connector;
    public UUID subject;
    public String username;
    /** Comma-separated snapshot; role names never contain commas (validated by connectors). */
    public String roles;
    public String dialect;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "remote_address")
    public String remoteAddress;
    @Column(name = "user_agent")
    public String userAgent;
    @Column(name = "device_info")
    public String deviceInfo;
    @Column(name = "token_format")
    public String tokenFormat;
    @Column(name = "access_token_hash")
    public String accessTokenHash;
    @Column(name = "previous_access_token_hash")
    public String previousAccessTokenHash;
    @Column(name = "previous_valid_until")
    public Instant previousValidUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "refreshable_until")
    public Instant refreshableUntil;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    @Column(name = "lifetime_seconds")
    public long lifetimeSeconds;
    public boolean refreshable;
    public String state;
    @Column(name = "end_reason")
    public String endReason;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Version
    public long version;
}
