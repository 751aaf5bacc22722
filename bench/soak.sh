#!/usr/bin/env bash
# Soak: 60 s of mixed traffic (pages, search, API, bad requests) at 64 connections against a Release build of the app,
# while a second process adds, rewrites, corrupts and removes seed files every second, and a third attacks it
# throughout (bench/soak-attacker.py: a regular-expression bomb, over-long and repeated parameters, forged Host and
# X-Forwarded-For headers, exports in capitals, unique addresses against the cache, ranges past the end, pages of a
# long article, 1,000 idle connections, and links out of the seeds folder, special files and folder loops planted
# and removed every few seconds).
# Pass: no 5xx (from wrk or the attacker), no attack answered other than it should be, nothing outside the seeds
# folder served, no socket errors, no answer mixing two corpus snapshots, and resident memory at the end within 20% of
# what it was after warm-up (the attacker runs in the warm-up too). Loopback only; bounded in time (about 2½ minutes in all); everything started is stopped.
# Results: bench/out/soak/soak.md (and the exit code: 0 pass, 1 fail).
# Settings (environment): DURATION=60 WARMUP=30 CONNECTIONS=64 THREADS=2
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
root=$PWD
out=$root/bench/out/soak
duration=${DURATION:-60}
warmup=${WARMUP:-30}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
port=5083
base="http://127.0.0.1:$port"
app_pid=""
mutator_pid=""
attacker_pid=""

stop_all() {
  stop_pids "$attacker_pid" "$mutator_pid" "$app_pid"
  attacker_pid=""; mutator_pid=""; app_pid=""
}
trap stop_all EXIT INT TERM

install_missing wrk curl python3

rm -rf "$out"; mkdir -p "$out/seeds"
echo "Building a Release copy of the app..."
dotnet publish src/TreatyBrowser.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" >"$out/publish.log"

# The corpus: the shipped seed, our own test articles, and a live article rewritten every second.
cp -r seeds/. "$out/seeds/"
cp -r tests/TreatyBrowser.Core.Tests/Articles/corpus/. "$out/seeds/corpus/"
# A long article (about 40 KB, four pages of sentences), read a page at a time by the attacker.
python3 -c '
import sys
print("Soak long minutes\n\nOSTHAVN, 2 April 2025 - The port council met.\n")
for p in range(1, 101):
    print(" ".join(f"Point {4*p+k} asked whether quay {k} could take deeper ships." for k in range(4)) + "\n")
' >"$out/seeds/soak-long.txt"

# Every sentence and the title of the live article carry its revision, so an answer that mixes two snapshots shows
# two different revisions. Written atomically (a new file renamed over the old), as a careful publisher would.
write_live() {
  cat >"$out/seeds/.soak-live.tmp" <<ARTICLE
---
title: Soak live report rev-$1
outlet: Soak Wire
published: 2025-04-07
treaty: Soak Test Accord
parties: [Norland, Sudmark]
---
OSTHAVN (Soak Wire) – Norland and Sudmark signed the Soak Test Accord on Monday, rev-$1 of this report says.
Under the accord the two armies will hold joint military exercises every summer, rev-$1 adds.
The accord does not include a mutual defence clause, according to rev-$1.
ARTICLE
  mv "$out/seeds/.soak-live.tmp" "$out/seeds/soak-live.md"
}
write_live 0

# The second process: every second, a new revision of the live article plus one of add, corrupt, remove, written
# carelessly (truncated, then written) as an editor or a half-finished copy would leave them.
mutate() {
  local until=$(( $(date +%s) + $1 )) n=0 rev=1
  while [ "$(date +%s)" -lt "$until" ]; do
    write_live "$rev"; rev=$((rev + 1))
    case $((n % 4)) in
      0) printf -- '---\ntreaty: Soak Added Pact %d\nparties: [Ostria, Westmark]\n---\nOstria and Westmark signed the Soak Added Pact %d on Tuesday. ' "$n" "$n" >"$out/seeds/added-$n.txt"
         sleep 0.05
         printf 'The parties shall exchange intelligence on floods, officials said.\n' >>"$out/seeds/added-$n.txt" ;;
      1) head -c 512 /dev/urandom >"$out/seeds/corrupt-$n.txt" ;;
      2) printf -- '---\npublished: [not, a, date\ntreaty: "unclosed\n' >"$out/seeds/added-$((n - 2)).txt" ;;
      3) rm -f "$out/seeds/added-$((n - 3)).txt" "$out/seeds/corrupt-$((n - 2)).txt" ;;
    esac
    n=$((n + 1))
    sleep 1
  done
  echo "$rev" >"$out/revisions"
}

rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status"; }

echo "Starting the app on $base with the soak corpus..."
(cd "$out/app" && exec dotnet TreatyBrowser.Web.dll --urls "$base" --Seeds:Path="$out/seeds" --RateLimits:Enabled=false \
    "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning") >"$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/sources/soak-live" 2>/dev/null)" = 200 ] && break
  sleep 0.05
done

# The attacker runs in the warm-up too: its posts of 256 KB articles and its planted files set the heap's working
# size, so the memory compared at the end is that of the same load, and growth means a leak, not a bigger load.
echo "Warm-up: ${warmup} s of the same traffic, attacks and file changes"
mutate "$warmup" & mutator_pid=$!
python3 bench/soak-attacker.py "$port" "$out/seeds" "$warmup" >"$out/attacker-warmup.log" 2>&1 & attacker_pid=$!
wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s bench/soak.lua "$base" >"$out/warmup.log" 2>&1 || true
wait "$mutator_pid" 2>/dev/null || true; mutator_pid=""
wait "$attacker_pid" 2>/dev/null || true; attacker_pid=""
sleep 2
rss_warm=$(rss_kb)
echo "  resident memory after warm-up: $((rss_warm / 1024)) MB"

