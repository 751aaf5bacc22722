#!/usr/bin/env bash
# Serves the seed corpus from a Release (ReadyToRun) build of the app and from nginx, byte for byte the same pages,
# and loads both with the same wrk settings, alternating, several rounds. Also measures cold start.
# Traffic goes to 127.0.0.1 only; every process started here is stopped on exit. Results: bench/out/results.md.
# Settings (environment): DURATION=15s ROUNDS=3 CONNECTIONS=64 THREADS=2 COLD_STARTS=5
# SEEDS=DIR serves another folder (an archive made by `bench devset 10000 DIR`, say) from a snapshot kept in
# bench/out/snapshots-<folder name>, and measures the pages of its largest treaty; cold starts are then restarts.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
root=$PWD
out=$root/bench/out
duration=${DURATION:-15s}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
cold_starts=${COLD_STARTS:-5}
seeds=$(realpath "${SEEDS:-$root/seeds}")
snapshots=$root/bench/out-snapshots/$(basename "$seeds")
app_port=5081
nginx_port=5082
app_pid=""
nginx_pid=""

stop_all() {
  stop_pids "$app_pid" "$nginx_pid"
  app_pid=""; nginx_pid=""
}
trap stop_all EXIT INT TERM

# Tools: wrk and nginx from Debian, installed when missing.
install_missing wrk nginx curl

rm -rf "$out"; mkdir -p "$out/www" "$out/nginx"
echo "Building a Release, ReadyToRun copy of the app..."
dotnet publish src/TreatyBrowser.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" >"$out/publish.log"

wait_for_200() {
  for _ in $(seq 1 "${WAIT_STEPS:-3000}"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/" 2>/dev/null)" = 200 ] && return 0
    sleep 0.005
  done
  echo "the app did not answer in time; see $out/app.log" >&2; return 1
}

# Request logging (one console line per request) is turned down under load: at tens of thousands of requests a
# second it would measure the terminal, not the app. Rate limits are off: wrk is one client sending tens of thousands
# of requests a second, which the limits exist to refuse. Everything else is the shipped configuration.
start_app() {
  (cd "$out/app" && exec dotnet TreatyBrowser.Web.dll --urls "http://127.0.0.1:$app_port" --Seeds:Path="$seeds" \
      --Snapshots:Folder="$snapshots" --Seeds:Watch=false --RateLimits:Enabled=false "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning") >>"$out/app.log" 2>&1 &
  app_pid=$!
}

if [ -n "${SEEDS:-}" ] && ! compgen -G "$snapshots/*/current" >/dev/null; then
  # The first start over a new archive extracts it and saves a snapshot; the timed starts below restart from it.
  WAIT_STEPS=60000; start_app; wait_for_200
  until grep -q "Saved a snapshot" "$out/app.log"; do sleep 0.5; done
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
fi

echo "Cold start: process start to the first 200 from / over $seeds ($cold_starts runs)"
cold=()
for _ in $(seq 1 "$cold_starts"); do
  started=$(date +%s%N)
  start_app
  wait_for_200
  cold+=($(( ($(date +%s%N) - started) / 1000000 )))
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
cold_sorted=$(printf '%s\n' "${cold[@]}" | sort -n | tr '\n' ' ')
cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n "$(( (cold_starts + 1) / 2 ))p")
echo "  runs (ms): $cold_sorted; median $cold_median ms"

start_app
wait_for_200

treaty=/treaties/iran-russia-comprehensive-strategic-partnership-treaty
clause=$treaty/clauses/defence/joint-military-exercises
source=/sources/iran-russia-strategic-partnership
if [ -n "${SEEDS:-}" ]; then
  # The largest treaty (most reports), its first defence clause and its first report.
  read -r treaty clause source < <(python3 - "http://127.0.0.1:$app_port" <<'PY'
import json, sys, urllib.error, urllib.request
base = sys.argv[1]
def get(path):
    with urllib.request.urlopen(base + path) as answer:
        return json.load(answer)
treaties, page = [], 1
while True:
    try:
        batch = get(f"/api/treaties?page={page}")
    except urllib.error.HTTPError:  # a page past the last is refused
        break
    if not batch:
        break
    treaties += batch; page += 1
largest = max(treaties, key=lambda t: len(t["documents"]))
clauses = get(f"/api/treaties/{largest['id']}")["clauses"]
first = next((c for c in clauses if c["category"] == "defence"), clauses[0])
print(largest["permalink"], f"{largest['permalink']}/clauses/{first['category']}/{first['id']}", f"/sources/{largest['documents'][0]}")
PY
)
  echo "Pages of the largest treaty: $treaty ($clause, $source)"
