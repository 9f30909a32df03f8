#!/usr/bin/env bash
# Printed by `./mvnw -Prun` just before WildFly starts in the foreground.
# Usage: banner.sh ADMIN_USERNAME ADMIN_PASSWORD REQUIRE_SECOND_FACTOR
# The arguments are what the run profile passes to the server: the caller's
# AUTHGATE_BOOTSTRAP_ADMIN_* variables when set, otherwise the development values from auth-web/pom.xml.
set -eu
username=$1
password=$2
second_factor=${3:-false}

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
     second factor  $second_factor_line

   database   $database
==========================================================================================

EOF
