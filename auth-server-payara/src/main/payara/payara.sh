#!/usr/bin/env bash
# Payara Server for authgate: the build's one way to create, configure, start and stop the domain, never by
# hand. Used by ./mvnw -Prun-payara (run) and by auth-it's Payara run (start, stop: the Arquillian extension
# org.authgate.web.testing.PayaraDomain calls it around the tests, which deploy their own WAR).
#
#   payara.sh start   create the domain if it is missing (configure.asadmin once), start it, point its
#                     datasource at the database and deploy the WAR (AUTHGATE_WAR; without it the domain
#                     starts empty, for a deployer of its own); returns once authgate is deployed
#   payara.sh stop    undeploy and stop (a next start deploys afresh with the then current settings)
#   payara.sh run     start, then follow the server log in the foreground until Ctrl+C, then stop
#
# Settings (environment; the Maven executions set them):
#   PAYARA_HOME        the unpacked distribution (target/payara6)
#   PAYARA_DOMAINS     the directory of the domain "authgate" (one per use: run and tests never share one)
#   PAYARA_LIB         jars for the domain's lib directory: Hibernate ORM and its dependencies (the JPA
#                      provider of the WAR's persistence unit, which Payara does not ship) and the
#                      PostgreSQL driver
#   PAYARA_PORT_OFFSET added to every port: HTTP 8080, HTTPS 8443 (as on WildFly), admin 4848, and
#                      Payara's others (JMS 7676, JMX 8686, IIOP 3700/3820/3920, OSGi shell 6666, debug 9009)
#   AUTHGATE_WAR       the WAR to deploy (optional)
#   AUTHGATE_CONTEXT_ROOT  deploy it under this prefix (e.g. /authgate) instead of / (optional)
#   PAYARA_DB_PROPERTIES  optional: a properties file with authgate.db.url, .user, .password (the tests'
#                      test-db.properties); otherwise AUTHGATE_DB_URL, _USER, _PASSWORD; otherwise H2 in
#                      the domain's data directory
#   AUTHGATE_LOG_FORMAT  text (default) or json: the format of the domain's server.log, set on every start (as on
#                      WildFly, where the same variable switches configure.cli's handlers)
# Everything else authgate reads (AUTHGATE_* variables) reaches the application through the environment the
# server inherits from asadmin start-domain: MicroProfile Config reads it as on WildFly.
set -euo pipefail

cmd=${1:-}
: "${PAYARA_HOME:?}" "${PAYARA_DOMAINS:?}" "${PAYARA_PORT_OFFSET:=0}"
domain=authgate
offset=$PAYARA_PORT_OFFSET
admin_port=$((4848 + offset))
http_port=$((8080 + offset))
https_port=$((8443 + offset))
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$admin_port" "$@"; }
log=$PAYARA_DOMAINS/$domain/logs/server.log
say() { echo "[payara] $*"; }

