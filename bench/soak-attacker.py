#!/usr/bin/env python3
"""The attacker of the soak: for the whole run, sends the attacks of the "bounded under attack" issue at the app
while wrk reads it, and plants links and special files in its seeds folder. Prints one ATTACK line: how many
requests, how many answered 5xx, how many answered other than expected, whether a file outside the seeds folder
was ever served, and the count per attack.

Usage: soak-attacker.py PORT SEEDS_FOLDER SECONDS"""
import http.client, os, random, socket, sys, threading, time, urllib.parse

port, seeds, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
end = time.time() + seconds
lock = threading.Lock()
counts, unexpected, first_unexpected = {}, 0, ""
s5xx = leaked = idle_held = 0


def request(path, headers=None, source="127.0.0.1"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15, source_address=(source, 0))
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        connection.close()


def record(kind, status, expected):
    global unexpected, first_unexpected, s5xx
    with lock:
        counts[kind] = counts.get(kind, 0) + 1
        if status >= 500:
            s5xx += 1
        if status not in expected:
            unexpected += 1
            first_unexpected = first_unexpected or f"{kind}:{status}"


# Each attack: a name, how to send it, and the answers that are right for it (429 wherever a limit may apply).
def attacks(n):
    unique = f"/?x={n}-{random.random()}"
    return [
        ("regex-bomb", lambda: request("/api/search?q=" + urllib.parse.quote("/(.*){9999}/")), {400, 429}),
        ("fuzzy-and-wildcards", lambda: request("/api/search?q=" + urllib.parse.quote("a* OR e* OR i* OR o* OR u*~2")), {200, 400, 429}),
        ("over-long-query", lambda: request("/search?q=" + "x" * 600), {400, 429}),
        ("export-in-capitals", lambda: request("/treaties/soak-test-accord/EXPORT.JSON"), {200, 404, 429}),
        ("unique-addresses", lambda: request(unique), {200}),
        ("huge-host-header", lambda: request("/", {"Host": "h" * 9000}), {400, 431}),
        ("forged-host", lambda: request("/", {"Host": "attacker.example"}), {400}),
        ("forged-forwarded-for", lambda: request("/api/treaties", {"X-Forwarded-For": f"10.{n % 250}.{n % 7}.1"}), {200, 429}),
        ("range-past-end", lambda: request("/css/site.css", {"Range": "bytes=99999999-"}), {416}),
        ("many-parameters", lambda: request("/search?" + "&".join(f"q={i}" for i in range(40))), {400, 414, 429}),
        ("long-article-page", lambda: request(f"/sources/soak-long?page={1 + n % 4}"), {200}),
        ("long-article-beyond", lambda: request("/sources/soak-long?page=999"), {404}),
        ("documents-leak-check", lambda: documents_check(), {200, 429}),
    ]


def documents_check():
    global leaked
    status, body = request("/api/documents")
    if b"root:x:0:" in body or b"VmRSS" in body or b"A secret kept outside" in body:
        with lock:
            leaked += 1
    return status, body


def requests_loop():
    n = 0
    while time.time() < end:
        for kind, send, expected in attacks(n):
            if time.time() >= end:
                break
            status, _ = send()
            record(kind, status, expected)
        n += 1


# Idle connections from another address, reopened as the app closes them: they must never starve the readers.
def idle_loop(count=1000):
    global idle_held
    held = []
    while time.time() < end:
        held = [s for s in held if alive(s)]
        while len(held) < count:
            s = socket.socket()
            s.setblocking(False)
            try:
                s.bind(("127.0.0.2", 0))
                s.connect_ex(("127.0.0.1", port))
            except OSError:
                s.close()
                break
            held.append(s)
        idle_held = max(idle_held, len(held))
        time.sleep(1)
    for s in held:
        s.close()


def alive(s):
    try:
        return s.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        s.close()
        return False


# Links out of the folder and special files, planted for a second and a half, then removed.
def files_loop(outside):
    plants = [("passwd.txt", "/etc/passwd"), ("status.txt", "/proc/self/status"), ("zero.txt", "/dev/zero"),
              ("outside", outside), ("loop-a", "."), ("loop-b", ".")]
    while time.time() < end:
        made = []
        for name, target in plants:
            path = os.path.join(seeds, name)
            try:
                os.symlink(target, path)
                made.append(path)
            except OSError:
                pass
        pipe = os.path.join(seeds, "pipe.txt")
        try:
            os.mkfifo(pipe)
            made.append(pipe)
        except OSError:
            pass
        time.sleep(1.5)
        for path in made:
            try:
                os.remove(path)
            except OSError:
                pass
        time.sleep(1.5)


outside = os.path.join(os.path.dirname(os.path.abspath(seeds)), "outside")
os.makedirs(outside, exist_ok=True)
with open(os.path.join(outside, "secret.txt"), "w") as f:
    f.write("A secret kept outside the seeds folder.\n")

threads = [threading.Thread(target=requests_loop), threading.Thread(target=idle_loop), threading.Thread(target=files_loop, args=(outside,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(counts.values())
kinds = ",".join(f"{k}:{v}" for k, v in sorted(counts.items()))
print(f"ATTACK requests={total} s5xx={s5xx} unexpected={unexpected} first_unexpected={first_unexpected or '-'} leaked={leaked} idle_held={idle_held} kinds={len(counts)} per_kind={kinds}")
