-- wrk script: POSTs one name per request, cycling through a file of names (the second CSV
-- column, as `vigil_macro_bench --write-batch-csv` writes them), to the native /v1/screen or the yente /match/default route.
-- Usage: wrk ... -s screen.lua URL -- NAMES_FILE native|yente [API_KEY]
local names = {}
local next_name = 1
local api = "native"
local key = nil

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('[%c]', ' ')
  return '"' .. s .. '"'
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open the names file")
  for line in file:lines() do
    local name = line:match('^[^,]*,"([^"]*)"') or line:match('^[^,]*,([^,]*)')
    if name and #name > 0 and name ~= "name" then names[#names + 1] = name end
  end
  file:close()
  api = args[2] or "native"
  key = args[3]
  -- Each thread starts at its own place in the list.
  local address = tonumber(tostring({}):match("0x(%x+)") or "1", 16)
  next_name = address % #names + 1
end

function request()
  local name = names[next_name]
  next_name = next_name % #names + 1
  local headers = { ["Content-Type"] = "application/json" }
  if key then headers["Authorization"] = "Bearer " .. key end
  if api == "yente" then
    local body = '{"queries":{"q1":{"schema":"Thing","properties":{"name":[' .. json_string(name) .. ']}}}}'
    return wrk.format("POST", "/match/default", headers, body)
  end
  return wrk.format("POST", "/v1/screen", headers, '{"name":' .. json_string(name) .. '}')
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx: %d, socket errors: connect %d read %d write %d timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