fi
pages=(
  "overview|$treaty|text/html"
  "category|$treaty/clauses/defence|text/html"
  "clause|$clause|text/html"
  "source|$source|text/html"
  "timeline|$treaty/timeline|text/html"
  "search|/search?q=joint+exercises|text/html"
  "api-clauses|/api/clauses|application/json"
)

# The exact bytes the app serves, for nginx to serve, with the same security headers the app sends (a real
# deployment would send them from nginx too, and they are a few hundred bytes of every answer).
security_headers=$(curl -s -D - -o /dev/null "http://127.0.0.1:$app_port/" | tr -d '\r' \
  | grep -i -E '^(content-security-policy|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-opener-policy|cross-origin-resource-policy):' \
  | sed -E 's/^([^:]+): (.*)$/    add_header \1 "\2" always;/')
{
  echo "worker_processes auto; daemon off; user root; pid $out/nginx/nginx.pid; error_log $out/nginx/error.log warn;"
  echo "events { worker_connections 4096; }"
  echo "http { access_log off; keepalive_requests 1000000; sendfile on; tcp_nopush on;"
  echo "  server_tokens off;"
  echo "  server { listen 127.0.0.1:$nginx_port;"
  echo "$security_headers"
  for page in "${pages[@]}"; do
    IFS='|' read -r name path type <<<"$page"
    curl -s -o "$out/www/$name" "http://127.0.0.1:$app_port$path"
    echo "    location = /$name { default_type $type; alias $out/www/$name; }"
  done
  echo "  }"
  echo "}"
} >"$out/nginx/nginx.conf"
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf" &
nginx_pid=$!
sleep 0.5

# wrk prints latencies in us, ms or s; this turns "1.23ms" into milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'; }

measure() { # url -> "rps p50 p99"
  local result; result=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$1")
  echo "$result" >>"$out/wrk.log"
  local rps p50 p99
  rps=$(echo "$result" | awk '/Requests\/sec/ { print $2 }')
  p50=$(to_ms "$(echo "$result" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$result" | awk '$1 == "99%" { print $2 }')")
  echo "$rps $p50 $p99"
}

echo "Warming the app (5 s a page)..."
for page in "${pages[@]}"; do
  IFS='|' read -r name path _ <<<"$page"
  wrk -t"$threads" -c"$connections" -d5s "http://127.0.0.1:$app_port$path" >/dev/null
done

declare -A results
for round in $(seq 1 "$rounds"); do
  echo "Round $round of $rounds (wrk -t$threads -c$connections -d$duration, app then nginx for each page)"
  for page in "${pages[@]}"; do
    IFS='|' read -r name path _ <<<"$page"
    results[$name,app,$round]=$(measure "http://127.0.0.1:$app_port$path")
    results[$name,nginx,$round]=$(measure "http://127.0.0.1:$nginx_port/$name")
    echo "  $name: app ${results[$name,app,$round]} | nginx ${results[$name,nginx,$round]}"
  done
done
rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status") / 1024 ))
echo "App resident after the load: $rss MB"
stop_all

median() { sort -n | sed -n "$(( (rounds + 1) / 2 ))p"; }
{
  echo "Seeds: $seeds; the app resident after the load: $rss MB"
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(uname -r); .NET $(dotnet --version); $(nginx -v 2>&1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "Settings: wrk -t$threads -c$connections -d$duration --latency, $rounds rounds, app and nginx alternating; medians of the rounds."
  echo
  echo "| page | bytes | app req/s | nginx req/s | app/nginx | app p50 ms | nginx p50 ms | app p99 ms | nginx p99 ms | p99 app/nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for page in "${pages[@]}"; do
    IFS='|' read -r name _ _ <<<"$page"
    col() { for r in $(seq 1 "$rounds"); do echo "${results[$name,$1,$r]}" | cut -d' ' -f"$2"; done | median; }
    a_rps=$(col app 1); n_rps=$(col nginx 1); a50=$(col app 2); n50=$(col nginx 2); a99=$(col app 3); n99=$(col nginx 3)
    awk -v n="$name" -v b="$(stat -c %s "$out/www/$name")" -v ar="$a_rps" -v nr="$n_rps" -v a50="$a50" -v n50="$n50" -v a99="$a99" -v n99="$n99" \
      'BEGIN { printf "| %s | %d | %.0f | %.0f | %.2f | %s | %s | %s | %s | %.2f |\n", n, b, ar, nr, ar / nr, a50, n50, a99, n99, a99 / n99 }'
  done
  echo
  echo "Cold start (process start to first 200 on /, seed corpus): runs $cold_sorted ms; median $cold_median ms."
} | tee "$out/results.md"
