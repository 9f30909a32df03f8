#!/usr/bin/env bash
# The OpenLDAP directory of the LDAP integration tests (LdapLoginIT). The build calls it before the
# integration tests (start) and after them (stop); the tests call pause/resume and stop-server/start-server
# to take the directory away mid-run.
#
#   test-ldap.sh start DIR          a fresh private slapd seeded from seed.ldif; writes DIR/test-ldap.properties
#                                   and DIR/test-ldap-tls.properties
#   test-ldap.sh stop DIR           stop it and remove its data
#   test-ldap.sh stop-server DIR    stop the server, keeping its data and port (a directory that is down)
#   test-ldap.sh start-server DIR   start it again
#   test-ldap.sh pause DIR          SIGSTOP the server: connections open, nothing answers (a directory that hangs)
#   test-ldap.sh resume DIR         SIGCONT
#
# It uses Debian's slapd; when there is none and we are root, it installs the packages slapd and
# ldap-utils first (noninteractive; the package's own system instance is not used). The private
# instance listens on 127.0.0.1 only, on the first free port from 38900 up, with its slapd.conf, pid
# file and data under DIR. start is idempotent: an instance still running from an interrupted build
# is stopped and replaced by a fresh one.
#
# DIR/test-ldap.properties holds the authgate.connector.ldap.* settings of that directory: WildFly
# loads it with --properties (arquillian.xml), next to the database's.
#
# TLS (LdapTlsIT): the same slapd answers StartTLS on its ldap:// port and LDAPS on a second free port,
# with a server certificate for the host name "localhost" only (so ldaps://127.0.0.1 fails the host name
# check) signed by a CA made here with openssl. DIR/ldap/tls/truststore.p12 (PKCS12, keytool) trusts that
# CA: auth-it/pom.xml gives it to the IT server (AUTHGATE_CONNECTOR_LDAP_TRUST_STORE_*);
# DIR/ldap/tls/other-truststore.p12 trusts another CA only. DIR/test-ldap-tls.properties names the URLs
# and the stores for the tests.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|stop-server|start-server|pause|resume DIR" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
home=$dir/ldap
props=$dir/test-ldap.properties
state=$home/slapd.state      # the ports of the private instance: ldap:// (and StartTLS), then ldaps://
tls=$home/tls
tlsprops=$dir/test-ldap-tls.properties
trustpw=ldap-trust-pass-1
suffix="dc=authgate,dc=test"
rootdn="cn=admin,$suffix"
rootpw=admin-ldap-pass-1

say() { echo "[test-ldap] $*"; }

slapd_bin() {
  for b in /usr/sbin/slapd "$(command -v slapd 2>/dev/null || true)"; do
    if [ -n "$b" ] && [ -x "$b" ]; then echo "$b"; return 0; fi
  done
  return 1
}

ensure_binaries() {
  if slapd_bin >/dev/null && command -v ldapadd >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "No OpenLDAP server (slapd) or client (ldapadd) found: install Debian's slapd and ldap-utils." >&2
    exit 1
  fi
  say "no slapd or ldapadd: installing Debian's slapd and ldap-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null
  apt-get install -y -qq slapd ldap-utils </dev/null >/dev/null
  slapd_bin >/dev/null || { echo "slapd installed but not found" >&2; exit 1; }
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # the first free port from 38900, not $1
  local p
  for p in $(seq 38900 39000); do
    if [ "$p" != "${1:-}" ] && port_free "$p"; then echo "$p"; return 0; fi
  done
  echo "no free port in 38900..39000" >&2
  return 1
}

pid() { [ -f "$home/slapd.pid" ] && cat "$home/slapd.pid"; }

