package org.authgate.core.session;

import java.time.Instant;

import java.util.List;
import java.util.Optional;
import org.authgate.core.identity.SubjectId;
import org.authgate.core.token.TokenHash;

/**
 * Port: where sessions live. Implementations join the caller's transaction; {@link #update} checks
 * {@link Session#version()} and fails (with any runtime exception) when another writer won, and the
 * caller retries the whole unit of work. {@link #touch} never fails that way.
 */
public interface SessionStore {

    void insert(Session session);

    /**
     * Writes a changed session. The change must be more than a later last-seen time (that is {@link #touch}):
     * every update is announced to the other nodes, and implementations refuse one that would not be.
     */
    void update(Session session);

    /**
     * Records a later {@link Session#lastSeenAt()} and nothing else. Not version-checked and the version stays: the
     * latest time wins and a touch never moves it back, so concurrent checks of one session never conflict (the
     * session's other fields are those of the store, whatever version {@code session} was read at). Unlike an
     * update it is not announced to the other nodes (authgate-web's change broadcast): a node that remembers the
     * session with an older last-seen time can only find it due or idle sooner, and then reads the row again.
     */
    void touch(Session session);

    Optional<Session> findById(SessionId id);

    /** The session whose current or previous access token hashes to {@code hash}. */
    Optional<Session> findByAccessTokenHash(TokenHash hash);

    /** Sessions of a subject that are active or pending a second factor. */
    List<Session> findLiveBySubject(SubjectId subject);

    /**
     * Live sessions that are over, oldest end first, at most {@code limit}: a pending second factor past its
     * deadline, or an active session that is idle since {@code idleBefore}, past its access token's expiry
     * without a refresh token, or past the end of its refreshes. What the sweeper ends.
     */
    List<Session> findDue(Instant now, Instant idleBefore, int limit);
}