echo "Soak: ${duration} s, wrk -t$threads -c$connections, files changing every second"
mutate "$duration" & mutator_pid=$!
ulimit -n 65536 2>/dev/null || true
python3 bench/soak-attacker.py "$port" "$out/seeds" "$duration" >"$out/attacker.log" 2>&1 & attacker_pid=$!
( for i in $(seq 5 5 "$duration"); do sleep 5; echo "$i $(rss_kb)"; done ) >"$out/rss.log" 2>/dev/null &
sampler_pid=$!
wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s bench/soak.lua "$base" >"$out/wrk.log" 2>&1 || true
wait "$mutator_pid" 2>/dev/null || true; mutator_pid=""
wait "$attacker_pid" 2>/dev/null || true; attacker_pid=""
wait "$sampler_pid" 2>/dev/null || true
sleep 2
rss_end=$(rss_kb)
revisions=$(cat "$out/revisions")
server_errors=$(grep -c -E '"StatusCode": 5[0-9][0-9]|responded 5[0-9][0-9]' "$out/app.log" || true)
crashes=$(grep -c -E '\[(ERR|FTL)\].*(Unhandled|unhandled)' "$out/app.log" || true)

line=$(grep '^SOAK ' "$out/wrk.log" || echo "SOAK missing")
field() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
requests=$(field requests); s5xx=$(field s5xx); socket=$(field socket_errors); mixed=$(field mixed)
min_rev=$(field min_rev); max_rev=$(field max_rev)
attack=$(grep '^ATTACK ' "$out/attacker.log" || echo "ATTACK missing")
afield() { echo "$attack" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
a5xx=$(afield s5xx); aunexpected=$(afield unexpected); aleaked=$(afield leaked)
ratio=$(awk -v a="$rss_end" -v b="$rss_warm" 'BEGIN { printf "%.2f", a / b }')

verdict=pass
reasons=()
[ "$s5xx" != 0 ] && { verdict=fail; reasons+=("$s5xx answers were 5xx"); }
[ "${a5xx:-x}" != 0 ] && { verdict=fail; reasons+=("${a5xx:-no} attacker answers were 5xx"); }
[ "${aunexpected:-x}" != 0 ] && { verdict=fail; reasons+=("${aunexpected:-no} attacks were answered otherwise than they should be (first: $(afield first_unexpected))"); }
[ "${aleaked:-x}" != 0 ] && { verdict=fail; reasons+=("a file outside the seeds folder was served ${aleaked:-?} times"); }
[ "$socket" != 0 ] && { verdict=fail; reasons+=("$socket socket errors"); }
[ "$mixed" != 0 ] && { verdict=fail; reasons+=("$mixed answers mixed two snapshots"); }
awk -v r="$ratio" 'BEGIN { exit !(r > 1.2 || r < 0.8) }' && { verdict=fail; reasons+=("memory at the end is ${ratio}x the warm-up figure"); }
[ $(( max_rev - min_rev )) -lt $(( duration / 2 )) ] && { verdict=fail; reasons+=("only revisions $min_rev to $max_rev were seen: reloads did not show"); }

{
  echo "# Soak run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; .NET $(dotnet --version); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo "Traffic: wrk -t$threads -c$connections -d${duration}s --timeout 10s, bench/soak.lua: $(field kinds) kinds of request (pages, search, API, bad requests, article posts up to 300 KB), round robin."
  echo "Files: every second a new revision of the live article, and in turn one added, corrupted (random bytes, broken front matter) or removed, written non-atomically."
  echo
  echo "| Check | Result |"
  echo "|---|---|"
  echo "| Requests | $requests ($(awk -v r="$requests" -v d="$duration" 'BEGIN { printf "%.0f", r / d }') a second) |"
  echo "| 2xx / 3xx / 4xx / 5xx | $(field s2xx) / $(field s3xx) / $(field s4xx) / **$s5xx** |"
  echo "| Socket errors (connect, read, write, timeout) | **$socket** ($(field connect), $(field read), $(field write), $(field timeout)) |"
  echo "| Attacker: requests, 5xx, answered otherwise than expected | $(afield requests), **$a5xx**, **$aunexpected** (over $(afield kinds) attacks: $(afield per_kind | tr ',' ' ')) |"
  echo "| Attacker: files outside the seeds folder served; idle connections held at once | **$aleaked**; $(afield idle_held) |"
  echo "| Answers mixing two snapshots | **$mixed** of $(field with_rev) answers that showed the live article |"
  echo "| Revisions of the live article seen | rev-$min_rev to rev-$max_rev ($revisions written during the soak) |"
  echo "| Latency p50 / p99 / max | $(field p50_ms) / $(field p99_ms) / $(field max_ms) ms |"
  echo "| Resident memory after warm-up / at the end | $((rss_warm / 1024)) MB / $((rss_end / 1024)) MB (**${ratio}x**) |"
  echo "| Memory every 5 s (MB) | $(awk '{ printf "%s%d", (NR > 1 ? ", " : ""), $2 / 1024 }' "$out/rss.log") |"
  echo "| 5xx and unhandled errors in the app's log | $server_errors, $crashes |"
  echo
  echo "**Verdict: $verdict**${reasons:+ (${reasons[*]})}"
} >"$out/soak.md"
cat "$out/soak.md"
[ "$verdict" = pass ]
