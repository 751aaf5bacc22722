#!/usr/bin/env bash
# The attacks of the "bounded under attack" issue, against a Release build on 127.0.0.1, each with its verdict:
# a regular-expression bomb, 20,000 idle connections from one address (with /healthz polled throughout), a silent
# connection, links and special files in the seeds folder, a forged Host header. Loopback only; bounded in time
# (about 2 minutes); everything started is stopped. Results: bench/out/attacks/attacks.md; exit 0 when all pass.
# Settings (environment): CONNECTIONS=20000 HOLD=20
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
out=$PWD/bench/out/attacks
connections=${CONNECTIONS:-20000}
hold=${HOLD:-20}
port=5084
base="http://127.0.0.1:$port"
app_pid=""
trap 'stop_pids "$app_pid"' EXIT INT TERM
install_missing curl python3

rm -rf "$out"; mkdir -p "$out/seeds" "$out/outside"
echo "Building a Release copy of the app..."
dotnet publish src/TreatyBrowser.Web -c Release -o "$out/app" >"$out/publish.log"

# The seeds folder an attacker can write to: the seed, plus every kind of link and special file.
cp seeds/*.txt "$out/seeds/"
echo "A secret kept outside the seeds folder." >"$out/outside/secret.txt"
ln -s /etc/passwd "$out/seeds/passwd.txt"
ln -s /proc/self/status "$out/seeds/status.txt"
ln -s /dev/zero "$out/seeds/zero.txt"
ln -s "$out/outside" "$out/seeds/outside"
ln -s . "$out/seeds/a"; ln -s . "$out/seeds/b"
mkfifo "$out/seeds/pipe.txt"

ulimit -n 65536 2>/dev/null || true
(cd "$out/app" && exec dotnet TreatyBrowser.Web.dll --urls "$base" --Seeds:Path="$out/seeds" --RateLimits:Enabled=false >"$out/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

results=()
verdict() { results+=("| $1 | $2 | $3 |"); echo "$1: $2 ($3)"; }
pass=0

# 1. The regular-expression bomb (it ran 53 s and took 7.5 GB before).
read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 -G "$base/api/search" --data-urlencode 'q=/(.*){9999}/')
ms=$(python3 -c "print(round($seconds*1000))")
[ "$code" = 400 ] && [ "$ms" -lt 100 ] && v=pass || { v=FAIL; pass=1; }
verdict "regular-expression bomb /(.*){9999}/" "$v" "HTTP $code in $ms ms"

# 2. Links and special files: skipped with a reason, never served.
status=$(curl -s "$base/status")
skipped=0
for name in passwd.txt status.txt zero.txt outside a b pipe.txt; do grep -q "<code>$name</code>" <<<"$status" && skipped=$((skipped + 1)); done
leaked=$(curl -s "$base/api/documents" | grep -c 'root:x:0:0' || true)
[ "$skipped" = 7 ] && [ "$leaked" = 0 ] && v=pass || { v=FAIL; pass=1; }
verdict "links out, folder loops, a pipe, /dev/zero, /proc in the seeds folder" "$v" "$skipped of 7 skipped with a reason on /status; /etc/passwd served: $leaked"

# 3. A forged Host header.
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: attacker.example' "$base/")
[ "$code" = 400 ] && v=pass || { v=FAIL; pass=1; }
verdict "forged Host header" "$v" "HTTP $code"

# 4. 20,000 idle connections from one address while /healthz is polled; then a silent connection is timed.
python3 - "$port" "$connections" "$hold" "$app_pid" >"$out/connections.txt" <<'PY'
import socket, sys, time, urllib.request, os, resource
port, count, hold, pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
socks, refused = [], 0
# Keep a few files for this client's own polling: on a machine whose limit is 20,000, it holds 19,800.
for _ in range(min(count, hard - 200)):
    try:
        s = socket.socket(); s.setblocking(False)
    except OSError:
        break  # this client's own file limit: as many as it can hold
    try:
        # The attacker's address is 127.0.0.2; the reader polling /healthz is 127.0.0.1 (both loopback).
        s.bind(("127.0.0.2", 0)); s.connect_ex(("127.0.0.1", port)); socks.append(s)
    except OSError:
        refused += 1; s.close()
ok = bad = 0; worst = 0.0
end = time.time() + hold
while time.time() < end:
    t = time.time()
    try:
        code = urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).status
    except Exception:
        code = 0
    worst = max(worst, time.time() - t)
    ok, bad = (ok + 1, bad) if code == 200 else (ok, bad + 1)
    time.sleep(1)
fds = len(os.listdir(f"/proc/{pid}/fd"))
for s in socks: s.close()
quiet = socket.create_connection(("127.0.0.1", port)); t = time.time(); quiet.settimeout(60)
try:
    closed = quiet.recv(1) == b""
except Exception:
    closed = False
print(count, len(socks), refused, ok, bad, round(worst * 1000), fds, round(time.time() - t), closed)
PY
read -r asked opened refused ok bad worst fds idle closed <"$out/connections.txt"
alive=$(kill -0 "$app_pid" 2>/dev/null && echo yes || echo no)
[ "$alive" = yes ] && [ "$bad" = 0 ] && [ "$fds" -lt 10000 ] && v=pass || { v=FAIL; pass=1; }
verdict "$opened idle connections from one address (of $asked asked; the client's file limit bounds it), held ${hold} s" "$v" "app alive: $alive; /healthz $ok x 200, $bad failed, slowest $worst ms; app's open files at the peak: $fds"
[ "$closed" = True ] && [ "$idle" -le 20 ] && v=pass || { v=FAIL; pass=1; }
verdict "a connection that sends nothing" "$v" "closed by the app after $idle s"

{
  echo "Attacks run $(date -u '+%Y-%m-%d %H:%M UTC') against a Release build on 127.0.0.1 (bench/attacks.sh)."
  echo
  echo "| attack | verdict | what happened |"
  echo "|---|---|---|"
  printf '%s\n' "${results[@]}"
} >"$out/attacks.md"
cat "$out/attacks.md"
exit $pass