running() { local p; p=$(pid 2>/dev/null) && [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

modules() { # where Debian keeps back_mdb and memberof
  local d
  for d in /usr/lib/ldap /usr/lib/x86_64-linux-gnu/ldap /usr/lib/openldap; do
    if [ -e "$d/back_mdb.la" ] || [ -e "$d/back_mdb.so" ]; then echo "$d"; return 0; fi
  done
  echo /usr/lib/ldap
}

write_conf() {
  cat >"$home/slapd.conf" <<CONF
# written by auth-it/src/test/ldap/test-ldap.sh
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath $(modules)
moduleload back_mdb
moduleload memberof
pidfile $home/slapd.pid
TLSCACertificateFile $tls/ca.pem
TLSCertificateFile $tls/server.pem
TLSCertificateKeyFile $tls/server.key
argsfile $home/slapd.args

database mdb
maxsize 104857600
suffix "$suffix"
rootdn "$rootdn"
rootpw $rootpw
directory $home/data
index objectClass,uid,member eq
overlay memberof

# ldap-erin binds over TLS only (a security strength factor of 128 bits or more: StartTLS or LDAPS), so that
# a StartTLS login of hers proves the bind went over the upgraded connection (LdapTlsIT, LdapLoginIT)
access to dn.exact="uid=ldap-erin,ou=people,$suffix" attrs=userPassword
  by anonymous ssf=128 auth
  by * none

# users change their own password (with the former one: the bind), nobody reads it;
# the service account reads people and groups, a user reads their own entry
access to attrs=userPassword
  by self write
  by anonymous auth
  by * none
access to *
  by dn.exact="cn=authgate-search,$suffix" read
  by self read
  by * none
CONF
}

keytool_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/keytool" ]; then echo "$JAVA_HOME/bin/keytool"; else echo keytool; fi
}

write_tls() { # a CA, a server certificate for localhost signed by it, another CA; PKCS12 trust stores of each CA
  mkdir -p "$tls"
  local ca
  for ca in ca other-ca; do
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=authgate test LDAP $ca" \
      -keyout "$tls/$ca.key" -out "$tls/$ca.pem" 2>/dev/null
  done
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' >"$tls/server.ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
    -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
  rm -f "$tls/truststore.p12" "$tls/other-truststore.p12"
  "$(keytool_bin)" -importcert -noprompt -alias ca -file "$tls/ca.pem" -keystore "$tls/truststore.p12" \
    -storetype PKCS12 -storepass "$trustpw" >/dev/null 2>&1
  "$(keytool_bin)" -importcert -noprompt -alias other-ca -file "$tls/other-ca.pem" \
    -keystore "$tls/other-truststore.p12" -storetype PKCS12 -storepass "$trustpw" >/dev/null 2>&1
}

start_server() { # ldap-port ldaps-port
  local port=$1 tlsport=$2
  "$(slapd_bin)" -f "$home/slapd.conf" -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$tlsport/" \
    >"$home/slapd.log" 2>&1 || { cat "$home/slapd.log" >&2; exit 1; }
  for _ in $(seq 1 100); do
    if ! port_free "$port" && ! port_free "$tlsport"; then return 0; fi
    sleep 0.1
  done
  echo "slapd did not listen on 127.0.0.1:$port and :$tlsport" >&2
  exit 1
}

stop_server() {
  if running; then
    local p; p=$(pid)
    kill -CONT "$p" 2>/dev/null || true   # a paused server cannot stop
    kill "$p"
    for _ in $(seq 1 100); do
      if ! kill -0 "$p" 2>/dev/null; then return 0; fi
      sleep 0.1
    done
    kill -9 "$p" 2>/dev/null || true
  fi
}

write_props() { # ldap-port ldaps-port
  {
    echo "# written by auth-it/src/test/ldap/test-ldap.sh"
    echo "authgate.connector.ldap.urls=ldap://127.0.0.1:$1"
    echo "authgate.connector.ldap.bind-dn=cn=authgate-search,$suffix"
    echo "authgate.connector.ldap.bind-password=search-ldap-pass-1"
    echo "authgate.connector.ldap.base-dn=ou=people,$suffix"
  } >"$props"
  {
    echo "# written by auth-it/src/test/ldap/test-ldap.sh: the TLS listeners of its slapd (LdapTlsIT)"
    echo "start-tls-url=ldap://localhost:$1"
    echo "ldaps-url=ldaps://localhost:$2"
    echo "ldaps-url-not-in-the-certificate=ldaps://127.0.0.1:$2"
    echo "trust-store=$tls/truststore.p12"
    echo "other-trust-store=$tls/other-truststore.p12"
    echo "trust-store-password=$trustpw"
  } >"$tlsprops"
}

port_of() {
  [ -f "$state" ] || { echo "no private slapd under $home (run start first)" >&2; exit 3; }
  head -n 1 "$state"
}

tls_port_of() {
  sed -n 2p "$state"
}

case "$cmd" in
  start)
    ensure_binaries
    if [ -f "$state" ]; then
      say "replacing the instance of an earlier run"
      stop_server
    fi
    rm -rf "$home"
    mkdir -p "$home/data"
    write_conf
    write_tls
    port=$(free_port)
    tlsport=$(free_port "$port")
    printf '%s\n%s\n' "$port" "$tlsport" >"$state"
    start_server "$port" "$tlsport"
    ldapadd -x -c -H "ldap://127.0.0.1:$port" -D "$rootdn" -w "$rootpw" -f "$here/seed.ldif" >"$home/seed.log" 2>&1 \
      || { cat "$home/seed.log" >&2; exit 1; }
    write_props "$port" "$tlsport"
    say "started $("$(slapd_bin)" -VV 2>&1 | head -n 1 | sed 's/.*\(slapd [^ ]*\).*/\1/') in $home on 127.0.0.1:$port (StartTLS) and :$tlsport (LDAPS), seeded from seed.ldif; settings in $props"
    ;;
  stop)
    if [ -f "$state" ]; then
      stop_server
      rm -rf "$home" "$tlsprops"
      say "stopped the private slapd"
    else
      say "no private slapd to stop"
    fi
    ;;
  stop-server)
    port=$(port_of)
    stop_server
    say "slapd on port $port stopped; start-server brings it back"
    ;;
  start-server)
    port=$(port_of)
    if ! running; then start_server "$port" "$(tls_port_of)"; fi
    say "slapd answering on 127.0.0.1:$port"
    ;;
  pause)
    port=$(port_of)
    running && kill -STOP "$(pid)"
    say "slapd on port $port paused (SIGSTOP): it accepts connections and answers nothing"
    ;;
  resume)
    port=$(port_of)
    running && kill -CONT "$(pid)"
    say "slapd on port $port resumed"
    ;;
  *)
    echo "usage: $0 start|stop|stop-server|start-server|pause|resume DIR" >&2
    exit 2
    ;;
esac
