#!/usr/bin/env bash
# Runs every test: unit, golden, web and real-browser tests.
# The browser tests drive Debian's Chromium; it is installed here when missing (needs root or sudo).
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || { echo "could not install chromium: the browser tests will fail"; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
dotnet test --solution TreatyBrowser.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The runner prints "total / failed / succeeded" per run; turn the last summary into the plain closing line.
passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
rm -f "$log"
if [ -z "$passed" ]; then
  echo "0 passed, 1 failed"
  echo "no test summary found (did the build fail?)"
  exit 1
fi
echo "${passed} passed, ${failed:-0} failed"
exit "$status"
