/**
 * The node's memory of verified sessions ({@link org.authgate.core.session.VerifiedSessions}) and what keeps it
 * true on every node: decorators on the session and account stores announce each change inside its transaction
 * ({@link org.authgate.web.cache.ChangeBroadcast}), PostgreSQL delivers the announcement to every node when the
 * transaction commits, and each node's {@link org.authgate.web.cache.ChangeListener} forgets what changed.
 */
package org.authgate.web.cache;
