-- Fills an authgate database with synthetic sessions and audit records, to try the admin console and the
-- token check at scale (README, "The console at scale"). Rows are marked tenant 'scale'; usernames
-- 'scale-user-NNNNN'.
--
--   psql -v sessions=100000 -v audit_rows=1000000 -f auth-web/src/test/scale/fill.sql "$DATABASE_URL"
--
-- ScaleIT runs the same file through JDBC (it replaces :sessions and :audit_rows). Needs PostgreSQL 13+
-- (gen_random_uuid, sha256). The shapes follow what the console filters on: 10,000 users with ~10 sessions
-- each, six dialects, two connectors, 50 client ids, 5,000 addresses, 30 days of history, 90 % of sessions
-- live; audit events weighted like a real day (mostly logins and refreshes, some failures, few admin actions).

INSERT INTO sessions (id, tenant, connector, subject, username, roles, dialect, client_id, remote_address, user_agent,
                      token_format, access_token_hash, created_at, expires_at, refreshable_until, last_seen_at,
                      lifetime_seconds, refreshable, state, end_reason, ended_at, version)
SELECT gen_random_uuid(),
       'scale',
       CASE WHEN i % 10 = 0 THEN 'ldap' ELSE 'local' END,
       md5('scale-subject-' || (i % 10000))::uuid,
       'scale-user-' || lpad((i % 10000)::text, 5, '0'),
       '',
       (ARRAY['native', 'wazo', 'kuzzle', 'azuriom', 'oneentry', '365view'])[1 + i % 6],
       'scale-client-' || (i % 50),
       '10.' || (i % 20) || '.' || (i / 20 % 250) || '.' || (1 + i % 250),
       'scale-generator',
       'OPAQUE',
       encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'),
       created,
       CASE WHEN i % 10 = 9 THEN created + interval '1 hour' ELSE now() + interval '1 hour' END,
       now() + interval '30 days',
       CASE WHEN i % 10 = 9 THEN created ELSE now() - make_interval(secs => i % 600) END,
       3600,
       true,
       CASE WHEN i % 10 = 9 THEN 'LOGGED_OUT' ELSE 'ACTIVE' END,
       CASE WHEN i % 10 = 9 THEN 'LOGOUT' END,
       CASE WHEN i % 10 = 9 THEN created + interval '10 minutes' END,
       0
FROM (SELECT i, now() - make_interval(secs => i * 2592000.0 / :sessions) AS created
      FROM generate_series(1, :sessions) AS i) AS g;

INSERT INTO audit_records (id, at, event, outcome, tenant, connector, dialect, subject, username, session_id,
                           client_id, remote_address, user_agent, reason, actor, target)
SELECT gen_random_uuid(),
       now() - make_interval(secs => i * 2592000.0 / :audit_rows),
       event,
       CASE WHEN event IN ('LOGIN_FAILED', 'LOCKED_OUT', 'REFRESH_FAILED') THEN 'FAILURE' ELSE 'SUCCESS' END,
       'scale',
       CASE WHEN i % 10 = 0 THEN 'ldap' ELSE 'local' END,
       CASE WHEN event = 'ADMIN_ACTION' THEN 'admin'
            ELSE (ARRAY['native', 'wazo', 'kuzzle', 'azuriom', 'oneentry', '365view'])[1 + i % 6] END,
       md5('scale-subject-' || (i % 10000))::uuid,
       'scale-user-' || lpad((i % 10000)::text, 5, '0'),
       CASE WHEN event IN ('LOGIN_SUCCEEDED', 'TOKEN_REFRESHED', 'LOGGED_OUT') THEN gen_random_uuid() END,
       'scale-client-' || (i % 50),
       '10.' || (i % 20) || '.' || (i / 20 % 250) || '.' || (1 + i % 250),
       'scale-generator',
       CASE WHEN event = 'LOGIN_FAILED' THEN 'BAD_CREDENTIALS' WHEN event = 'ADMIN_ACTION' THEN 'UNLOCK' END,
       CASE WHEN event = 'ADMIN_ACTION' THEN 'scale-admin' END,
       CASE WHEN event = 'ADMIN_ACTION' THEN md5('scale-subject-' || (i % 10000))::uuid::text END
FROM (SELECT i,
             CASE WHEN i % 100 < 45 THEN 'LOGIN_SUCCEEDED'
                  WHEN i % 100 < 75 THEN 'TOKEN_REFRESHED'
                  WHEN i % 100 < 90 THEN 'LOGGED_OUT'
                  WHEN i % 100 < 97 THEN 'LOGIN_FAILED'
                  WHEN i % 100 < 98 THEN 'LOCKED_OUT'
                  WHEN i % 100 < 99 THEN 'SESSION_REVOKED'
                  ELSE 'ADMIN_ACTION' END AS event
      FROM generate_series(1, :audit_rows) AS i) AS g;

VACUUM ANALYZE sessions;
VACUUM ANALYZE audit_records;
