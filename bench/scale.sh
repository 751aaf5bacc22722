#!/usr/bin/env bash
# Corpus scale (Release, ReadyToRun). Results are printed as Markdown tables; details (restart phases, each query of
# the search mix) go to bench/out/scale/details.log.
#   SIZES="1000 10000 100000" bench/scale.sh   # per size: first load, warm extraction, snapshot save, restart from the
#                                              # snapshot, a one-file change, search, peak memory (a fresh process each)
#   WEB_SIZES="10000 100000" bench/scale.sh    # also the real app over those sizes: first start, restart from the
#                                              # snapshot (process start to the first 200), page sizes and latencies
#   DEVSET_SIZES="1000 10000" bench/scale.sh  # the same over the development corpus copied to N files (real-style
#                                              # reporting: 48 agreements, each reported N/54 times), Core and the app
#   MICRO=1 bench/scale.sh                     # also the BenchmarkDotNet loader stages (a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
install_missing curl
root=$PWD
out=bench/out/scale
work=$(mktemp -d /tmp/tb-scale-XXXXXX)
port=5084
app_pid=""
trap 'stop_pids "$app_pid"; rm -rf "$work"' EXIT
mkdir -p "$out"
: >"$out/details.log"
dotnet publish bench/TreatyBrowser.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/bench" >/dev/null
dotnet publish src/TreatyBrowser.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" >/dev/null
bench() { dotnet "$out/bench/TreatyBrowser.Bench.dll" "$@"; }

echo "Core, in process (one fresh process per size):"
echo
bench scale-header
for n in ${SIZES-1000 10000}; do
  bench generate "$n" "$work/articles-$n" >/dev/null
  bench scale-one "$work/articles-$n" 2>>"$out/details.log"
  rm -rf "$work/articles-$n" "$work/articles-$n.snapshots"
done
for n in ${DEVSET_SIZES:-}; do
  bench devset "$n" "$work/devset-$n" >/dev/null
  echo "devset $n:" >>"$out/details.log"
  bench scale-one "$work/devset-$n" 2>>"$out/details.log" | sed 's/^| /| devset /'
  rm -rf "$work/devset-$n" "$work/devset-$n.snapshots"
done

# The real app: started over N articles with an empty snapshot folder (it extracts everything and saves a
# snapshot), stopped, started again (it reads the snapshot); then the pages a reader opens first, with their sizes.
start_app() {
  (cd "$out/app" && exec dotnet TreatyBrowser.Web.dll --urls "http://127.0.0.1:$port" --Seeds:Path="$1" --Snapshots:Folder="$work/snapshots" \
      --RateLimits:Enabled=false "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning") >>"$out/app.log" 2>&1 &
  app_pid=$!
}

# Milliseconds from now until / answers 200.
until_200() {
  local started; started=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; do sleep 0.05; done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

# "bytes first-ms p50-ms p99-ms" for a page: the first request renders it, the next 200 come from the page cache.
page() {
  local url=$1 bytes first times
  first=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$url")
  bytes=$(curl -s "http://127.0.0.1:$port$url" | wc -c)
  times=$(for i in $(seq 1 200); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$url"; done | sort -n)
  echo "$bytes $first $(echo "$times" | sed -n '100p') $(echo "$times" | sed -n '198p')"
}

# The app over generated articles (WEB_SIZES) and over the development corpus copied (DEVSET_SIZES).
web_runs=""
for n in ${WEB_SIZES:-}; do web_runs="$web_runs generate:$n"; done
for n in ${DEVSET_SIZES:-}; do web_runs="$web_runs devset:$n"; done
if [ -n "$web_runs" ]; then
  echo
  echo "The app (process start to the first 200 from /; page latency over 200 requests, served from the page cache after the first):"
  echo
  echo "| articles | first start s | restart from snapshot s | app memory after restart MB | home KB | home first / p50 / p99 ms | largest treaty: sources | its page KB (50 sources a page) | treaty first / p50 / p99 ms | search first / p50 / p99 ms |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for run in $web_runs; do
    kind=${run%%:*}; n=${run#*:}
    rm -rf "$work/snapshots"; bench "$kind" "$n" "$work/web-$n" >/dev/null
    logged=0; [ -f "$out/app.log" ] && logged=$(wc -l <"$out/app.log")
    start_app "$work/web-$n"; first=$(until_200)
    # The snapshot is saved in the background after the first load: wait for this run's save (the log holds earlier
    # runs too) before stopping.
    until tail -n +"$((logged + 1))" "$out/app.log" | grep -q "Saved a snapshot of $n documents"; do sleep 0.5; done
    stop_pids "$app_pid"; app_pid=""
    start_app "$work/web-$n"; restart=$(until_200)
    rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status") / 1024 ))
    treaty=$(curl -s "http://127.0.0.1:$port/api/treaties" | python3 -c 'import json,sys; t=json.load(sys.stdin); t=t.get("treaties",t) if isinstance(t,dict) else t; print(max(t, key=lambda x: len(x["documents"]))["id"])')
    sources=$(curl -s "http://127.0.0.1:$port/api/treaties" | python3 -c 'import json,sys; t=json.load(sys.stdin); t=t.get("treaties",t) if isinstance(t,dict) else t; print(max(len(x["documents"]) for x in t))')
    read -r hb h1 h50 h99 <<<"$(page /)"
    read -r tb t1 t50 t99 <<<"$(page "/treaties/$treaty")"
    read -r _ s1 s50 s99 <<<"$(page "/search?q=joint+exercises")"
    ms() { python3 -c "print(f'{float(\"$1\")*1000:.1f}')"; }
    echo "| $([ "$kind" = devset ] && echo "devset ")$n | $(python3 -c "print(f'{$first/1000:.2f}')") | $(python3 -c "print(f'{$restart/1000:.2f}')") | $rss | $((hb / 1024)) | $(ms "$h1") / $(ms "$h50") / $(ms "$h99") | $sources | $((tb / 1024)) | $(ms "$t1") / $(ms "$t50") / $(ms "$t99") | $(ms "$s1") / $(ms "$s50") / $(ms "$s99") |"
    stop_pids "$app_pid"; app_pid=""
    rm -rf "$work/web-$n"
  done
fi

if [ "${MICRO:-0}" = 1 ]; then
  (cd "$out/bench" && dotnet TreatyBrowser.Bench.dll micro --artifacts "$PWD/micro")
fi
