#!/usr/bin/env python3
"""The attacker of the soak: for the whole run, sends the attacks of the "bounded under attack" and "bounded by
the input's size" issues at the app while wrk reads it, and plants links, special files and hostile articles in its
seeds folder. Prints one ATTACK line: how many
requests, how many answered 5xx, how many answered other than expected, whether a file outside the seeds folder
was ever served, and the count per attack.

Usage: soak-attacker.py PORT SEEDS_FOLDER SECONDS"""
import http.client, os, random, socket, sys, threading, time, urllib.parse

port, seeds, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
end = time.time() + seconds
lock = threading.Lock()
counts, unexpected, first_unexpected = {}, 0, ""
s5xx = leaked = idle_held = 0


def request(path, headers=None, source="127.0.0.1", method="GET", body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        connection.close()


def raw(data):
    """Sends bytes written by hand; returns the status of the answer and the answer (0 when the server closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=15) as s:
        try:
            s.sendall(data)
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
        except OSError:
            return 0, b""
    try:
        return int(answer.split(b" ", 2)[1]), answer
    except (IndexError, ValueError):
        return 0, answer


def no_empty_links(status, body):
    """HTTP/1.0 with no Host: links must name the address reached, never 'http:///'."""
    return (599 if b"http:///" in body else status), body


def leak_check(path):
    global leaked
    status, body = request(path)
    if b"A secret kept outside" in body or b"root:x:0:" in body:
        with lock:
            leaked += 1
    return status, body


DENSE_DATES = ("within 30 days of being signed " * 2000).encode()
DOTS = b"." * 250_000


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
        # Issue 27: input-sized work, hostile bodies and headers, paged answers.
        ("wildcard-automaton", lambda: request("/api/search?q=" + urllib.parse.quote("b*a????????????????")), {400, 429}),
        ("fuzzy-long-word", lambda: request("/api/search?q=" + urllib.parse.quote("a" * 40 + "~2")), {400, 429}),
        ("analyze-dense-dates", lambda: request("/api/analyze", {"Content-Type": "text/plain"}, method="POST", body=DENSE_DATES), {200, 413, 429}),
        ("analyze-dots", lambda: request("/api/analyze", {"Content-Type": "text/plain"}, method="POST", body=DOTS), {200, 400, 429}),
        ("chunk-size-overflow", lambda: raw(b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                                            b"Content-Type: text/plain\r\nConnection: close\r\n\r\nffffffffffffffff\r\nabc\r\n"), {400}),
        ("forged-host-port", lambda: request("/", {"Host": "127.0.0.1:1"}), {400}),
        ("http10-without-host", lambda: no_empty_links(*raw(b"GET /sources/soak-long HTTP/1.0\r\n\r\n")), {200}),
        ("page-beyond-json", lambda: request("/api/treaties/soak-test-accord?page=999"), {400, 404, 429}),
        ("evidence-page-beyond", lambda: request("/treaties/soak-test-accord/clauses/defence/joint-military-exercises?page=999"), {404, 429}),
        ("unknown-treaty-filter", lambda: request("/search?q=x&treaty=bogus"), {400, 429}),
        ("feed-after-poison", lambda: request("/feed.atom"), {200}),
        ("planted-files-leak-check", lambda: leak_check(f"/sources/{('hard', 'swap', 'planted-hard', 'planted-swap')[n % 4]}"), {200, 404}),
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


def hold_then_remove(made):
    """Leaves what was planted for a second and a half, removes it, and waits as long again."""
    time.sleep(1.5)
    for path in made:
        try:
            os.remove(path)
        except OSError:
            pass
    time.sleep(1.5)


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
        hold_then_remove(made)


# Hostile articles, planted for a second and a half, then removed: nesting past Markdig's depth, a non-character and
# a control character in front matter (the feed poison), half a megabyte of full stops, dense dates, a name that is
# not UTF-8, a hard link to a file outside, and a regular file swapped for a link to one while the app reads.
def hostile_loop(outside):
    secret = os.path.join(outside, "secret.txt")
    articles = {
        "planted-deep.md": "> " * 1000 + "The accord will cut tariffs.\n",
        "planted-nonchar.md": '---\ntreaty: "Bad \\uFFFE Treaty"\n---\nRuritania and Freedonia signed the Bad Treaty on Monday.\n',
        "planted-poison.md": '---\ntitle: "x \\u0001"\ntreaty: Soak Test Accord\n---\nNorland and Sudmark met on Tuesday, officials said.\n',
        "planted-dots.txt": "." * 512 * 1024,
        "planted-dates.txt": "within 30 days of being signed " * 3000,
    }
    swap = os.path.join(seeds, "planted-swap.txt")
    while time.time() < end:
        made = []
        for name, text in articles.items():
            path = os.path.join(seeds, name)
            with open(path, "w") as f:
                f.write(text)
            made.append(path)
        bad_name = os.path.join(seeds.encode(), b"planted-bad\xffname.txt")
        with open(bad_name, "wb") as f:
            f.write(b"Norland and Sudmark signed a pact on Monday.\n")
        made.append(bad_name)
        try:
            os.link(secret, os.path.join(seeds, "planted-hard.txt"))
            made.append(os.path.join(seeds, "planted-hard.txt"))
        except OSError:
            pass
        # The swap: a harmless article, then (while the app may be reading it) a link to the secret in its place.
        for _ in range(10):
            with open(swap + ".tmp", "w") as f:
                f.write("Norland and Sudmark signed a pact on Monday.\n")
            os.replace(swap + ".tmp", swap)
            time.sleep(0.05)
            try:
                os.symlink(secret, swap + ".link")
                os.replace(swap + ".link", swap)
            except OSError:
                pass
            time.sleep(0.1)
        made.append(swap)
        hold_then_remove(made)


outside = os.path.join(os.path.dirname(os.path.abspath(seeds)), "outside")
os.makedirs(outside, exist_ok=True)
with open(os.path.join(outside, "secret.txt"), "w") as f:
    f.write("A secret kept outside the seeds folder.\n")

threads = [threading.Thread(target=requests_loop), threading.Thread(target=idle_loop), threading.Thread(target=files_loop, args=(outside,)),
           threading.Thread(target=hostile_loop, args=(outside,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(counts.values())
kinds = ",".join(f"{k}:{v}" for k, v in sorted(counts.items()))
print(f"ATTACK requests={total} s5xx={s5xx} unexpected={unexpected} first_unexpected={first_unexpected or '-'} leaked={leaked} idle_held={idle_held} kinds={len(counts)} per_kind={kinds}")