create_domain() {
  [ -d "$PAYARA_DOMAINS/$domain" ] && return 0
  say "creating domain $domain in $PAYARA_DOMAINS (ports offset by $offset)"
  asadmin create-domain --nopassword --domaindir "$PAYARA_DOMAINS" --adminport "$admin_port" \
    --instanceport "$http_port" \
    --domainproperties "http.ssl.port=$https_port:jms.port=$((7676 + offset)):domain.jmxPort=$((8686 + offset)):orb.listener.port=$((3700 + offset)):orb.ssl.port=$((3820 + offset)):orb.mutualauth.port=$((3920 + offset)):osgi.shell.telnet.port=$((6666 + offset)):java.debugger.port=$((9009 + offset))" \
    "$domain" >/dev/null
  # Hibernate ORM into the domain's common class loader, and how it finds Payara's transaction manager
  # (its own detection does not recognise Payara: "No JTA platform available"). A classpath file rather
  # than a JVM option, so that the first start needs no restart.
  cp "$PAYARA_LIB"/*.jar "$PAYARA_DOMAINS/$domain/lib/"
  mkdir -p "$PAYARA_DOMAINS/$domain/lib/classes"
  echo 'hibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform' \
    > "$PAYARA_DOMAINS/$domain/lib/classes/hibernate.properties"
  touch "$PAYARA_DOMAINS/$domain/.unconfigured"
}

# AUTHGATE_LOG_FORMAT: server.log as Payara's text (ODL) or as one JSON object per line (Payara's own
# JSONLogFormatter), written into the domain's logging.properties while the domain is stopped, so that the first line
# of a start is in the new format too (asadmin set-log-file-format, the same setting, needs the running domain). A
# switch moves the old file aside first: one file, one format, for the log shipper that reads it.
configure_log_format() {
  local properties=$PAYARA_DOMAINS/$domain/config/logging.properties
  local key=com.sun.enterprise.server.logging.GFFileHandler.formatter formatter
  case ${AUTHGATE_LOG_FORMAT:-text} in
    text) formatter=com.sun.enterprise.server.logging.ODLLogFormatter ;;
    json) formatter=fish.payara.enterprise.server.logging.JSONLogFormatter ;;
    *) echo "[payara] AUTHGATE_LOG_FORMAT is text or json, not '$AUTHGATE_LOG_FORMAT'" >&2; return 2 ;;
  esac
  local switching=true
  grep -qx "$key=$formatter" "$properties" && switching=false
  # In json, every start begins a new file too: Payara's launcher (asadmin start-domain) appends the JVM's command
  # line to an existing server.log in its own text format before the server's formatter is in charge (seen on
  # 6.2025.9 at a second start, JsonServerLogPayaraIT); into a file that is not there it wrote nothing.
  if [ -s "$log" ] && { $switching || [ "${AUTHGATE_LOG_FORMAT:-text}" = json ]; }; then
    mv "$log" "${log}_$(date -u +%Y-%m-%dT%H-%M-%S)"
  fi
  $switching || return 0
  sed -i "s|^$key=.*|$key=$formatter|" "$properties"
  grep -qx "$key=$formatter" "$properties" || { echo "[payara] no $key in $properties" >&2; return 1; }
  say "server.log format: ${AUTHGATE_LOG_FORMAT:-text}"
}

# The database: the tests' properties file, else AUTHGATE_DB_*, else H2; the pool's class follows the URL.
configure_database() {
  local url user password
  if [ -n "${PAYARA_DB_PROPERTIES:-}" ]; then
    prop() { sed -n "s/^$1=//p" "$PAYARA_DB_PROPERTIES" | sed 's/\\:/:/g; s/\\=/=/g' | tail -1; }
    url=$(prop authgate.db.url); user=$(prop authgate.db.user); password=$(prop authgate.db.password)
  else
    url=${AUTHGATE_DB_URL:-'jdbc:h2:file:${com.sun.aas.instanceRoot}/data/authgate/authgate;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE'}
    user=${AUTHGATE_DB_USER:-sa}; password=${AUTHGATE_DB_PASSWORD:-sa}
  fi
  local class=org.h2.jdbcx.JdbcDataSource
  case $url in jdbc:postgresql:*) class=org.postgresql.ds.PGSimpleDataSource ;; esac
  local pool=resources.jdbc-connection-pool.AuthgatePool
  local script
  script=$(mktemp)
  cat > "$script" <<ASADMIN
set $pool.datasource-classname=$class
set $pool.property.url=$url
set $pool.property.user=$user
set $pool.property.password=$password
ASADMIN
  asadmin multimode --file "$script" >/dev/null
  rm -f "$script"
  say "datasource: $class ${url%%\?*}"
}

start() {
  : "${PAYARA_LIB:?}"
  create_domain
  configure_log_format
  say "starting domain $domain (admin port $admin_port)"
  asadmin start-domain --domaindir "$PAYARA_DOMAINS" "$domain" >/dev/null
  if [ -e "$PAYARA_DOMAINS/$domain/.unconfigured" ]; then
    say "applying configure.asadmin"
    asadmin multimode --file "$(dirname "$0")/configure.asadmin" >/dev/null
    rm "$PAYARA_DOMAINS/$domain/.unconfigured"
    # The script's listener settings restart the listeners while the domain runs, and Payara 6 can lose one in
    # that race: a fresh domain's http-listener-1 once stayed closed ("GrizzlyProxy is NULL", connection refused
    # on the HTTP port) although the deployment succeeded. A restart starts every listener from the new config;
    # stop and start rather than restart-domain, so that a JSON log begins a new file here too (the launcher would
    # append its text lines to the running one).
    say "restarting domain $domain with its configuration"
    asadmin stop-domain --domaindir "$PAYARA_DOMAINS" "$domain" >/dev/null
    configure_log_format
    asadmin start-domain --domaindir "$PAYARA_DOMAINS" "$domain" >/dev/null
  fi
  configure_database
  if [ -z "${AUTHGATE_WAR:-}" ]; then
    say "started without a deployment (admin port $admin_port, http://localhost:$http_port/)"
    return 0
  fi
  say "deploying $(basename "$AUTHGATE_WAR")"
  # AUTHGATE_CONTEXT_ROOT (e.g. /authgate) overrides glassfish-web.xml's root context, as on WildFly (jboss-web.xml)
  if ! asadmin deploy --force=true --name authgate ${AUTHGATE_CONTEXT_ROOT:+--contextroot "$AUTHGATE_CONTEXT_ROOT"} "$AUTHGATE_WAR"; then
    say "deployment failed; the server log says why: $log"
    grep -E 'SEVERE|Caused by' "$log" | tail -20 >&2 || true
    # A failed start leaves no server behind: the build stops here, before its post-integration-test stop.
    stop
    return 1
  fi
  say "authgate deployed: http://localhost:$http_port${AUTHGATE_CONTEXT_ROOT:-/}"
}

stop() {
  asadmin undeploy authgate >/dev/null 2>&1 || true
  asadmin stop-domain --domaindir "$PAYARA_DOMAINS" "$domain" >/dev/null 2>&1 || true
  say "domain $domain stopped"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  run)
    trap 'stop; exit 0' INT TERM
    start
    say "following $log (Ctrl+C stops the server)"
    tail -n 0 -F "$log" &
    wait $!
    ;;
  *) echo "usage: $0 start|stop|run" >&2; exit 2 ;;
esac
