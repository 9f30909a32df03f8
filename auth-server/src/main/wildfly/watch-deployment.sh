#!/usr/bin/env bash
# Started in the background by banner.sh for `./mvnw -Prun`: waits for the server it is about to start
# and says, once, whether authgate is serving or its deployment failed, and why. Without it a failed
# deployment (a configuration value out of range, say) scrolled by among the server's stack traces and
# the server sat there answering 404 to every route.
#
# Usage: watch-deployment.sh HTTP_PORT SERVER_LOG PARENT_PID
#   HTTP_PORT   the server's HTTP port (8080 + port offset): /health/ready is forwarded there
#   SERVER_LOG  standalone/log/server.log of the server; only what is written after this script starts counts
#   PARENT_PID  the Maven process of the run: the watcher ends with it
set -u
port=$1
log=$2
parent=$3
start_size=$(stat -c %s "$log" 2>/dev/null || echo 0)

new_log() { # what the server logged since the watcher started (the whole file if it rotated)
  local size
  size=$(stat -c %s "$log" 2>/dev/null || echo 0)
  if [ "$size" -ge "$start_size" ]; then tail -c +"$((start_size + 1))" "$log" 2>/dev/null; else cat "$log" 2>/dev/null; fi
}

say() {
  printf '\n==========================================================================================\n'
  printf ' %s\n' "$@"
  printf '==========================================================================================\n\n'
}

for _ in $(seq 1 1800); do  # at most 30 minutes
  kill -0 "$parent" 2>/dev/null || exit 0
  recent=$(new_log)
  failure=$(printf '%s\n' "$recent" | grep -m1 -o 'AUTHGATE DID NOT START.*')
  if [ -z "$failure" ] && printf '%s\n' "$recent" | grep -q 'WFLYSRV0021: Deploy of deployment "authgate.war" was rolled back'; then
    failure="the deployment of authgate.war was rolled back: $(printf '%s\n' "$recent" | grep -m1 -o 'Caused by: [^"]*' | tail -n 1)"
  fi
  if [ -n "$failure" ]; then
    say "authgate FAILED TO DEPLOY: the server runs but answers 404 to every route and" \
        "/health/ready 503 DOWN. Fix the cause and start again (Ctrl+C stops the server)." "" "$failure"
    exit 1
  fi
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" 2>/dev/null)" = 200 ]; then
    say "authgate is deployed and ready: http://localhost:$port/  (health: /health/ready is UP)"
    exit 0
  fi
  sleep 1
done
