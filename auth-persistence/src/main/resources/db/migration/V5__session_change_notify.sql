-- PostgreSQL only (index.txt). Every change to a session row is announced to every node on the channel their
-- change listeners LISTEN on (authgate-web, web.cache.ChangeListener), as 's:<session id>'. PostgreSQL holds a
-- NOTIFY until the changing transaction commits and drops it on a rollback, so a node forgets what it remembered
-- about the session exactly when the change becomes visible.
--
-- A trigger rather than a NOTIFY statement from the application: it travels with the UPDATE the transaction
-- sends anyway, which saves a refresh, a logout or a revocation one round trip to the database, and it also
-- covers a change made behind authgate's back (an SQL console, a script), which a node would otherwise answer
-- from memory until the entry's maximum age.
--
-- A new last-seen time alone (a touch, with its version bump) is not announced, as before: a node that remembers
-- an older one can only find the session due or idle sooner, and then reads the row again. Announcing it would
-- make every node forget every active session once per touch interval.
CREATE FUNCTION authgate_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('authgate_changes', 's:' || OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER sessions_changed AFTER UPDATE ON sessions FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'last_seen_at' - 'version') IS DISTINCT FROM (to_jsonb(NEW) - 'last_seen_at' - 'version'))
    EXECUTE FUNCTION authgate_session_changed();

CREATE TRIGGER sessions_deleted AFTER DELETE ON sessions FOR EACH ROW
    EXECUTE FUNCTION authgate_session_changed();
