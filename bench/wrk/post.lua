-- Report submissions for wrk: POST /meldpunt/versturen with a valid form, CSRF cookie + field and
-- Sec-Fetch-Site, and a different X-Forwarded-For per request (the server runs with
-- KANSRIJK_TRUST_FORWARDED_FOR=true), so the per-IP limit of 10 reports/hour never triggers and
-- every request is a real, durable insert. Arguments: <csrf> <cookie header> <run number>.
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

init = function(args)
  csrf = args[1]
  cookie = args[2]
  run = tonumber(args[3] or "0")
  counter = 0
  body = "csrf=" .. csrf .. "&role=victim&narrative=" ..
    "Ik+werd+bij+de+bushalte+uitgescholden+om+mijn+afkomst.+Niemand+deed+iets." ..
    "&location=BU03071000&terrain=public_space&grounds=origin&nature=hostile_treatment" ..
    "&wants=register&residence=municipality&privacy_read=yes"
end

request = function()
  counter = counter + 1
  local ip = string.format("10.%d.%d.%d", (run * 8 + tid) % 256, math.floor(counter / 256) % 256,
    counter % 256)
  return wrk.format("POST", "/meldpunt/versturen", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["Sec-Fetch-Site"] = "same-origin",
    ["X-Forwarded-For"] = ip,
  }, body)
end

-- wrk counts a response as an error only when its status is 4xx/5xx: a 429 or a form shown again
-- with errors (200) must not pass as a write, so bench/run.sh also counts the stored rows.
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
