#!/usr/bin/env bash
# Printed by `./mvnw -Prun` just before WildFly starts in the foreground.
# Usage: banner.sh ADMIN_USERNAME ADMIN_PASSWORD REQUIRE_SECOND_FACTOR SECRETS_KEY_FILE [PORT_OFFSET SERVER_LOG
#        SERVER_NAME H2_DIRECTORY [SCRAPE_SECRET]]   (SERVER_NAME and H2_DIRECTORY for ./mvnw -Prun-payara,
#        auth-server-payara/pom.xml; SCRAPE_SECRET, the development secret of /api/v1/metrics, for the WildFly run)
# The arguments are what the run profile passes to the server: the caller's
# AUTHGATE_BOOTSTRAP_ADMIN_* variables when set, otherwise the development values from auth-server/pom.xml;
# whether administrators need a second factor; the file of the development secrets key
# (authgate.secrets.key-file), generated here on the first run; the port offset (authgate.run.port-offset)
# and the server's server.log.
#
# It also starts watch-deployment.sh in the background, which tells, once the server is up, whether
# authgate is ready or its deployment failed and why. It writes to Maven's own output (the Maven
# process's stdout through /proc): this script's output is a pipe that Maven waits on.
# Appended to: a log file Maven writes to (-B > log) would otherwise be overwritten from its start.
set -eu
username=$1
password=$2
second_factor=${3:-false}
key_file=$4
offset=${5:-0}
server_log=${6:-}
server_name=${7:-WildFly}
h2_directory=${8:-auth-server/target/wildfly-*/standalone/data/authgate}
scrape_secret=${9:-}
http_port=$((8080 + offset))
https_port=$((8443 + offset))

# The server stores JWT signing keys and TOTP secrets encrypted and does not start without a key: a fresh
# random one for development, readable by this user only. Never printed.
if [ ! -s "$key_file" ]; then
  mkdir -p "$(dirname "$key_file")"
  (umask 077 && printf 'dev:%s\n' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" > "$key_file")
  key_state="generated now"
else
  key_state="kept from an earlier run"
fi
if [ -n "${AUTHGATE_SECRETS_KEY:-}${AUTHGATE_SECRETS_KEYS:-}" ]; then
  secrets_line="your AUTHGATE_SECRETS_KEY(S) encrypts; the development key $key_file only decrypts"
else
  secrets_line="development key $key_file ($key_state; mvn clean deletes it,
              so set AUTHGATE_SECRETS_KEY to keep a PostgreSQL database readable across cleans)"
fi

maven_out=/proc/$PPID/fd/1
if [ -n "$server_log" ] && [ -w "$maven_out" ]; then
  nohup bash "$(dirname "$0")/watch-deployment.sh" "$http_port" "$server_log" "$PPID" >>"$maven_out" 2>&1 </dev/null &
fi

if [ -n "${AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  password_line="(taken from AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD in your environment)"
else
  password_line="$password   (development value; set AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD to choose another)"
fi
if [ "$second_factor" = "true" ]; then
  second_factor_line="required, as in production: the console asks for TOTP enrolment at the first sign-in"
else
  second_factor_line="NOT REQUIRED (development only; production requires TOTP of administrators).
              Set AUTHGATE_ADMIN_REQUIRE_SECOND_FACTOR=true to run with the production rule"
fi
if [ -n "${AUTHGATE_METRICS_SCRAPE_SECRET_SHA256:-}" ]; then
  metrics_line="http://localhost:$http_port/api/v1/metrics  (Bearer: the secret whose SHA-256 is your AUTHGATE_METRICS_SCRAPE_SECRET_SHA256)"
elif [ -n "$scrape_secret" ]; then
  metrics_line="curl -H 'Authorization: Bearer $scrape_secret' http://localhost:$http_port/api/v1/metrics
              (development secret; set AUTHGATE_METRICS_SCRAPE_SECRET_SHA256 to the SHA-256 of your own)"
else
  metrics_line="off (set AUTHGATE_METRICS_SCRAPE_SECRET_SHA256 to the SHA-256 of a scrape secret)"
fi
# WildFly's log format follows AUTHGATE_LOG_FORMAT (configure.cli); Payara's is its logging.properties (README).
if [ "$server_name" = "WildFly" ]; then
  logs_line="   logs           ${AUTHGATE_LOG_FORMAT:-text} (AUTHGATE_LOG_FORMAT=json: JSON lines in server.json; README, \"Metrics and logs\")"
else
  logs_line="   logs           README, \"Metrics and logs\" (JSON lines on Payara)"
fi
# The server's mode comes from the caller's AUTHGATE_MODE (authgate.mode), as every authgate.* setting.
if [ "$(printf '%s' "${AUTHGATE_MODE:-development}" | tr '[:upper:]' '[:lower:]' | tr -d '[:space:]')" = "production" ]; then
  console_url="https://localhost:$https_port/admin/   (production mode: HTTPS only)"
  mode_line="production (AUTHGATE_MODE): the server refuses to start with this command's development values (H2,
              the development password or secrets key, no second factor) and serves the console over HTTPS only"
else
  console_url="http://localhost:$http_port/admin/"
  mode_line="development (AUTHGATE_MODE unset): H2, the development administrator and the console over plain HTTP
              are accepted; a server others reach runs with AUTHGATE_MODE=production (README, \"Production mode\")"
fi
if [ -n "${AUTHGATE_DB_URL:-}" ]; then
  database="PostgreSQL at $AUTHGATE_DB_URL (AUTHGATE_DB_URL)"
else
  database="embedded H2 file database in $h2_directory (set AUTHGATE_DB_URL, AUTHGATE_DB_USER, AUTHGATE_DB_PASSWORD for PostgreSQL)"
fi

cat <<EOF

==========================================================================================
 authgate is starting on $server_name (Ctrl+C stops it)

   http://localhost:$http_port/              https://localhost:$https_port/  (self-signed certificate)
   native API     http://localhost:$http_port/api/v1
   OpenAPI        http://localhost:$http_port/openapi
   health         http://localhost:$http_port/health/ready   http://localhost:$http_port/health/live
   admin console  $console_url
   metrics        $metrics_line
$logs_line

   A message follows once the server is up: authgate ready, or its deployment failed and why.

   mode       $mode_line

   bootstrap administrator (created on first start with an empty database)
     username  $username
     password  $password_line
     second factor  $second_factor_line

   database   $database
   secrets    $secrets_line
==========================================================================================

EOF
