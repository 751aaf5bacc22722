-- wrk script for bench/soak.sh: mixed traffic (pages, search, API, bad requests) and a check of every answer.
-- Counts answers by status class, and checks that no answer mixes two versions of the live article: its text
-- carries "rev-N" in every sentence and the title, so a body with two different N mixed two corpus snapshots.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local treaty = "/treaties/iran-russia-comprehensive-strategic-partnership-treaty"
local paths = {
  -- pages
  "/", treaty, treaty .. "/clauses/defence", treaty .. "/clauses/defence/joint-military-exercises", treaty .. "/timeline",
  "/sources/iran-russia-strategic-partnership", "/sources/soak-live", "/treaties/soak-test-accord",
  "/treaties/soak-test-accord/clauses/defence/joint-military-exercises", "/treaties/soak-test-accord/timeline",
  "/compare", "/status", "/css/site.css", "/healthz",
  -- search
  "/search?q=joint+exercises", "/search?q=rev", "/search?q=%22mutual+defence%22", "/search?q=interbank&category=economic",
  "/api/search?q=exercises", "/api/search?q=soak",
  -- API
  "/api/treaties", "/api/documents/soak-live", "/api/clauses", "/api/timeline", "/api/treaties/soak-test-accord",
  treaty .. "/export.csv",
  -- bad requests: every one must get a 4xx, never a 5xx
  "/api/search?q=%22unbalanced+(", "/search?q=*", "/search?category=no-such-category&q=x", "/api/clauses?category=nope",
  "/sources/..%2F..%2Fetc%2Fpasswd", "/treaties/%2Fetc/export.json", "/no/such/page", "/api/no-such-endpoint",
  "/search?q=" .. string.rep("a", 600), "/search?q=" .. string.rep("b", 13000),
}

local requests = {}
local counter = 0

function init(args)
  for _, path in ipairs(paths) do
    table.insert(requests, wrk.format("GET", path))
  end
  local article = "Norland and Sudmark signed a grain pact on Monday. The parties will hold joint military exercises."
  table.insert(requests, wrk.format("POST", "/api/analyze?published=2025-05-21", { ["Content-Type"] = "text/plain" }, article))
  table.insert(requests, wrk.format("POST", "/api/analyze", { ["Content-Type"] = "text/plain" }, "\255\254 not utf-8"))
  table.insert(requests, wrk.format("POST", "/api/analyze", { ["Content-Type"] = "text/plain" }, string.rep("x", 300 * 1024)))
  -- methods a page or route does not answer, and a repeated, empty parameter
  table.insert(requests, wrk.format("PUT", "/search?q=x", nil, "x"))
  table.insert(requests, wrk.format("DELETE", "/api/treaties"))
  table.insert(requests, wrk.format("POST", "/sources/soak-live", { ["Content-Type"] = "text/plain" }, "x"))
  table.insert(requests, wrk.format("GET", "/compare?t=&t=soak-test-accord&t="))
  kinds = #requests
  counter = id * 17
  s2xx, s3xx, s4xx, s5xx = 0, 0, 0, 0
  mixed, with_rev, min_rev, max_rev = 0, 0, 1000000000, -1
  first_mixed = ""
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  else s2xx = s2xx + 1 end

  local first = nil
  for rev in string.gmatch(body, "rev%-(%d+)") do
    local n = tonumber(rev)
    if first == nil then
      first = n
    elseif n ~= first then
      mixed = mixed + 1
      if first_mixed == "" then first_mixed = "rev-" .. first .. " and rev-" .. n end
      break
    end
  end
  if first ~= nil then
    with_rev = with_rev + 1
    if first < min_rev then min_rev = first end
    if first > max_rev then max_rev = first end
  end
end

function done(summary, latency, requests)
  local t = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, mixed = 0, with_rev = 0, min_rev = 1000000000, max_rev = -1, first_mixed = "" }
  for _, thread in ipairs(threads) do
    for _, key in ipairs({ "s2xx", "s3xx", "s4xx", "s5xx", "mixed", "with_rev" }) do
      t[key] = t[key] + thread:get(key)
    end
    t.min_rev = math.min(t.min_rev, thread:get("min_rev"))
    t.max_rev = math.max(t.max_rev, thread:get("max_rev"))
    if t.first_mixed == "" then t.first_mixed = thread:get("first_mixed") end
  end
  local e = summary.errors
  io.write(string.format("SOAK kinds=%d requests=%d s2xx=%d s3xx=%d s4xx=%d s5xx=%d socket_errors=%d connect=%d read=%d write=%d timeout=%d status_errors=%d mixed=%d with_rev=%d min_rev=%d max_rev=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f first_mixed=%q\n",
    threads[1]:get("kinds"), summary.requests, t.s2xx, t.s3xx, t.s4xx, t.s5xx, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout, e.status,
    t.mixed, t.with_rev, t.min_rev, t.max_rev,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, t.first_mixed))
end
