package org.authgate.persistence.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "login_throttles")
public class ThrottleEntity {
    @Id
    @Column(name = "throttle_key")
    public String key;
    public int failures;
    @Column(name = "window_start")
    public Instant windowStart;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Version
    public long version;
}
