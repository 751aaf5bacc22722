#!/usr/bin/env bash
# The app's start over a seeds folder, process start to the first 200 on /, with the phases of its first load (the
# app's own log line: snapshot read, scan, treaties, feeds). "first" empties the snapshot folder first and waits for
# the new snapshot to be saved; without it, the start is a restart from the snapshot.
#   bench/restart.sh /tmp/devset-10000 first && bench/restart.sh /tmp/devset-10000
# (bench/TreatyBrowser.Bench devset 10000 /tmp/devset-10000 makes such a folder.) Release, ReadyToRun; port 5091.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=$(realpath "$1"); port=5091
out=bench/out/restart
mkdir -p "$out"
if [ ! -f "$out/app/TreatyBrowser.Web.dll" ] || [ -n "${PUBLISH:-}" ]; then
  dotnet publish src/TreatyBrowser.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" >"$out/publish.log"
fi
[ "${2:-}" = first ] && rm -rf "$out/snapshots"
: >"$out/app.log"
started=$(date +%s%N)
(cd "$out/app" && exec dotnet TreatyBrowser.Web.dll --urls "http://127.0.0.1:$port" --Seeds:Path="$seeds" --Snapshots:Folder="$PWD/../snapshots" \
    --RateLimits:Enabled=false --Seeds:Watch=false) >>"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; do sleep 0.05; done
echo "first 200 after $(( ($(date +%s%N) - started) / 1000000 )) ms"
if [ "${2:-}" = first ]; then until grep -q "Saved a snapshot" "$out/app.log"; do sleep 0.5; done; fi
grep -E "Corpus of" "$out/app.log" | sed 's/.*ready in/ready in/; s/ {"SourceContext.*//'
