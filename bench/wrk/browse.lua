-- Visitors browsing, for the page cache's hit rate (bench/hitrate.sh): half the requests go to
-- the fixed public pages, half to activity pages, each in one of the five languages (a returning
-- visitor's language cookie) with gzip.
-- Activities are drawn with Zipf weights (the n-th of the file's ids has weight 1/n): a few are
-- popular, most are asked for now and then, as on a city's agenda. Prints json.lua's summary.
dofile(os.getenv("WRK_JSON_LUA"))

local fixed = {
  "/", "/activiteiten", "/meldpunt/cijfers", "/afspraken", "/training",
  "/aanpak/liendert-voor-iedereen", "/monitor", "/meldpunt/melden",
}
local langs = { "nl", "en", "tr", "ar", "pl" }
local ids, cumulative, total = {}, {}, 0

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("seed", threads * 7919)
end

init = function(args)
  math.randomseed(seed or 1)
  for line in io.lines(args[1]) do
    if line ~= "" then ids[#ids + 1] = line end
  end
  for i = 1, #ids do
    total = total + 1 / i
    cumulative[i] = total
  end
end

local function activity()
  local r, lo, hi = math.random() * total, 1, #cumulative
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < r then lo = mid + 1 else hi = mid end
  end
  return ids[lo]
end

request = function()
  local path
  if math.random() < 0.5 then
    path = fixed[math.random(#fixed)]
  else
    path = "/activiteiten/" .. activity()
  end
  -- The language as a returning visitor sends it: the cookie that `?lang=` set on an earlier visit.
  return wrk.format("GET", path,
    { ["Accept-Encoding"] = "gzip", ["Cookie"] = "lang=" .. langs[math.random(#langs)] })
end
