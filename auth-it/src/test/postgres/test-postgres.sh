#!/usr/bin/env bash
# The PostgreSQL the integration tests run against. The build calls it before the integration
# tests (start) and after them (stop).
#
#   test-postgres.sh start DIR   make a database available and write DIR/test-db.properties
#   test-postgres.sh stop DIR    stop the private cluster, if this script started one
#   test-postgres.sh stop-cluster DIR    stop the private cluster's server, keeping its data and port
#   test-postgres.sh start-cluster DIR   start it again (same data, same port); both for the outage
#                                        ITs (*OutageIT), which take the database away under load
#
# With AUTHGATE_TEST_DB_URL set (and AUTHGATE_TEST_DB_USER / AUTHGATE_TEST_DB_PASSWORD), that
# database is used as it is. Otherwise a private cluster is created under DIR on a free port
# (from 55432 up), listening on 127.0.0.1 only, with the database authgate_it recreated empty
# on every start. It uses the machine's PostgreSQL server binaries; when there are none and we
# are root, it installs Debian's postgresql package first. PostgreSQL refuses to run as root, so
# as root the cluster runs as the postgres user. (io.zonky's embedded PostgreSQL cannot run as
# root at all, which is why this is a script.)
#
# start is idempotent: a cluster still running from an earlier, interrupted build is reused.
#
# DIR/test-db.properties holds authgate.db.url, authgate.db.user, authgate.db.password and
# authgate.db.driver: WildFly loads it with --properties (arquillian.xml) and the test JVM with
# failsafe's systemPropertiesFile, so the server and the tests see the same database.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|stop-cluster|start-cluster DIR" >&2
  exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
props=$dir/test-db.properties
state=$dir/postgres.state      # PGDATA and port of the private cluster
db=authgate_it
user=authgate
password=authgate-it

say() { echo "[test-postgres] $*"; }

write_props() { # url user password
  # Java properties: backslashes are the only thing in a JDBC URL that needs escaping.
  {
    echo "# written by auth-web/src/test/postgres/test-postgres.sh"
    echo "authgate.db.url=${1//\\/\\\\}"
    echo "authgate.db.user=${2//\\/\\\\}"
    echo "authgate.db.password=${3//\\/\\\\}"
    echo "authgate.db.driver=postgresql"
  } >"$props"
}

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

ensure_binaries() {
  if pg_bin >/dev/null; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "No PostgreSQL server binaries (initdb, pg_ctl) found. Install PostgreSQL, or set" >&2
    echo "AUTHGATE_TEST_DB_URL, AUTHGATE_TEST_DB_USER and AUTHGATE_TEST_DB_PASSWORD." >&2
    exit 1
  fi
  say "no PostgreSQL server binaries: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null
  apt-get install -y -qq postgresql </dev/null >/dev/null
  pg_bin >/dev/null || { echo "postgresql installed but no initdb found" >&2; exit 1; }
}

# As root everything PostgreSQL runs as the postgres user; otherwise as ourselves.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p
  for p in $(seq 55432 55532); do
    if port_free "$p"; then echo "$p"; return 0; fi
  done
  echo "no free port in 55432..55532" >&2
  return 1
}

# Where the cluster's files go: DIR/pgdata, unless the postgres user cannot reach DIR
# (a checkout under /root, say); then a directory of its own under /tmp.
choose_pgdata() {
  if [ "$(id -u)" -ne 0 ] || runuser -u postgres -- test -x "$dir" 2>/dev/null; then
    echo "$dir/pgdata"
  else
    echo "${TMPDIR:-/tmp}/authgate-it-pgdata-$(printf '%s' "$dir" | sha256sum | cut -c1-12)"
  fi
}

running() { # pgdata
  [ -f "$1/postmaster.pid" ] && as_pg "$BIN/pg_ctl" status -D "$1" >/dev/null 2>&1
}

psql_admin() { # psql arguments
  PGPASSWORD=$password PGOPTIONS="-c client_min_messages=warning" "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$user" -d postgres "$@"
}

start_private() {
  ensure_binaries
  BIN=$(pg_bin)
  local pgdata=""
  port=""
  if [ -f "$state" ]; then
    # shellcheck disable=SC1090
    . "$state"
  fi
  if [ -n "$pgdata" ] && [ -n "$port" ] && running "$pgdata"; then
    say "reusing the cluster still running in $pgdata on port $port"
  else
    if [ -n "$pgdata" ] && [ -f "$pgdata/postmaster.pid" ]; then
      as_pg "$BIN/pg_ctl" stop -D "$pgdata" -m immediate >/dev/null 2>&1 || true
    fi
    pgdata=$(choose_pgdata)
    port=$(free_port)
    rm -rf "$pgdata"
    mkdir -p "$pgdata"
    chmod 700 "$pgdata"
    local pwfile=$pgdata.pwfile
    printf '%s\n' "$password" >"$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$pgdata" "$pwfile"
    fi
    as_pg "$BIN/initdb" -D "$pgdata" -U "$user" --pwfile="$pwfile" --encoding=UTF8 --no-locale \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$pwfile"
    # A throw-away test database: durability settings off for speed; TCP on loopback only.
    cat >>"$pgdata/postgresql.conf" <<EOF

# authgate integration tests (test-postgres.sh)
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
# ScaleIT reads the plans the server's queries ran with (QueryPlans.java): auto_explain is loaded into every
# session but stays off until the test switches it on; plans go to a JSON log it reads through SQL.
session_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = -1
auto_explain.log_format = json
auto_explain.log_timing = off
logging_collector = on
log_destination = 'stderr,jsonlog'
log_directory = 'log'
EOF
    printf 'pgdata=%q\nport=%q\n' "$pgdata" "$port" >"$state"
    as_pg "$BIN/pg_ctl" start -D "$pgdata" -w -t 60 -l "$pgdata/server.log" >/dev/null \
      || { cat "$pgdata/server.log" >&2; exit 1; }
    say "started PostgreSQL $("$BIN/postgres" -V | awk '{print $3}') in $pgdata on 127.0.0.1:$port"
  fi
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  write_props "jdbc:postgresql://127.0.0.1:$port/$db" "$user" "$password"
  say "database $db ready; settings in $props"
}

