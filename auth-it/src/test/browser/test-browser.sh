#!/usr/bin/env bash
# The browser the console's integration tests (Console*IT) drive: Debian's Chromium and its
# ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver. The build calls this before the
# integration tests. Test tools that download their own browser cannot reach it from here, so the
# distribution's packages are used, installed only when they are missing and we are root.
#
#   test-browser.sh   exit 0 when both binaries are there (after installing them if needed)
set -euo pipefail

say() { echo "[test-browser] $*"; }

have() { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }

if have; then
  say "using $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  say "/usr/bin/chromium or /usr/bin/chromedriver is missing; install the Debian packages chromium and chromium-driver" >&2
  exit 1
fi
say "installing Debian's chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
have || { say "installation did not provide /usr/bin/chromium and /usr/bin/chromedriver" >&2; exit 1; }
say "installed $(/usr/bin/chromium --version 2>/dev/null)"
