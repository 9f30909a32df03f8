#!/usr/bin/env bash
# A second WildFly for the two-node tests (*TwoNodesIT): a copy of the configured installation, so
# that node B has its own data, tmp and log directories. Both nodes share the test PostgreSQL.
# Usage: node-b.sh WILDFLY_HOME TARGET_DIR
set -euo pipefail
home=$1
target=$2
rm -rf "$target"
mkdir -p "$target"
cp -r "$home" "$target/"
copy="$target/$(basename "$home")"
rm -rf "$copy/standalone/data" "$copy/standalone/tmp" "$copy/standalone/log" "$copy/standalone/deployments/"*.war*
echo "node B: $copy"
