#!/usr/bin/env bash
# Configures the WildFly that the build unpacked into auth-server/target: installs the module
# descriptors of modules/ (the build copies the driver jar beside them), applies configure.cli
# offline (embed-server) to a pristine standalone.xml and adds the database-driver line to
# bin/standalone.conf.
#
# Usage: configure.sh JBOSS_HOME
#
# Idempotent and cheap when nothing changed: it remembers a checksum of these scripts and of the
# resulting files, and does nothing while both match. When a script changed, or standalone.xml was
# changed by something else (a server started without --read-only-server-config persisting a
# deployment, say), it starts again from the pristine copies saved on the first run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
home=$(cd "${1:?usage: configure.sh JBOSS_HOME}" && pwd)
xml=$home/standalone/configuration/standalone.xml
conf=$home/bin/standalone.conf
stamp=$home/standalone/configuration/.authgate-configured

# Module descriptors: always copied, they are tiny.
cp -R "$here/modules/." "$home/modules/"

scripts_sum=$(cat "$here/configure.cli" "$here/configure.sh" | sha256sum | cut -d' ' -f1)
state() { printf '%s %s\n' "$scripts_sum" "$(cat "$xml" "$conf" | sha256sum | cut -d' ' -f1)"; }

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(state)" ]; then
  echo "WildFly in $home is configured already."
  exit 0
fi

# Pristine copies, taken before the first change.
[ -f "$xml.dist" ] || cp "$xml" "$xml.dist"
[ -f "$conf.dist" ] || cp "$conf" "$conf.dist"
cp "$xml.dist" "$xml"
cp "$conf.dist" "$conf"
rm -rf "$home/standalone/configuration/standalone_xml_history"

started=$(date +%s)
log=$home/configure-cli.log
if ! JBOSS_HOME=$home "$home/bin/jboss-cli.sh" --file="$here/configure.cli" >"$log" 2>&1; then
  cat "$log" >&2
  echo "configure.cli failed on $xml (output above, also in $log)" >&2
  exit 1
fi

# bin/standalone.sh reads bin/standalone.conf: let AUTHGATE_DB_URL alone select PostgreSQL there
# (see the datasource comment in configure.cli for why the driver is a separate setting).
cat >>"$conf" <<'EOF'

# authgate: a PostgreSQL URL in AUTHGATE_DB_URL selects the postgresql driver for AuthgateDS
# unless AUTHGATE_DB_DRIVER says otherwise (written by auth-server/src/main/wildfly/configure.sh).
if [ -z "${AUTHGATE_DB_DRIVER:-}" ]; then
    case "${AUTHGATE_DB_URL:-}" in
        jdbc:postgresql:*) AUTHGATE_DB_DRIVER=postgresql; export AUTHGATE_DB_DRIVER ;;
    esac
fi
EOF

state >"$stamp"
echo "Configured WildFly in $home in $(($(date +%s) - started)) s (CLI output in $log)."
