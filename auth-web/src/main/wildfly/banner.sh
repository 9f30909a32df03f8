#!/usr/bin/env bash
# Printed by `./mvnw -Prun` just before WildFly starts in the foreground.
# Usage: banner.sh ADMIN_USERNAME ADMIN_PASSWORD SECRETS_KEY_FILE
# The arguments are what the run profile passes to the server: the caller's
# AUTHGATE_BOOTSTRAP_ADMIN_* variables when set, otherwise the development values from auth-web/pom.xml;
# and the file of the development secrets key (authgate.secrets.key-file), generated here on the first run.
set -eu
username=$1
password=$2
key_file=$3

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

if [ -n "${AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  password_line="(taken from AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD in your environment)"
else
  password_line="$password   (development value; set AUTHGATE_BOOTSTRAP_ADMIN_PASSWORD to choose another)"
fi
if [ -n "${AUTHGATE_DB_URL:-}" ]; then
  database="PostgreSQL at $AUTHGATE_DB_URL (AUTHGATE_DB_URL)"
else
  database="embedded H2 file database in auth-web/target/wildfly-*/standalone/data/authgate (set AUTHGATE_DB_URL, AUTHGATE_DB_USER, AUTHGATE_DB_PASSWORD for PostgreSQL)"
fi

cat <<EOF

==========================================================================================
 authgate is starting on WildFly (Ctrl+C stops it)

   http://localhost:8080/              https://localhost:8443/  (self-signed certificate)
   native API     http://localhost:8080/api/v1
   OpenAPI        http://localhost:8080/openapi
   health         http://localhost:8080/health/ready   http://localhost:8080/health/live
   admin console  http://localhost:8080/admin/

   bootstrap administrator (created on first start with an empty database)
     username  $username
     password  $password_line

   database   $database
   secrets    $secrets_line
==========================================================================================

EOF
