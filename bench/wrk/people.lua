-- Loads one page as logged-in people for wrk: each request carries the next session cookie of
-- the file named by the first argument (one `kr_session=…` a line, from `kansrijk-bench
-- sessions`), so the server sees many people, not one. Prints the summary as json.lua does.
dofile(os.getenv("WRK_JSON_LUA"))

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("first", threads * 7)
end

local cookies = {}
local n = 0

init = function(args)
  for line in io.lines(args[1]) do
    if line ~= "" then cookies[#cookies + 1] = line end
  end
  -- Each thread starts at another person.
  n = first or 0
end

request = function()
  n = n % #cookies + 1
  return wrk.format(nil, nil, { ["Cookie"] = cookies[n] })
end
