-- Durable writes for wrk: POST a valid form with CSRF cookie + field and Sec-Fetch-Site, and a
-- different X-Forwarded-For per request (the server runs with KANSRIJK_TRUST_FORWARDED_FOR=true),
-- so the per-address limits never trigger and every request is a real, durable insert.
-- Arguments: <csrf> <cookie header> <run number> <kind: report|registration|spread> <path>.
-- A registration carries a fresh idempotency key per request (the same key would be a repeat).
-- "spread": registrations over many activities; <path> is then a space-separated list of
-- activity ids, taken in turn (the CSRF token belongs to the visitor, not to a page).
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

init = function(args)
  csrf = args[1]
  cookie = args[2]
  run = tonumber(args[3] or "0")
  kind = args[4] or "report"
  path = args[5] or "/meldpunt/versturen"
  counter = 0
  ids = {}
  if kind == "spread" then
    for id in string.gmatch(path, "%d+") do table.insert(ids, id) end
  end
  if kind == "report" then
    body = "csrf=" .. csrf .. "&role=victim&narrative=" ..
      "Ik+werd+bij+de+bushalte+uitgescholden+om+mijn+afkomst.+Niemand+deed+iets."
    tail = "&location=BU03071000&terrain=public_space&grounds=origin&nature=hostile_treatment" ..
      "&wants=register&residence=municipality&privacy_read=yes"
  else
    body = "csrf=" .. csrf .. "&name=Bench+deelnemer&email=deelnemer%40bench.invalid&people=1&consent=1"
  end
end

request = function()
  counter = counter + 1
  local ip = string.format("10.%d.%d.%d", (run * 8 + tid) % 256, math.floor(counter / 256) % 256,
    counter % 256)
  local b = body
  local target = path
  if kind == "report" then
    -- Another story each time: the same story from the same browser within the hour is
    -- recognised as the same report sent again (its duplicate key) and not stored twice.
    b = body .. string.format("+(bench+%04dx%04dx%010d)", run, tid, counter) .. tail
  else
    -- The kind is part of the key: the runs of each kind count from 1 again.
    b = body .. string.format("&key=bench-%s-%04dx%04dx%010d", kind, run, tid, counter)
  end
  if kind == "spread" then
    target = "/activiteiten/" .. ids[(counter * 7 + tid) % #ids + 1] .. "/aanmelden"
  end
  return wrk.format("POST", target, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["Sec-Fetch-Site"] = "same-origin",
    ["X-Forwarded-For"] = ip,
  }, b)
end

-- wrk counts a response as an error only when its status is 4xx/5xx: a form shown again with
-- errors (200) must not pass as a write, so bench/run.sh also counts the stored rows.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors_connect":%d,"errors_read":%d,' ..
    '"errors_write":%d,"errors_status":%d,"errors_timeout":%d,"p50_us":%d,"p90_us":%d,' ..
    '"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean))
end
