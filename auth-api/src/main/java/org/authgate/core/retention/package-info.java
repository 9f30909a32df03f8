/**
 * Retention: how long rows that no longer serve a login stay (ended sessions, spent refresh tokens, stale throttle
 * counters, and audit records when configured), their purge in bounded batches by the sweeper with one summary audit
 * record per sweep, and the erasure of what an account leaves behind when it is deleted.
 */
package org.authgate.core.retention;
