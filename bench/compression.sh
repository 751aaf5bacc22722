#!/usr/bin/env bash
# What compression costs and saves. A Release build of the app and nginx serve the same pages; nginx serves the app's
# own plain and gzip bytes (gzip_static, the pre-compressed file beside the plain one), so both compare like with
# like: neither compresses per request. For each page: its size plain, gzip and Brotli as the app sends them, the
# first answer after a load (render and compress once) against a cached one, and wrk throughput plain and gzip for
# the app and for nginx. Loopback only; every process started is stopped. Results: bench/out/compression/results.md.
# Settings (environment): DURATION=8s ROUNDS=1 CONNECTIONS=64 THREADS=2
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
root=$PWD
out=$root/bench/out/compression
duration=${DURATION:-8s}
rounds=${ROUNDS:-1}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
app_port=5085
nginx_port=5086
app_pid=""
nginx_pid=""
trap 'stop_pids "$app_pid" "$nginx_pid"' EXIT INT TERM
install_missing wrk nginx curl

rm -rf "$out"; mkdir -p "$out/www" "$out/nginx"
echo "Building a Release, ReadyToRun copy of the app..."
dotnet publish src/TreatyBrowser.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" >"$out/publish.log"
(cd "$out/app" && exec dotnet TreatyBrowser.Web.dll --urls "http://127.0.0.1:$app_port" --Seeds:Path="$root/seeds" --Seeds:Watch=false \
    --RateLimits:Enabled=false --Feeds:HistoryPath="$out/feeds.json" "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning") >"$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$app_port/healthz" && break; sleep 0.05; done

treaty=/treaties/iran-russia-comprehensive-strategic-partnership-treaty
pages=(
  "overview|$treaty|text/html"
  "source|/sources/iran-russia-strategic-partnership|text/html"
  "api-clauses|/api/clauses|application/json"
  "feed|$treaty/feed.atom|application/atom+xml"
  "export-csv|$treaty/export.csv|text/csv"
)

# First answer (rendered and compressed, then stored) and the next (from memory), in ms, as curl sees them.
declare -A size first cached
for page in "${pages[@]}"; do
  IFS='|' read -r name path _ <<<"$page"
  url="http://127.0.0.1:$app_port$path"
  first[$name]=$(curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{time_total}' "$url")
  cached[$name]=$(curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{time_total}' "$url")
  curl -s -o "$out/www/$name" "$url"
  curl -s -H 'Accept-Encoding: gzip' -o "$out/www/$name.gz" "$url"
  size[$name,plain]=$(stat -c %s "$out/www/$name")
  size[$name,gzip]=$(stat -c %s "$out/www/$name.gz")
  size[$name,br]=$(curl -s -H 'Accept-Encoding: br' "$url" | wc -c)
done

{
  echo "worker_processes auto; daemon off; user root; pid $out/nginx/nginx.pid; error_log $out/nginx/error.log warn;"
  echo "events { worker_connections 4096; }"
  echo "http { access_log off; keepalive_requests 1000000; sendfile on; tcp_nopush on; server_tokens off; gzip off; gzip_vary on;"
  echo "  server { listen 127.0.0.1:$nginx_port;"
  for page in "${pages[@]}"; do
    IFS='|' read -r name _ type <<<"$page"
    echo "    location = /$name { default_type $type; gzip_static on; alias $out/www/$name; }"
  done
  echo "  } }"
} >"$out/nginx/nginx.conf"
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf" & nginx_pid=$!
sleep 0.5
[ "$(curl -s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/overview" | cmp - "$out/www/overview.gz" && echo same)" = same ] \
  || { echo "nginx does not serve the app's gzip bytes" >&2; exit 1; }

rps() { wrk -t"$threads" -c"$connections" -d"$duration" "$@" | tee -a "$out/wrk.log" | awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
declare -A results
for round in $(seq 1 "$rounds"); do
  for page in "${pages[@]}"; do
    IFS='|' read -r name path _ <<<"$page"
    results[$name,app,plain]+="$(rps "http://127.0.0.1:$app_port$path") "
    results[$name,nginx,plain]+="$(rps "http://127.0.0.1:$nginx_port/$name") "
    results[$name,app,gzip]+="$(rps -H 'Accept-Encoding: gzip' "http://127.0.0.1:$app_port$path") "
    results[$name,nginx,gzip]+="$(rps -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/$name") "
    echo "  $name: app ${results[$name,app,plain]}/${results[$name,app,gzip]} nginx ${results[$name,nginx,plain]}/${results[$name,nginx,gzip]} (plain/gzip req/s)"
  done
done

median() { tr ' ' '\n' | grep . | sort -n | sed -n "$(( (rounds + 1) / 2 ))p"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
{
  echo "Compression run $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores; .NET $(dotnet --version); $(nginx -v 2>&1); wrk -t$threads -c$connections -d$duration, $rounds round(s), medians."
  echo
  echo "| answer | plain B | gzip B | Brotli B | Brotli saves | first answer ms (render + compress) | cached ms | app plain req/s | app gzip req/s | nginx plain req/s | nginx gzip_static req/s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for page in "${pages[@]}"; do
    IFS='|' read -r name _ _ <<<"$page"
    printf '| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${size[$name,plain]}" "${size[$name,gzip]}" "${size[$name,br]}" \
      "$(awk -v p="${size[$name,plain]}" -v b="${size[$name,br]}" 'BEGIN { printf "%.0f%%", 100 * (1 - b / p) }')" \
      "$(ms "${first[$name]}")" "$(ms "${cached[$name]}")" \
      "$(echo "${results[$name,app,plain]}" | median)" "$(echo "${results[$name,app,gzip]}" | median)" \
      "$(echo "${results[$name,nginx,plain]}" | median)" "$(echo "${results[$name,nginx,gzip]}" | median)"
  done
} | tee "$out/results.md"
