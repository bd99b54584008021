-- A mixed read load at a steady, realistic rate for bench/soak.sh: each connection asks for the
-- next page of a list and waits DELAY_MS (environment, default 100 ms) between requests.
local pages = {
  "/", "/aanpak/liendert-voor-iedereen", "/activiteiten", "/afspraken", "/training",
  "/meldpunt/cijfers", "/bemiddeling/cijfers", "/api/v1/activities", "/api/v1/areas",
  "/activiteiten?lang=ar", "/?lang=tr", "/meldpunt/melden",
}
local i = 0
local wait = tonumber(os.getenv("DELAY_MS") or "100")

request = function()
  i = i + 1
  return wrk.format("GET", pages[(i % #pages) + 1])
end

delay = function()
  return wait
end