stop_private() {
  release_port
  [ -f "$state" ] || { say "no private cluster to stop"; return 0; }
  BIN=$(pg_bin) || { rm -f "$state"; return 0; }
  local pgdata="" port=""
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "$pgdata" ] && running "$pgdata"; then
    as_pg "$BIN/pg_ctl" stop -D "$pgdata" -m fast -w >/dev/null
    say "stopped the cluster in $pgdata"
  fi
  [ -n "$pgdata" ] && rm -rf "$pgdata"
  rm -f "$state"
}

# The private cluster of an earlier start: sets BIN, pgdata and port, or fails (an external database
# given by AUTHGATE_TEST_DB_URL is not ours to stop).
private_cluster() {
  if [ ! -f "$state" ]; then
    echo "no private cluster under $dir (is AUTHGATE_TEST_DB_URL set?)" >&2
    exit 3
  fi
  BIN=$(pg_bin)
  pgdata="" port=""
  # shellcheck disable=SC1090
  . "$state"
}

# While the cluster is stopped its port stays taken: the build of another checkout on this machine
# picks the first free port from 55432 up for its own cluster, and with the same user, password
# and database name the server under test would then talk to that database instead of failing.
# The holder accepts each connection and resets it at once, as a crashed server's host would
# (the driver reports SQLState 08001). It binds as soon as PostgreSQL lets go of the port.
holder_pid=$dir/port-holder.pid

hold_port() { # port
  perl -MIO::Socket::INET -MSocket -e '
    my $s;
    for (1 .. 6000) {
      $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $ARGV[0], Listen => 128, ReuseAddr => 1);
      last if $s;
      select(undef, undef, undef, 0.01);
    }
    $s or die "cannot hold port $ARGV[0]: $!\n";
    while (my $c = $s->accept) {
      setsockopt($c, SOL_SOCKET, SO_LINGER, pack("ii", 1, 0));
      close $c;
    }' "$1" >/dev/null 2>&1 &
  echo $! >"$holder_pid"
}

release_port() {
  if [ -f "$holder_pid" ]; then
    kill "$(cat "$holder_pid")" 2>/dev/null || true
    wait "$(cat "$holder_pid")" 2>/dev/null || true
    rm -f "$holder_pid"
  fi
}

# A fast shutdown, as an operator's restart or a failover does it: PostgreSQL ends every session
# (SQLState 57P01) and the port answers no more (connections are reset) until start-cluster.
stop_cluster() {
  private_cluster
  if running "$pgdata"; then
    hold_port "$port"
    as_pg "$BIN/pg_ctl" stop -D "$pgdata" -m fast -w -t 60 >/dev/null
    # the holder has the port once it accepts a connection (and resets it)
    for _ in $(seq 1 100); do
      if ! port_free "$port"; then break; fi
      sleep 0.05
    done
  fi
  say "cluster in $pgdata stopped (port $port held); start-cluster brings it back"
}

start_cluster() {
  private_cluster
  if ! running "$pgdata"; then
    release_port
    as_pg "$BIN/pg_ctl" start -D "$pgdata" -w -t 60 -l "$pgdata/server.log" >/dev/null \
      || { tail -n 50 "$pgdata/server.log" >&2; exit 1; }
  fi
  say "cluster in $pgdata accepting connections on 127.0.0.1:$port"
}

case "$cmd" in
  stop-cluster)
    stop_cluster
    ;;
  start-cluster)
    start_cluster
    ;;
  start)
    if [ -n "${AUTHGATE_TEST_DB_URL:-}" ]; then
      write_props "$AUTHGATE_TEST_DB_URL" "${AUTHGATE_TEST_DB_USER:-}" "${AUTHGATE_TEST_DB_PASSWORD:-}"
      say "using AUTHGATE_TEST_DB_URL=$AUTHGATE_TEST_DB_URL; settings in $props"
    else
      start_private
    fi
    ;;
  stop)
    stop_private
    ;;
  *)
    echo "usage: $0 start|stop|stop-cluster|start-cluster DIR" >&2
    exit 2
    ;;
esac
